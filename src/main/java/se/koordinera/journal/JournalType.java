package se.koordinera.journal;

public enum JournalType {
    INTERVENTION("Koordineringsinsats"),
    FK_NOTIFICATION("Information till Försäkringskassan"),
    CONSENT_GIVEN("Samtycke lämnat"),
    CONSENT_WITHDRAWN("Samtycke återkallat"),
    CORRECTION("Rättelse");

    private final String label;

    JournalType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
