package se.koordinera.staff;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import se.koordinera.audit.PatientListing;

/** The person responsible for a case (R8, R14) and the warnings the guideline gives. */
public record Responsible(long caseId, @JsonIgnore String patientId, Assigned responsible, List<String> warnings) implements PatientListing {

    public record Assigned(String hsaId, String name, boolean licensed, boolean insuranceMedicineTraining, OffsetDateTime assignedAt,
            String assignedBy) {
    }

    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return List.of(patientId);
    }
}
