package se.koordinera.task;

/** Why a task (uppgift) is there: whom it concerns. */
public enum TaskReason {
    PATIENT("Patienten"),
    EMPLOYER("Arbetsgivaren"),
    DOCTOR("Läkaren"),
    FK("Försäkringskassan"),
    AF("Arbetsförmedlingen"),
    MUNICIPALITY("Kommunen"),
    OTHER("Annat");

    private final String label;

    TaskReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
