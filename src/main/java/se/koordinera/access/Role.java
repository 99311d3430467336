package se.koordinera.access;

/** What a user does in Koordinera; independent of the profession (yrke) they hold. */
public enum Role {
    /** Rehabiliteringskoordinator. */
    REHAB_COORDINATOR("Rehabiliteringskoordinator"),
    /** Läkare: may record the medical assessment (R3). */
    DOCTOR("Läkare"),
    /** Verksamhetschef: responsible for the unit, reads log extracts, approves the unit routine. */
    UNIT_MANAGER("Verksamhetschef"),
    /** Regionadministratör: region policy, units and users. */
    REGION_ADMIN("Regionadministratör");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
