package se.koordinera.audit;

/** What was done with the patient's data. */
public enum AccessAction {
    READ("Läst"), WRITE("Ändrat"), PRINT("Utskrift"), EXPORT("Export");

    private final String label;

    AccessAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
