package se.koordinera.web;

/** The browser user has several units and has not chosen one yet: answered by a redirect to the unit chooser. */
public class NoUnitSelectedException extends RuntimeException {
    public NoUnitSelectedException() {
        super("Ingen vårdenhet vald");
    }
}
