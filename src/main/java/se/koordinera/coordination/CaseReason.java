package se.koordinera.coordination;

public enum CaseReason {
    SICK_LEAVE("Sjukskrivning"), PREVENTIVE("Risk för sjukskrivning (förebyggande)");

    private final String label;

    CaseReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
