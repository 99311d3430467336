package se.koordinera.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import se.koordinera.audit.PatientListing;

/** One version of the patient agreement (R8, Patientkontrakt): never changed, a change is a new version. */
public record Agreement(long caseId, String patientId, int version, String expectations, String worries, String agreed,
        List<CarePlan.Activity> actions, String contactPerson, String contactPhone, LocalDate nextContact, OffsetDateTime created,
        CarePlan.By createdBy) implements PatientListing {

    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return List.of(patientId);
    }
}
