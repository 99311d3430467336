package se.koordinera.coordination;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import se.koordinera.audit.PatientListing;

/**
 * A coordination case as the API shows it. {@code history} (the state changes, oldest first) is
 * filled when one case is read and null in lists.
 */
public record CoordinationCase(long id, String patientId, String patientName, String unit, CaseState state, CaseReason reason,
        Outcome outcome, int version, OffsetDateTime created, String createdBy, List<CaseEvent> history) implements PatientListing {

    public record CaseEvent(long id, OffsetDateTime time, CaseAction action, CaseState fromState, CaseState toState, Boolean relevant,
            Outcome outcome, String note, By by) {
    }

    public record By(String id, String name, String profession) {
    }

    public CoordinationCase withPatientName(String name) {
        return new CoordinationCase(id, patientId, name, unit, state, reason, outcome, version, created, createdBy, history);
    }

    /** The case as other features refer to it. */
    public CaseRef ref() {
        return new CaseRef(id, unit, patientId, patientName, state, reason, created.toLocalDate());
    }

    public CoordinationCase withHistory(List<CaseEvent> events) {
        return new CoordinationCase(id, patientId, patientName, unit, state, reason, outcome, version, created, createdBy, events);
    }

    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return List.of(patientId);
    }
}
