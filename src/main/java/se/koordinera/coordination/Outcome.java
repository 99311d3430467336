package se.koordinera.coordination;

/** Why a coordination case was closed. */
public enum Outcome {
    RETURNED_FULL_TIME("Återgång i arbete på heltid"),
    RETURNED_PART_TIME("Återgång i arbete på deltid"),
    ENTERED_WORK("Inträde i arbetslivet"),
    OTHER_ACTOR_RESPONSIBLE("Annan aktör har ansvaret"),
    DECLINED_LATER("Patienten avböjde senare"),
    MOVED("Patienten har flyttat"),
    DECEASED("Patienten har avlidit"),
    OTHER("Annat");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
