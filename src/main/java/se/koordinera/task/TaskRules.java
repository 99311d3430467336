package se.koordinera.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.koordinera.shared.FieldProblem;

/** The rules of tasks, in plain Java: when a task is overdue, the order of a task list, and what a new task needs. */
public final class TaskRules {

    private TaskRules() {
    }

    /**
     * Overdue: not done and the due date has passed. A task due today is open all day (the
     * coordinator has the day to do it), so "overdue" starts the day after the due date.
     */
    public static TaskState state(LocalDate due, boolean done, LocalDate today) {
        if (done) {
            return TaskState.DONE;
        }
        return due.isBefore(today) ? TaskState.OVERDUE : TaskState.OPEN;
    }

    /** Earliest due date first; on the same day the older task first, so the order is stable. */
    public static final Comparator<Task> ORDER = Comparator.comparing(Task::due).thenComparingLong(Task::id);

    public static List<Task> sorted(List<Task> tasks) {
        List<Task> out = new ArrayList<>(tasks);
        out.sort(ORDER);
        return out;
    }

    /**
     * What the request record cannot know on its own: the due date against the day the case was
     * opened, and whether the assignee has a care assignment at the unit. Both named at once.
     */
    public static List<FieldProblem> problems(LocalDate due, LocalDate caseOpened, boolean assigneeHasCareAssignment) {
        List<FieldProblem> problems = new ArrayList<>();
        if (due != null && due.isBefore(caseOpened)) {
            problems.add(new FieldProblem("due", "Sista datum kan inte ligga före den dag ärendet öppnades (" + caseOpened + ")"));
        }
        if (!assigneeHasCareAssignment) {
            problems.add(new FieldProblem("assigneeHsaId", "Välj en person med medarbetaruppdrag för vård och behandling på vårdenheten"));
        }
        return problems;
    }
}
