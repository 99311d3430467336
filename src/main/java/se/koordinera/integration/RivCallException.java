package se.koordinera.integration;

/**
 * A call to a national service that failed: a SOAP fault, a timeout, a connection problem or a
 * logical error answer. The message is Swedish (it is shown to the region administrator).
 */
public class RivCallException extends RuntimeException {

    private final boolean technical;

    RivCallException(String message, boolean technical, Throwable cause) {
        super(message, cause);
        this.technical = technical;
    }

    /** A fault, timeout or connection error (worth retrying), not a logical ERROR answer. */
    public boolean technical() {
        return technical;
    }
}
