package se.koordinera.task;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import se.koordinera.audit.PatientListing;

/** Tasks sorted by due date, with the count of overdue ones on {@code today}. */
public record TaskList(LocalDate today, int total, int overdue, List<Task> items) implements PatientListing {

    static TaskList of(LocalDate today, List<Task> tasks) {
        List<Task> sorted = TaskRules.sorted(tasks);
        return new TaskList(today, sorted.size(), (int) sorted.stream().filter(Task::overdue).count(), sorted);
    }

    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return items.stream().map(Task::patientId).distinct().toList();
    }
}
