package se.koordinera.coordination;

/** The states of a coordination case (koordineringsärende). Only CLOSED ends it. */
public enum CaseState {
    IDENTIFIED("Identifierad"),
    ASSESSED_RELEVANT("Bedömd: koordinering relevant"),
    ASSESSED_NOT_RELEVANT("Bedömd: koordinering inte relevant"),
    OFFERED("Erbjuden"),
    ACCEPTED("Accepterad"),
    DECLINED("Avböjd"),
    ACTIVE("Pågående"),
    CLOSED("Avslutad");

    private final String label;

    CaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this != CLOSED;
    }
}
