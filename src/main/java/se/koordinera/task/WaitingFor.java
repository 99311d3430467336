package se.koordinera.task;

/** Whom a case waits for ("Väntar på"). */
public enum WaitingFor {
    EMPLOYER("Arbetsgivaren"),
    FK("Försäkringskassan"),
    DOCTOR("Läkaren"),
    PATIENT("Patienten"),
    OTHER("Annan");

    private final String label;

    WaitingFor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
