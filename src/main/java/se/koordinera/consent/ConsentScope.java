package se.koordinera.consent;

/** What the patient has consented to (R5, R7, R13). */
public enum ConsentScope {
    COORDINATION("Koordinering", "Samtycke till koordinering saknas"),
    INFORM_FK("Information till Försäkringskassan", "Samtycke till att informera Försäkringskassan saknas"),
    CONTACT_EMPLOYER("Kontakt med arbetsgivare", "Samtycke till kontakt med arbetsgivaren saknas"),
    CONTACT_OTHER_ACTORS("Kontakt med andra aktörer (Arbetsförmedlingen, kommunen)",
            "Samtycke till kontakt med andra aktörer (Arbetsförmedlingen, kommunen) saknas");

    private final String label;
    private final String missingMessage;

    ConsentScope(String label, String missingMessage) {
        this.label = label;
        this.missingMessage = missingMessage;
    }

    public String label() {
        return label;
    }

    /** The Swedish explanation when an action is refused for want of this consent. */
    public String missingMessage() {
        return missingMessage;
    }
}
