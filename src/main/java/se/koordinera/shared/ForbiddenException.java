package se.koordinera.shared;

/** 403: the user lacks the assignment or role the action needs. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
