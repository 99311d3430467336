package se.koordinera.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import se.koordinera.access.CurrentUser;
import se.koordinera.access.KoordineraUser;
import se.koordinera.audit.AccessAction;
import se.koordinera.audit.PatientData;
import se.koordinera.audit.WithinPatientData;
import se.koordinera.audit.PatientId;
import se.koordinera.audit.UnitId;
import se.koordinera.journal.JournalService;
import se.koordinera.journal.NewJournalEntry;
import se.koordinera.journal.JournalType;
import se.koordinera.patient.KnownPatients;
import se.koordinera.patient.Personnummer;
import se.koordinera.shared.ConflictException;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.NotFoundException;

/**
 * Recording and withdrawing consents (R5, R7, R13) and the consent check other features call.
 * Recording and withdrawal each write a journal entry in the same transaction.
 */
@Service
public class ConsentService {

    private final ConsentRepository consents;
    private final JournalService journal;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final KnownPatients knownPatients;

    public ConsentService(ConsentRepository consents, JournalService journal, CurrentUser currentUser, ApplicationEventPublisher events,
            KnownPatients knownPatients, Clock clock) {
        this.knownPatients = knownPatients;
        this.clock = clock;
        this.consents = consents;
        this.journal = journal;
        this.currentUser = currentUser;
        this.events = events;
    }

    @PatientData(function = "samtycken", action = AccessAction.WRITE)
    public Consent give(@UnitId String unitId, @PatientId Personnummer patientId, ConsentRequests.NewConsent input) {
        requireKnown(unitId, patientId.value());
        KoordineraUser user = currentUser.get();
        long id = consents.insert(unitId, patientId.value(), input.scope(), input.form(), input.given(), input.note(), user);
        String text = input.form().label() + " samtycke till " + input.scope().label().toLowerCase() + " lämnat " + input.given()
                + (input.note() == null ? "." : ". " + input.note());
        journal.record(new NewJournalEntry(unitId, patientId.value(), null, JournalType.CONSENT_GIVEN, null, null,
                input.given(), text, id, null));
        Consent consent = consents.find(unitId, id, today()).orElseThrow();
        events.publishEvent(new ConsentGiven(consent));
        return consent;
    }

    @PatientData(function = "samtycken", action = AccessAction.WRITE)
    public Consent withdraw(@UnitId String unitId, long consentId, LocalDate withdrawn, String note) {
        Consent found = consents.find(unitId, consentId, today())
                .orElseThrow(() -> new NotFoundException("Samtycket finns inte på vårdenheten"));
        consents.lockPatient(unitId, found.patientId());
        Consent consent = consents.find(unitId, consentId, today()).orElseThrow();
        if (consent.withdrawal() != null) {
            throw new ConflictException("Samtycket är redan återkallat " + consent.withdrawal().withdrawn() + ".");
        }
        if (withdrawn.isBefore(consent.given())) {
            throw new InvalidInputException("withdrawn", "Återkallelsen kan inte vara före datumet då samtycket lämnades (" + consent.given() + ")");
        }
        // A withdrawal cannot be dated before what was already documented under the consent.
        JournalType covered = switch (consent.scope()) {
            case COORDINATION -> JournalType.INTERVENTION;
            case INFORM_FK -> JournalType.FK_NOTIFICATION;
            default -> null;
        };
        if (covered != null) {
            var latest = journal.latestDocumented(unitId, consent.patientId(), covered, consent.given(),
                    consent.recordedAt());
            if (latest.isPresent() && withdrawn.isBefore(latest.get())) {
                throw new ConflictException("Återkallelsen kan inte dateras före " + latest.get() + ": "
                        + (covered == JournalType.INTERVENTION ? "koordineringsinsatser" : "information till Försäkringskassan")
                        + " är dokumenterad under samtycket till och med det datumet.");
            }
        }
        KoordineraUser user = currentUser.get();
        consents.insertWithdrawal(consentId, withdrawn, note, user);
        String text = "Samtycke till " + consent.scope().label().toLowerCase() + " återkallat " + withdrawn
                + " (lämnat " + consent.given() + ")" + (note == null ? "." : ". " + note);
        journal.record(new NewJournalEntry(unitId, consent.patientId(), null, JournalType.CONSENT_WITHDRAWN, null, null,
                withdrawn, text, consentId, null));
        return consents.find(unitId, consentId, today()).orElseThrow();
    }

    @PatientData(function = "samtycken")
    public List<Consent> list(@UnitId String unitId, @PatientId Personnummer patientId) {
        requireKnown(unitId, patientId.value());
        return consents.ofPatient(unitId, patientId.value(), today());
    }

    /**
     * For other features, called from inside their own {@link PatientData} method (which checks
     * access and logs): refuses with 409 and a Swedish message naming every missing consent.
     * Reads the consents at this moment, so a withdrawal blocks at once.
     */
    @WithinPatientData
    public void requireActive(String unitId, String patientId, Set<ConsentScope> required) {
        consents.lockPatient(unitId, patientId);
        List<ConsentPolicy.Fact> facts = consents.ofPatient(unitId, patientId, today()).stream().map(Consent::fact).toList();
        ConsentPolicy.refusal(facts, required, today()).ifPresent(message -> {
            throw new MissingConsentException(message);
        });
    }

    /** Active scopes now; for use inside another feature's {@link PatientData} method. */
    @WithinPatientData
    public Set<ConsentScope> activeScopes(String unitId, String patientId) {
        return ConsentPolicy.activeScopes(consents.ofPatient(unitId, patientId, today()).stream().map(Consent::fact).toList(), today());
    }

    /** Consents of the patient; for use inside another feature's {@link PatientData} method. */
    @WithinPatientData
    public List<Consent> consentsOf(String unitId, String patientId) {
        return consents.ofPatient(unitId, patientId, today());
    }

    private void requireKnown(String unitId, String patientId) {
        if (!knownPatients.isKnown(unitId, patientId)) {
            throw new NotFoundException("Patienten finns inte på vårdenheten");
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
