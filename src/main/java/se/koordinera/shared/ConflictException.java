package se.koordinera.shared;

/** 409: a business rule stops the command (missing consent, wrong state, stale version). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
