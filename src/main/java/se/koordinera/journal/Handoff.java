package se.koordinera.journal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import se.koordinera.audit.PatientListing;

/**
 * A journal entry ready for the EHR (journalunderlag): the entry, its text, and whether (by whom,
 * when) it has been marked as transferred to the patient's record.
 */
public record Handoff(JournalEntry entry, String text, Transfer transferred) implements PatientListing {

    /** Who marked the entry as transferred, and when. Append-only: a mark is never undone. */
    public record Transfer(OffsetDateTime time, String byId, String byName) {
    }

    /** A list of hand-off items (a patient's or a unit's). */
    public record Handoffs(String unitId, List<Handoff> items) implements PatientListing {
        @Override
        @JsonIgnore
        public Collection<String> listedPatientIds() {
            return items.stream().map(h -> h.entry().patientId()).distinct().toList();
        }
    }

    /** The unit's journal entries (for the FHIR facade's unit-wide Procedure search). */
    public record UnitJournal(String unitId, List<JournalEntry> entries) implements PatientListing {
        @Override
        @JsonIgnore
        public Collection<String> listedPatientIds() {
            return entries.stream().map(JournalEntry::patientId).distinct().toList();
        }
    }

    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return List.of(entry.patientId());
    }
}
