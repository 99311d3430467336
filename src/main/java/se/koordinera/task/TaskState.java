package se.koordinera.task;

/** Where a task stands on a given day; the API's {@code state} filter uses the lower-case names. */
public enum TaskState {
    OPEN("Öppen"), OVERDUE("Försenad"), DONE("Klar");

    private final String label;

    TaskState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@code open}, {@code overdue} or {@code done}; anything else is refused with the field named. */
    public static TaskState parse(String value) {
        for (TaskState s : values()) {
            if (s.name().equalsIgnoreCase(value)) {
                return s;
            }
        }
        throw new se.koordinera.shared.InvalidInputException("state", "Välj status: open, overdue eller done");
    }
}
