package se.koordinera.consent;

import se.koordinera.shared.ConflictException;

/** 409: an action needs a consent the patient has not given (or has withdrawn); the page offers to record it. */
public class MissingConsentException extends ConflictException {
    public MissingConsentException(String message) {
        super(message);
    }
}
