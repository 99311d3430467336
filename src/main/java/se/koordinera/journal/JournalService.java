package se.koordinera.journal;

import java.time.Clock;
import se.koordinera.shared.SwedishTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import se.koordinera.access.CurrentUser;
import se.koordinera.audit.AccessAction;
import se.koordinera.audit.PatientData;
import se.koordinera.audit.WithinPatientData;
import se.koordinera.audit.PatientId;
import se.koordinera.audit.UnitId;
import se.koordinera.patient.KnownPatients;
import se.koordinera.patient.Personnummer;
import se.koordinera.shared.NotFoundException;

/** Reading the coordination journal and correcting an entry by a new one. */
@Service
public class JournalService {

    private final JournalRepository journal;
    private final CurrentUser currentUser;
    private final KnownPatients knownPatients;

    private final Clock clock;


    JournalService(JournalRepository journal, CurrentUser currentUser, KnownPatients knownPatients, Clock clock) {
        this.knownPatients = knownPatients;
        this.clock = clock;
        this.journal = journal;
        this.currentUser = currentUser;
    }

    @PatientData(function = "koordineringsjournal")
    public List<JournalEntry> journal(@UnitId String unitId, @PatientId Personnummer patientId) {
        requireKnown(unitId, patientId);
        return journal.ofPatient(unitId, patientId.value());
    }

    @PatientData(function = "koordineringsjournal, utskrift", action = AccessAction.PRINT)
    public List<JournalEntry> printableJournal(@UnitId String unitId, @PatientId Personnummer patientId) {
        requireKnown(unitId, patientId);
        return journal.ofPatient(unitId, patientId.value());
    }

    /** A correction is a new entry referring to the corrected one; the original stays as it was. */
    @PatientData(function = "koordineringsjournal", action = AccessAction.WRITE)
    public JournalEntry correct(@UnitId String unitId, long entryId, String text) {
        JournalEntry original = journal.find(unitId, entryId)
                .orElseThrow(() -> new NotFoundException("Journalanteckningen finns inte på vårdenheten"));
        return journal.insert(new NewJournalEntry(unitId, original.patientId(), original.caseId(), JournalType.CORRECTION,
                null, null, LocalDate.now(clock), text, null, original.id()), currentUser.get());
    }

    /**
     * Writes an entry signed by the current user. Not guarded itself: the one way other features
     * journal what they did, from inside their own {@code @PatientData} commands (same transaction, same log).
     */
    @WithinPatientData
    public JournalEntry record(NewJournalEntry entry) {
        return journal.insert(entry, currentUser.get());
    }

    /**
     * The latest date of the patient's entries of the type at the unit, dated on or after
     * {@code from} and recorded after {@code recordedAfter}: what a consent has already covered.
     */
    @WithinPatientData
    public java.util.Optional<LocalDate> latestDocumented(String unitId, String patientId, JournalType type, LocalDate from,
            java.time.OffsetDateTime recordedAfter) {
        return journal.latestDocumented(unitId, patientId, type, from, recordedAfter);
    }

    private void requireKnown(String unitId, Personnummer patientId) {
        if (!knownPatients.isKnown(unitId, patientId.value())) {
            throw new NotFoundException("Patienten finns inte på vårdenheten");
        }
    }
}
