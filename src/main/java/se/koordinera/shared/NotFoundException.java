package se.koordinera.shared;

/** 404. Also used for a patient of another unit, so that existence elsewhere is never revealed. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
