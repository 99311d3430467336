package se.koordinera.plan;

import se.koordinera.shared.SwedishTime;
import java.time.Clock;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import se.koordinera.access.CurrentUser;
import se.koordinera.access.KoordineraUser;
import se.koordinera.audit.AccessAction;
import se.koordinera.audit.PatientData;
import se.koordinera.audit.PatientListing;
import se.koordinera.audit.UnitId;
import se.koordinera.consent.ConsentService;
import se.koordinera.coordination.CaseRef;
import se.koordinera.coordination.CaseRequests;
import se.koordinera.coordination.CaseService;
import se.koordinera.coordination.CaseState;
import se.koordinera.coordination.CaseStateMachine;
import se.koordinera.journal.JournalEntry;
import se.koordinera.region.CareUnit;
import se.koordinera.region.RegionService;
import se.koordinera.shared.ConflictException;
import se.koordinera.shared.NotFoundException;

/**
 * The patient agreement (R8) and reconciliation meetings and other contacts (R12). A meeting
 * with external participants needs the patient's consent for each (employer: CONTACT_EMPLOYER,
 * AF/municipality: CONTACT_OTHER_ACTORS, FK: INFORM_FK) when it is booked and when its minutes are
 * recorded; the first minutes register the meeting as an intervention (KVÅ GC001).
 */
@Service
public class MeetingService {

    private final PlanRepository plans;
    private final MeetingRepository meetings;
    private final ConsentService consents;
    private final CaseService cases;
    private final RegionService regions;
    private final CurrentUser currentUser;

    private final Clock clock;

    private final se.koordinera.journal.JournalService journal;

    public MeetingService(PlanRepository plans, MeetingRepository meetings, ConsentService consents, CaseService cases, RegionService regions,
            CurrentUser currentUser, Clock clock, se.koordinera.journal.JournalService journal) {
        this.journal = journal;
        this.clock = clock;
        this.plans = plans;
        this.meetings = meetings;
        this.consents = consents;
        this.cases = cases;
        this.regions = regions;
        this.currentUser = currentUser;
    }

    public record Agreements(long caseId, String patientId, Agreement latest, List<Agreement> versions) implements PatientListing {
        @Override
        @JsonIgnore
        public Collection<String> listedPatientIds() {
            return List.of(patientId);
        }
    }

    public record Meetings(long caseId, String patientId, List<Meeting> items) implements PatientListing {
        @Override
        @JsonIgnore
        public Collection<String> listedPatientIds() {
            return List.of(patientId);
        }
    }

    public record Document(String patientId, String fileName, String contentType, byte[] content) implements PatientListing {
        @Override
        @JsonIgnore
        public Collection<String> listedPatientIds() {
            return List.of(patientId);
        }
    }

    @PatientData(function = "patientkontrakt")
    public Agreements agreements(@UnitId String unitId, long caseId) {
        CaseRef c = found(cases.caseRef(unitId, caseId));
        List<Agreement> all = meetings.agreements(c.id(), c.patientId());
        return new Agreements(c.id(), c.patientId(), all.isEmpty() ? null : all.get(0), all);
    }

    @PatientData(function = "patientkontrakt", action = AccessAction.WRITE)
    public Agreement saveAgreement(@UnitId String unitId, long caseId, AgreementRules.Draft draft) {
        CaseRef c = found(cases.lockCase(unitId, caseId));
        if (!c.open()) {
            throw new ConflictException("Ärendet är avslutat: överenskommelsen kan inte ändras.");
        }
        int latest = meetings.latestAgreementVersion(c.id());
        if (draft.basedOnVersion() != latest) {
            throw new ConflictException("Överenskommelsen har ändrats sedan du läste den (din version " + draft.basedOnVersion()
                    + ", aktuell version " + latest + "). Läs om den och försök igen.");
        }
        meetings.insertAgreement(c.id(), latest + 1, draft, currentUser.get());
        return meetings.agreements(c.id(), c.patientId()).get(0);
    }

    @PatientData(function = "patientkontrakt", action = AccessAction.PRINT)
    public Document agreementPdf(@UnitId String unitId, long caseId, Integer version) {
        CaseRef c = found(cases.caseRef(unitId, caseId));
        Agreement a = meetings.agreements(c.id(), c.patientId()).stream().filter(x -> version == null || x.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("Ingen överenskommelse finns" + (version == null ? "" : " i version " + version)));
        CareUnit unit = regions.unit(unitId);
        return new Document(c.patientId(), "overenskommelse-" + c.id() + "-v" + a.version() + ".pdf", "application/pdf",
                AgreementPdf.render(new AgreementPdf.Content(unit.name(), unit.phone(), c.patientName(), c.patientId(), a)));
    }

    @PatientData(function = "avstämningsmöten")
    public Meetings meetings(@UnitId String unitId, long caseId) {
        CaseRef c = found(cases.caseRef(unitId, caseId));
        return new Meetings(c.id(), c.patientId(), meetings.meetingsOfCase(c.id(), c.patientId()));
    }

    /** Books a meeting: the case must be accepted or active, and every external participant needs the patient's consent. */
    @PatientData(function = "avstämningsmöten", action = AccessAction.WRITE)
    public Meeting book(@UnitId String unitId, long caseId, MeetingRules.Booking booking) {
        CaseRef c = found(cases.lockCase(unitId, caseId));
        if (!CaseStateMachine.allowsInterventions(c.state())) {
            throw new ConflictException("Möten kan bokas när patienten har accepterat erbjudandet om koordinering (ärendet är nu: "
                    + c.state().label() + ").");
        }
        MeetingRules.requireFutureOrRecordedAfterwards(booking, clock.instant());
        consents.requireActive(unitId, c.patientId(), MeetingRules.requiredConsents(booking.participants()));
        long id = meetings.insertMeeting(c.id(), booking, UUID.randomUUID() + "@koordinera.se", currentUser.get());
        return meetings.meeting(unitId, id).orElseThrow();
    }

    /**
     * Records the minutes (a new version each time). The first minutes of a meeting that has taken
     * place register it as an intervention (GC001) through the case, with the same consent checks.
     */
    @PatientData(function = "avstämningsmöten", action = AccessAction.WRITE)
    public Meeting recordMinutes(@UnitId String unitId, long meetingId, MeetingRules.NewMinutes minutes) {
        Meeting m = meetings.meeting(unitId, meetingId).orElseThrow(() -> new NotFoundException("Mötet finns inte på vårdenheten"));
        CaseRef c = found(cases.lockCase(unitId, m.caseId()));
        LocalDate day = m.startsAt().atZoneSameInstant(SwedishTime.ZONE).toLocalDate();
        if (day.isAfter(LocalDate.now(clock))) {
            throw new ConflictException("Mötet har inte ägt rum ännu (" + day + "): anteckningar förs efter mötet.");
        }
        consents.requireActive(unitId, c.patientId(), MeetingRules.requiredConsents(m.participants()));
        int latest = meetings.latestMinutesVersion(m.id());
        Long journalId = null;
        if (latest == 0) {
            JournalEntry entry = cases.meetingIntervention(unitId, c.id(), new CaseRequests.Intervention(MeetingRules.interventionType(m.participants()),
                    day, minutes.minutes(), MeetingRules.primaryActor(m.participants())), m.kind().label(), MeetingRules.participantRoles(m.participants()));
            journalId = entry.id();
        }
        meetings.insertMinutes(m.id(), latest + 1, minutes, journalId, currentUser.get());
        return meetings.meeting(unitId, m.id()).orElseThrow();
    }

    /**
     * Moves a meeting that has not been cancelled and has no minutes to a time that has not passed.
     * A new change row (meeting is append-only) raises the invitation's SEQUENCE; a journal entry says so.
     */
    @PatientData(function = "avstämningsmöten", action = AccessAction.WRITE)
    public Meeting move(@UnitId String unitId, long meetingId, PlanRequests.MeetingMove move) {
        Meeting m = changeable(unitId, meetingId);
        java.time.ZonedDateTime to = java.time.ZonedDateTime.of(move.date(), move.time(), SwedishTime.ZONE);
        if (to.toOffsetDateTime().isBefore(OffsetDateTime.now(clock))) {
            throw new se.koordinera.shared.InvalidInputException("date", "Mötet kan inte flyttas till en tid som har passerat");
        }
        String text = m.kind().label() + " flyttat från " + SwedishTime.local(m.startsAt()).toLocalDateTime().toString().replace('T', ' ')
                + " till " + to.toLocalDateTime().toString().replace('T', ' ') + " (" + move.durationMinutes() + " min)."
                + (move.reason() == null ? "" : " Skäl: " + move.reason());
        JournalEntry entry = journal.record(new se.koordinera.journal.NewJournalEntry(unitId, m.patientId(), m.caseId(),
                se.koordinera.journal.JournalType.MEETING_CHANGE, null, null, LocalDate.now(clock), text, null, null));
        meetings.insertChange(m.id(), "MOVE", to.toOffsetDateTime(), move.durationMinutes(), move.reason(), entry.id(), currentUser.get());
        return meetings.meeting(unitId, m.id()).orElseThrow();
    }

    /** Cancels a meeting (final); the invitation becomes a cancellation with the same UID and a higher SEQUENCE. */
    @PatientData(function = "avstämningsmöten", action = AccessAction.WRITE)
    public Meeting cancel(@UnitId String unitId, long meetingId, PlanRequests.MeetingCancel cancel) {
        Meeting m = changeable(unitId, meetingId);
        String text = m.kind().label() + " " + SwedishTime.local(m.startsAt()).toLocalDateTime().toString().replace('T', ' ') + " inställt."
                + (cancel.reason() == null ? "" : " Skäl: " + cancel.reason());
        JournalEntry entry = journal.record(new se.koordinera.journal.NewJournalEntry(unitId, m.patientId(), m.caseId(),
                se.koordinera.journal.JournalType.MEETING_CHANGE, null, null, LocalDate.now(clock), text, null, null));
        meetings.insertChange(m.id(), "CANCEL", null, null, cancel.reason(), entry.id(), currentUser.get());
        return meetings.meeting(unitId, m.id()).orElseThrow();
    }

    private Meeting changeable(String unitId, long meetingId) {
        Meeting m = meetings.meeting(unitId, meetingId).orElseThrow(() -> new NotFoundException("Mötet finns inte på vårdenheten"));
        found(cases.lockCase(unitId, m.caseId()));
        m = meetings.meeting(unitId, meetingId).orElseThrow();
        if (m.cancelled()) {
            throw new ConflictException("Mötet är inställt.");
        }
        if (!m.minutes().isEmpty()) {
            throw new ConflictException("Mötet har anteckningar: det har redan ägt rum.");
        }
        return m;
    }

    @PatientData(function = "avstämningsmöten", action = AccessAction.EXPORT)
    public Document invitation(@UnitId String unitId, long meetingId) {
        Meeting m = meetings.meeting(unitId, meetingId).orElseThrow(() -> new NotFoundException("Mötet finns inte på vårdenheten"));
        String ics = MeetingRules.ics(m, regions.unit(unitId).name(), OffsetDateTime.now(clock));
        return new Document(m.patientId(), "mote-" + m.id() + ".ics", "text/calendar; charset=UTF-8",
                ics.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static CaseRef found(java.util.Optional<CaseRef> c) {
        return c.orElseThrow(() -> new NotFoundException("Koordineringsärendet finns inte på vårdenheten"));
    }

    @SuppressWarnings("unused")
    private KoordineraUser user() {
        return currentUser.get();
    }
}
