package se.koordinera.patient;

/**
 * Thrown when a string is not a valid personnummer or samordningsnummer. The message is Swedish
 * and meant to be shown to the user as is.
 */
public class InvalidPersonnummerException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidPersonnummerException(String message) {
        super(message);
    }
}
