package se.koordinera.coordination;

/** What can happen to a coordination case; each is recorded as an event. */
public enum CaseAction {
    REGISTER("Registrerad"),
    ASSESS_RELEVANT("Läkarbedömning: relevant"),
    ASSESS_NOT_RELEVANT("Läkarbedömning: inte relevant"),
    OFFER("Koordinering erbjuden"),
    ACCEPT("Erbjudandet accepterat (samtycke registrerat)"),
    DECLINE("Erbjudandet avböjt"),
    ACTIVATE("Insatser påbörjade"),
    CLOSE("Avslutad");

    private final String label;

    CaseAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
