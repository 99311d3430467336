package se.koordinera.access;

/** The purpose of a medarbetaruppdrag (employee assignment) in the HSA catalogue. */
public enum Purpose {
    /** Vård och behandling: the only purpose that gives access to patient data (R2). */
    VARD_OCH_BEHANDLING("Vård och behandling"),
    ADMINISTRATION("Administration"),
    STATISTIK("Statistik");

    private final String label;

    Purpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
