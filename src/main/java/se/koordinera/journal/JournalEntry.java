package se.koordinera.journal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import se.koordinera.audit.PatientListing;

/**
 * One coordination journal entry as API.md defines it ({@code id, time, type, kva, text, author,
 * unit}), extended with the case, the date of the occasion, the intervention type and actor, the
 * free-of-charge mark (R17) and the entry a correction refers to. Never a diagnosis (R6).
 */
public record JournalEntry(long id, OffsetDateTime time, JournalType type, String kva, String text, Author author, String unit,
        Long caseId, LocalDate date, String interventionType, String actor, boolean freeOfCharge, Long corrects, Long consentId,
        @JsonIgnore String patientId) implements PatientListing {

    public static final String GC001 = "GC001";

    public record Author(String id, String name, String profession) {
    }

    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return List.of(patientId);
    }
}
