package se.koordinera.journal;

import java.time.Clock;
import java.time.LocalDate;
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
    private final se.koordinera.region.RegionService regions;

    private final Clock clock;

    JournalService(JournalRepository journal, CurrentUser currentUser, KnownPatients knownPatients, Clock clock,
            se.koordinera.region.RegionService regions) {
        this.knownPatients = knownPatients;
        this.regions = regions;
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
        JournalEntry original = visibleEntry(unitId, entryId);
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

    /** The patient's entries at the unit, oldest first; for another feature's {@code @PatientData} method (the case hub's timeline). */
    @WithinPatientData
    public List<JournalEntry> entriesOf(String unitId, String patientId) {
        return journal.ofPatient(unitId, patientId);
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

    /** One entry of the unit (for the FHIR facade's read by id); 404 for another unit's entry. */
    @PatientData(function = "koordineringsjournal")
    public JournalEntry entry(@UnitId String unitId, long entryId) {
        return visibleEntry(unitId, entryId);
    }

    /** Every coordination journal entry at the unit, oldest first. */
    @PatientData(function = "koordineringsjournal")
    public Handoff.UnitJournal unitJournal(@UnitId String unitId) {
        return new Handoff.UnitJournal(unitId, visible(unitId, journal.ofUnit(unitId)));
    }

    /** The patient's entries at the unit, each with its ready text for the EHR and its transfer mark, oldest first. */
    @PatientData(function = "journalunderlag")
    public Handoff.Handoffs handoffs(@UnitId String unitId, @PatientId Personnummer patientId, boolean onlyNotTransferred) {
        requireKnown(unitId, patientId);
        return handoffsOf(unitId, journal.ofPatient(unitId, patientId.value()), onlyNotTransferred);
    }

    /** The unit's entries not yet transferred to the EHR, oldest first. */
    @PatientData(function = "journalunderlag")
    public Handoff.Handoffs notTransferred(@UnitId String unitId) {
        return handoffsOf(unitId, visible(unitId, journal.notTransferred(unitId)), true);
    }

    /** One entry's hand-off; 404 for another unit's entry. */
    @PatientData(function = "journalunderlag")
    public Handoff handoff(@UnitId String unitId, long entryId) {
        JournalEntry e = visibleEntry(unitId, entryId);
        return handoffsOf(unitId, List.of(e), false).items().get(0);
    }

    /**
     * Marks the entry as transferred to the patient's record in the EHR: who and when, append-only.
     * A second mark is refused (409): "transferred" cannot be undone or rewritten.
     */
    @PatientData(function = "journalunderlag", action = AccessAction.WRITE)
    public Handoff markTransferred(@UnitId String unitId, long entryId) {
        JournalEntry e = visibleEntry(unitId, entryId);
        if (!journal.markTransferred(unitId, e.id(), currentUser.get())) {
            throw new se.koordinera.shared.ConflictException("Anteckningen är redan markerad som överförd till journalen.");
        }
        return handoffsOf(unitId, List.of(e), false).items().get(0);
    }

    private Handoff.Handoffs handoffsOf(String unitId, List<JournalEntry> entries, boolean onlyNotTransferred) {
        String unitName = regions.findUnit(unitId).map(u -> u.name()).orElse(unitId);
        java.util.Map<Long, Handoff.Transfer> marks = journal.transfers(unitId, entries.stream().map(JournalEntry::id).toList());
        List<Handoff> items = entries.stream()
                .filter(e -> !onlyNotTransferred || !marks.containsKey(e.id()))
                .map(e -> new Handoff(e, HandoffText.of(e, unitName), marks.get(e.id()))).toList();
        return new Handoff.Handoffs(unitId, items);
    }

    /** A unit-wide list shows only the entries of patients the user may see (a hidden patient is an unknown one). */
    private List<JournalEntry> visible(String unitId, List<JournalEntry> entries) {
        java.util.Set<String> known = knownPatients.knownAmong(unitId, entries.stream().map(JournalEntry::patientId).distinct().toList());
        return entries.stream().filter(e -> known.contains(e.patientId())).toList();
    }

    private JournalEntry visibleEntry(String unitId, long entryId) {
        return journal.find(unitId, entryId).filter(e -> knownPatients.isKnown(unitId, e.patientId()))
                .orElseThrow(() -> new NotFoundException("Journalanteckningen finns inte på vårdenheten"));
    }

    private void requireKnown(String unitId, Personnummer patientId) {
        if (!knownPatients.isKnown(unitId, patientId.value())) {
            throw new NotFoundException("Patienten finns inte på vårdenheten");
        }
    }
}
