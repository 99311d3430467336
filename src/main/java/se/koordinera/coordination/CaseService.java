package se.koordinera.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import se.koordinera.access.AccessControl;
import se.koordinera.access.CurrentUser;
import se.koordinera.access.KoordineraUser;
import se.koordinera.access.Role;
import se.koordinera.audit.AccessAction;
import se.koordinera.audit.PatientData;
import se.koordinera.audit.WithinPatientData;
import se.koordinera.audit.PatientId;
import se.koordinera.audit.UnitId;
import se.koordinera.consent.ConsentGiven;
import se.koordinera.consent.ConsentScope;
import se.koordinera.consent.ConsentService;
import se.koordinera.journal.JournalEntry;
import se.koordinera.journal.JournalService;
import se.koordinera.journal.NewJournalEntry;
import se.koordinera.journal.JournalType;
import se.koordinera.patient.Personnummer;
import se.koordinera.region.CareUnit;
import se.koordinera.region.RegionService;
import se.koordinera.sickleave.SickLeaveService;
import se.koordinera.shared.ConflictException;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.NotFoundException;

/**
 * Coordination cases: registration, the doctor's assessment (R3), offer, acceptance, decline,
 * interventions (R5, R6, R15, R17), informing Försäkringskassan (R7) and closing. Each method is
 * one transaction with its access check and PDL log entry (see {@link PatientData}). A case of
 * another unit is "not found".
 */
@Service
public class CaseService {
    static final String FUNCTION = "koordineringsärende";

    private final CaseRepository cases;
    private final JournalService journal;
    private final ConsentService consents;
    private final RegionService regions;
    private final AccessControl access;
    private final CurrentUser currentUser;

    private final Clock clock;

    private final CaseVisibility visibility;
    private final org.springframework.beans.factory.ObjectProvider<ResponsiblePersonLookup> responsiblePersons;
    private final SickLeaveService sickLeaves;

    public CaseService(CaseRepository cases, JournalService journal, ConsentService consents, RegionService regions,
            AccessControl access, CurrentUser currentUser, CaseVisibility visibility, SickLeaveService sickLeaves, Clock clock,
            org.springframework.beans.factory.ObjectProvider<ResponsiblePersonLookup> responsiblePersons) {
        this.responsiblePersons = responsiblePersons;
        this.visibility = visibility;
        this.sickLeaves = sickLeaves;
        this.clock = clock;
        this.cases = cases;
        this.journal = journal;
        this.consents = consents;
        this.regions = regions;
        this.access = access;
        this.currentUser = currentUser;
    }

    @PatientData(function = FUNCTION, action = AccessAction.WRITE)
    public CoordinationCase register(@UnitId String unitId, @PatientId Personnummer patientId, CaseReason reason, String patientName) {
        String patient = patientId.value();
        String registeredName = null;
        if (reason == CaseReason.PREVENTIVE) {
            if (!regions.regionOfUnit(unitId).preventiveCoordination()) {
                throw new ConflictException("Regionen erbjuder inte förebyggande koordinering till patienter som inte är sjukskrivna. "
                        + "Registrera patienten när ett sjukfall finns på vårdenheten.");
            }
            if (!hasVisibleSickLeave(unitId, patient)) {
                // The same answer whether the personnummer is unknown here, known only to another care provider,
                // or hidden from this user (protected identity): nothing here may reveal which.
                if (patientName == null || patientName.isBlank()) {
                    throw new InvalidInputException("patientName", "Patienten har inga uppgifter på vårdenheten: ange patientens namn");
                }
                registeredName = patientName.trim();
            }
        } else if (!hasVisibleSickLeave(unitId, patient)) {
            throw new ConflictException("Patienten har inget sjukfall på vårdenheten. Koordinering på grund av sjukskrivning "
                    + "kräver ett sjukfall här.");
        }
        cases.openCaseOf(unitId, patient).ifPresent(open -> {
            throw new ConflictException("Patienten har redan ett öppet koordineringsärende på vårdenheten (ärende " + open.id() + ").");
        });
        KoordineraUser user = currentUser.get();
        long id = cases.insert(unitId, patient, reason, user, registeredName);
        cases.insertEvent(id, CaseAction.REGISTER, null, CaseState.IDENTIFIED, null, null, reason.label(), user);
        return withHistory(found(visibility.shown(unitId, cases.find(unitId, id))));
    }

    @PatientData(function = FUNCTION)
    public CoordinationCase get(@UnitId String unitId, long caseId) {
        return withHistory(found(visibility.shown(unitId, cases.find(unitId, caseId))));
    }

    @PatientData(function = "koordineringsärenden")
    public CaseList list(@UnitId String unitId, CaseState state) {
        return list(unitId, state, null);
    }

    /**
     * The unit's cases, optionally only those a person is responsible for now ("Mina ärenden"; {@code "me"}
     * is the current user); null: everyone's. The responsible persons are read in one query for the list.
     */
    @PatientData(function = "koordineringsärenden")
    public CaseList list(@UnitId String unitId, CaseState state, String responsibleHsaId) {
        List<CoordinationCase> items = visibility.shown(unitId, cases.ofUnit(unitId, state));
        if (responsibleHsaId != null) {
            String who = "me".equals(responsibleHsaId) ? currentUser.get().hsaId() : responsibleHsaId;
            ResponsiblePersonLookup lookup = responsiblePersons.getIfAvailable();
            java.util.Map<Long, String> responsible = lookup == null || items.isEmpty() ? java.util.Map.of()
                    : lookup.responsibleHsaIds(items.stream().map(CoordinationCase::id).toList());
            items = items.stream().filter(c -> who.equals(responsible.get(c.id()))).toList();
        }
        return new CaseList(items.size(), items);
    }

    /**
     * The case as other features refer to it, if the user may see it. Not guarded or logged: a
     * published read for the {@code @PatientData} methods of other features (plan, meetings, staff).
     */
    @WithinPatientData
    public Optional<CaseRef> caseRef(String unitId, long caseId) {
        return visibility.shown(unitId, cases.find(unitId, caseId)).map(CoordinationCase::ref);
    }

    /**
     * As {@link #caseRef}, and locks the case until the transaction ends, so that commands on one
     * case (a plan version, a meeting, a responsible person) follow each other. Only for writes.
     */
    @WithinPatientData
    public Optional<CaseRef> lockCase(String unitId, long caseId) {
        return visibility.shown(unitId, cases.lock(unitId, caseId)).map(CoordinationCase::ref);
    }

    /** The unit's open cases the user may see, oldest first. Not guarded or logged: for other features' guarded methods. */
    @WithinPatientData
    public List<CaseRef> openCases(String unitId) {
        return visibility.shown(unitId, cases.ofUnit(unitId, null)).stream().filter(c -> c.state() != CaseState.CLOSED)
                .map(CoordinationCase::ref).sorted(java.util.Comparator.comparingLong(CaseRef::id)).toList();
    }

    /** Every case of the unit the user may see, open and closed, by id. Not guarded or logged: for other features' guarded methods (task lists). */
    @WithinPatientData
    public java.util.Map<Long, CaseRef> visibleCases(String unitId) {
        java.util.Map<Long, CaseRef> out = new java.util.LinkedHashMap<>();
        visibility.shown(unitId, cases.ofUnit(unitId, null)).forEach(c -> out.put(c.id(), c.ref()));
        return out;
    }

    /** R3: only a doctor records the medical assessment that coordination is (not) relevant. */
    @PatientData(function = FUNCTION, action = AccessAction.WRITE)
    public CoordinationCase assess(@UnitId String unitId, long caseId, boolean relevant, String note, Integer version) {
        KoordineraUser user = access.requireRoleAtUnit(Role.DOCTOR, unitId);
        CoordinationCase c = locked(unitId, caseId, version);
        return transition(c, relevant ? CaseAction.ASSESS_RELEVANT : CaseAction.ASSESS_NOT_RELEVANT, relevant, null, note, user);
    }

    /** R3: no offer without a doctor's assessment that coordination is relevant. */
    @PatientData(function = FUNCTION, action = AccessAction.WRITE)
    public CoordinationCase offer(@UnitId String unitId, long caseId, String note, Integer version) {
        CoordinationCase c = locked(unitId, caseId, version);
        if (c.state() == CaseState.ASSESSED_RELEVANT && !cases.lastAssessmentRelevantByDoctor(c.id())) {
            throw new ConflictException("Koordinering kan bara erbjudas efter en läkares bedömning att koordinering är relevant.");
        }
        return transition(c, CaseAction.OFFER, null, null, note, currentUser.get());
    }

    /** The patient accepts the offer: needs an active consent to coordination. */
    @PatientData(function = FUNCTION, action = AccessAction.WRITE)
    public CoordinationCase accept(@UnitId String unitId, long caseId, String note, Integer version) {
        CoordinationCase c = locked(unitId, caseId, version);
        CaseStateMachine.apply(c.state(), CaseAction.ACCEPT);
        consents.requireActive(unitId, c.patientId(), EnumSet.of(ConsentScope.COORDINATION));
        return transition(c, CaseAction.ACCEPT, null, null, note, currentUser.get());
    }

    @PatientData(function = FUNCTION, action = AccessAction.WRITE)
    public CoordinationCase decline(@UnitId String unitId, long caseId, String note, Integer version) {
        CoordinationCase c = locked(unitId, caseId, version);
        return transition(c, CaseAction.DECLINE, null, null, note, currentUser.get());
    }

    @PatientData(function = FUNCTION, action = AccessAction.WRITE)
    public CoordinationCase close(@UnitId String unitId, long caseId, Outcome outcome, String note, Integer version) {
        CoordinationCase c = locked(unitId, caseId, version);
        return transition(c, CaseAction.CLOSE, null, outcome, note, currentUser.get());
    }

    /**
     * An intervention: a journal entry with KVÅ GC001, free of charge, without diagnosis. The
     * consents are read now, so a withdrawal blocks at once. The first one makes the case active.
     */
    @PatientData(function = "koordineringsinsats", action = AccessAction.WRITE)
    public JournalEntry intervention(@UnitId String unitId, long caseId, CaseRequests.Intervention input) {
        return documented(unitId, caseId, input, input.type().label() + (input.actor() == null ? "" : " – " + input.actor().label()) + ": "
                + input.note());
    }

    /**
     * A meeting held, as an intervention (GC001): the journal text names every participant's role
     * ({@code participants}, e.g. "patienten, arbetsgivaren (Chefen), Försäkringskassan"), not
     * only the actor the entry is registered under.
     */
    @PatientData(function = "koordineringsinsats", action = AccessAction.WRITE)
    public JournalEntry meetingIntervention(@UnitId String unitId, long caseId, CaseRequests.Intervention input, String meeting,
            String participants) {
        return documented(unitId, caseId, input, input.type().label() + ": " + meeting + " med " + participants + ". " + input.note());
    }

    private JournalEntry documented(String unitId, long caseId, CaseRequests.Intervention input, String text) {
        CoordinationCase c = found(visibility.shown(unitId, cases.lock(unitId, caseId)));
        consents.requireActive(unitId, c.patientId(), ConsentRequirements.forIntervention(input.type(), input.actor()));
        requireAccepted(c);
        KoordineraUser user = currentUser.get();
        JournalEntry entry = journal.record(new NewJournalEntry(unitId, c.patientId(), c.id(), JournalType.INTERVENTION,
                input.type().name(), input.actor() == null ? null : input.actor().name(), input.date(), text, null, null));
        activate(c, user);
        return entry;
    }

    /** R7: only with an active consent to inform Försäkringskassan; a stored PDF letter and a journal entry. */
    @PatientData(function = "information till Försäkringskassan", action = AccessAction.WRITE)
    public FkNotification notifyFk(@UnitId String unitId, long caseId, String note) {
        CoordinationCase c = found(visibility.shown(unitId, cases.lock(unitId, caseId)));
        consents.requireActive(unitId, c.patientId(), ConsentRequirements.forFkNotification());
        requireAccepted(c);
        KoordineraUser user = currentUser.get();
        LocalDate today = LocalDate.now(clock);
        String text = "Försäkringskassan informerad om att patienten behöver rehabiliteringsåtgärder (30 kap. socialförsäkringsbalken)."
                + (note == null ? "" : " " + note);
        JournalEntry entry = journal.record(new NewJournalEntry(unitId, c.patientId(), c.id(), JournalType.FK_NOTIFICATION,
                null, "FK", today, text, null, null));
        CareUnit unit = regions.unit(unitId);
        byte[] pdf = FkLetter.render(new FkLetter.Content(unit.name(), unit.address(), unit.phone(), c.patientName(), c.patientId(),
                user.name(), profession(user.profession()), today, note));
        long id = cases.insertFkNotification(c.id(), entry.id(), pdf);
        activate(c, user);
        return new FkNotification(id, c.id(), entry.id(), entry.time(), letterUrl(unitId, id), c.patientId());
    }

    @PatientData(function = "brev till Försäkringskassan", action = AccessAction.PRINT)
    public Letter letter(@UnitId String unitId, long notificationId) {
        CaseRepository.StoredLetter l = cases.letter(unitId, notificationId)
                .orElseThrow(() -> new NotFoundException("Brevet finns inte på vårdenheten"));
        return new Letter(l.id(), l.patientId(), "fk-information-" + l.id() + ".pdf", l.pdf());
    }

    /** The patient's cases at the unit (newest first) with the letters of each, for the case page. */
    @PatientData(function = FUNCTION)
    public List<CoordinationCase> casesOfPatient(@UnitId String unitId, @PatientId Personnummer patientId) {
        return visibility.shown(unitId, cases.ofPatient(unitId, patientId.value()));
    }

    /** Everything the case page shows: the case with history, the patient's consents and the letters to FK. */
    public record CasePage(CoordinationCase coordinationCase, List<se.koordinera.consent.Consent> consents, List<FkNotification> letters,
            java.util.Set<ConsentScope> activeScopes, List<JournalEntry> journal) implements se.koordinera.audit.PatientListing {
        @Override
        public java.util.Collection<String> listedPatientIds() {
            return List.of(coordinationCase.patientId());
        }
    }

    @PatientData(function = FUNCTION)
    public CasePage page(@UnitId String unitId, long caseId) {
        CoordinationCase c = withHistory(found(visibility.shown(unitId, cases.find(unitId, caseId))));
        return new CasePage(c, consents.consentsOf(unitId, c.patientId()), letters(unitId, c),
                consents.activeScopes(unitId, c.patientId()), journal.entriesOf(unitId, c.patientId()));
    }

    /**
     * Records the consents the patient gave at one occasion (one form, one date, several scopes)
     * in one transaction: all of them or, on a refusal, none.
     */
    @PatientData(function = "samtycken", action = AccessAction.WRITE)
    public CoordinationCase recordConsents(@UnitId String unitId, long caseId,
            List<se.koordinera.consent.ConsentRequests.NewConsent> given) {
        CoordinationCase c = found(visibility.shown(unitId, cases.find(unitId, caseId)));
        if (!c.state().open()) {
            throw new ConflictException("Ärendet är avslutat: samtycken registreras i patientens nya ärende.");
        }
        Personnummer patient = Personnummer.parse(c.patientId());
        given.forEach(g -> consents.give(unitId, patient, g));
        // The consent to coordination may have accepted an open offer (onConsent): the case as it is now.
        return withHistory(found(visibility.shown(unitId, cases.find(unitId, caseId))));
    }

    /** Letters of a case; for use inside a {@link PatientData} method or after one has read the case. */
    @WithinPatientData
    public List<FkNotification> letters(String unitId, CoordinationCase c) {
        return cases.lettersOfCase(c.id()).stream()
                .map(l -> new FkNotification(l.id(), l.caseId(), 0, l.created(), letterUrl(unitId, l.id()), l.patientId())).toList();
    }

    /** A consent to coordination recorded while an offer is open: the patient has accepted. */
    @EventListener
    void onConsent(ConsentGiven event) {
        if (event.consent().scope() != ConsentScope.COORDINATION || !event.consent().active()) {
            return;
        }
        cases.openCaseOf(event.consent().unit(), event.consent().patientId())
                .filter(c -> c.state() == CaseState.OFFERED)
                .ifPresent(c -> transition(c, CaseAction.ACCEPT, null, null,
                        "Samtycke till koordinering registrerat (" + event.consent().form().label().toLowerCase() + ")", currentUser.get()));
    }

    static String letterUrl(String unitId, long id) {
        return "/api/v1/fk-notifications/" + id + "/letter?unit=" + unitId;
    }

    static String profession(String code) {
        return switch (code == null ? "" : code) {
            case "LAKARE" -> "läkare";
            case "SJUKSKOTERSKA" -> "sjuksköterska";
            case "FYSIOTERAPEUT" -> "fysioterapeut";
            case "PSYKOLOG" -> "psykolog";
            case "ARBETSTERAPEUT" -> "arbetsterapeut";
            case "KURATOR" -> "kurator";
            default -> code == null ? "" : code.toLowerCase();
        };
    }

    private void requireAccepted(CoordinationCase c) {
        if (!CaseStateMachine.allowsInterventions(c.state())) {
            throw new ConflictException("Insatser kan bara dokumenteras när patienten har accepterat erbjudandet om koordinering "
                    + "(ärendet är nu: " + c.state().label() + ").");
        }
    }

    private void activate(CoordinationCase c, KoordineraUser user) {
        if (c.state() == CaseState.ACCEPTED) {
            transition(c, CaseAction.ACTIVATE, null, null, null, user);
        }
    }

    private boolean hasVisibleSickLeave(String unitId, String patientId) {
        return sickLeaves.visiblePatients(unitId, List.of(patientId)).contains(patientId);
    }

    private CoordinationCase locked(String unitId, long caseId, Integer version) {
        CoordinationCase c = found(visibility.shown(unitId, cases.lock(unitId, caseId)));
        if (version != null && version != c.version()) {
            throw new ConflictException("Ärendet har ändrats av någon annan sedan du läste det (din version " + version
                    + ", aktuell version " + c.version() + "). Läs om ärendet och försök igen.");
        }
        return c;
    }

    private CoordinationCase transition(CoordinationCase c, CaseAction action, Boolean relevant, Outcome outcome, String note,
            KoordineraUser user) {
        CaseState to;
        try {
            to = CaseStateMachine.apply(c.state(), action);
        } catch (CaseStateMachine.TransitionNotAllowed e) {
            throw new ConflictException(e.getMessage());
        }
        cases.update(c, to, outcome);
        cases.insertEvent(c.id(), action, c.state(), to, relevant, outcome, note, user);
        return withHistory(visibility.shown(c.unit(), cases.find(c.unit(), c.id())).orElseThrow());
    }

    private CoordinationCase withHistory(CoordinationCase c) {
        return c.withHistory(cases.events(c.id()));
    }

    private static CoordinationCase found(java.util.Optional<CoordinationCase> c) {
        return c.orElseThrow(() -> new NotFoundException("Koordineringsärendet finns inte på vårdenheten"));
    }
}
