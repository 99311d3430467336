package se.koordinera.coordination;

/** Who an intervention involves besides the patient (R11, R12). */
public enum Actor {
    EMPLOYER("Arbetsgivare"),
    FK("Försäkringskassan"),
    AF("Arbetsförmedlingen"),
    MUNICIPALITY("Kommunen"),
    OTHER_CARE_UNIT("Annan vårdenhet");

    private final String label;

    Actor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
