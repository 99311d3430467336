package se.koordinera.staff;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import se.koordinera.audit.PatientListing;

/**
 * The person responsible for a case (R8, R14) and the warnings the guideline gives; {@code history}
 * is every assignment, newest first (the first is the current one): a reassignment never erases who
 * was responsible before.
 */
public record Responsible(long caseId, @JsonIgnore String patientId, Assigned responsible, List<String> warnings, List<Assigned> history)
        implements PatientListing {

    public record Assigned(String hsaId, String name, boolean licensed, boolean insuranceMedicineTraining, OffsetDateTime assignedAt,
            String assignedBy) {
    }

    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return List.of(patientId);
    }
}
