package se.koordinera.coordination;

/** The three kinds of coordination intervention (R5). */
public enum InterventionType {
    PERSONAL_SUPPORT("Personligt stöd"),
    INTERNAL_COORDINATION("Intern samordning"),
    COLLABORATION("Samverkan med andra aktörer");

    private final String label;

    InterventionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
