package se.koordinera.consent;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import se.koordinera.audit.PatientListing;

/** A recorded consent with its withdrawal, if any (R13: both facts are kept). */
public record Consent(long id, String patientId, String unit, ConsentScope scope, ConsentForm form, LocalDate given, String note,
        Person recordedBy, OffsetDateTime recordedAt, Withdrawal withdrawal, boolean active) implements PatientListing {

    public record Person(String id, String name) {
    }

    public record Withdrawal(LocalDate withdrawn, String note, Person recordedBy, OffsetDateTime recordedAt) {
    }

    @JsonIgnore
    public ConsentPolicy.Fact fact() {
        return new ConsentPolicy.Fact(scope, given, withdrawal == null ? null : withdrawal.withdrawn());
    }

    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return List.of(patientId);
    }
}
