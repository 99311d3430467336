package se.koordinera.plan;

/** Who is responsible for an activity of the plan, or with whom the patient needs collaboration (R9, R10, R12). */
public enum PlanActor {
    PATIENT("Patienten"),
    CARE("Vården"),
    EMPLOYER("Arbetsgivaren"),
    FK("Försäkringskassan"),
    AF("Arbetsförmedlingen"),
    MUNICIPALITY("Kommunen");

    private final String label;

    PlanActor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
