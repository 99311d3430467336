package se.koordinera.coordination;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import se.koordinera.audit.PatientListing;

/** A notification to Försäkringskassan: its journal entry and where to fetch the letter (PDF). */
public record FkNotification(long id, long caseId, long journalEntryId, OffsetDateTime created, String letterUrl,
        @JsonIgnore String patientId) implements PatientListing {

    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return List.of(patientId);
    }
}
