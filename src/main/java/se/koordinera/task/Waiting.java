package se.koordinera.task;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import se.koordinera.audit.PatientListing;

/** What a case waits for now ({@code current}, null when nothing) and every earlier change, newest first. */
public record Waiting(long caseId, @JsonIgnore String patientId, Change current, List<Change> history) implements PatientListing {

    /** One change: {@code waitingFor} null means the case stopped waiting. */
    public record Change(WaitingFor waitingFor, String waitingForLabel, String note, LocalDate checkDate, OffsetDateTime setAt,
            String setByName) {
    }

    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return List.of(patientId);
    }
}
