package se.koordinera.task;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import se.koordinera.audit.PatientListing;

/** A task (uppgift) on a coordination case: what, why, by when, who; done with who and when. */
public record Task(long id, long caseId, @JsonIgnore String patientId, String patientName, String title, TaskReason reason,
        String reasonLabel, LocalDate due, String assigneeHsaId, String assigneeName, OffsetDateTime created, String createdByName,
        TaskState state, OffsetDateTime doneAt, String doneByName) implements PatientListing {

    @JsonIgnore
    public boolean overdue() {
        return state == TaskState.OVERDUE;
    }

    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return List.of(patientId);
    }
}
