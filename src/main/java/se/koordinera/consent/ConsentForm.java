package se.koordinera.consent;

public enum ConsentForm {
    ORAL("Muntligt"), WRITTEN("Skriftligt");

    private final String label;

    ConsentForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
