package se.koordinera.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.koordinera.access.CurrentUser;
import se.koordinera.access.KoordineraUser;
import se.koordinera.access.Role;
import se.koordinera.consent.ConsentRequests;
import se.koordinera.consent.ConsentForm;
import se.koordinera.consent.ConsentScope;
import se.koordinera.consent.ConsentService;
import se.koordinera.journal.JournalService;
import se.koordinera.patient.Personnummer;
import se.koordinera.sickleave.SickLeaveService;
import se.koordinera.shared.ConflictException;
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.RequestBinder;
import se.koordinera.web.SelectedUnit;
import se.koordinera.web.SubmittedForm;

/**
 * The coordination pages: the unit's worklist, the case page with its actions, the printable
 * journal and the FK letter download. Refusals (409) and bad input (400) come back to the page
 * as a clear Swedish message; nothing has changed then.
 */
@Controller
class CoordinationPageController {

    private final CaseService cases;
    private final ConsentService consents;
    private final JournalService journal;
    private final SickLeaveService sickLeaves;
    private final CoordinationSettings settings;
    private final CurrentUser currentUser;
    private final java.util.List<CoordinationPageSection> sections;
    private final RequestBinder binder;

    private final Clock clock;
    private final se.koordinera.web.PatientReferences references;
    private final CandidateWorklist candidateWorklist;

    CoordinationPageController(CaseService cases, ConsentService consents, JournalService journal, SickLeaveService sickLeaves,
            CoordinationSettings settings, CurrentUser currentUser, java.util.List<CoordinationPageSection> sections,
            RequestBinder binder, Clock clock, se.koordinera.web.PatientReferences references, CandidateWorklist candidateWorklist) {
        this.candidateWorklist = candidateWorklist;
        this.sections = sections;
        this.binder = binder;
        this.references = references;

        this.clock = clock;
        this.cases = cases;
        this.consents = consents;
        this.journal = journal;
        this.sickLeaves = sickLeaves;
        this.settings = settings;
        this.currentUser = currentUser;
    }

    @GetMapping("/koordinering")
    String worklist(@SelectedUnit String unit, @RequestParam MultiValueMap<String, String> params, Model model) {
        candidateWorklist.fill(unit, params, model);
        // "Mina ärenden": only the open cases the user is responsible for now (the responsible person is the staff feature's).
        boolean mine = "1".equals(params.getFirst("mina"));
        List<CoordinationCase> open = cases.list(unit, null).items().stream().filter(c -> c.state().open()).toList();
        List<CoordinationCase> shown = mine ? cases.list(unit, null, "me").items().stream().filter(c -> c.state().open()).toList() : open;
        model.addAttribute("cases", shown);
        model.addAttribute("mine", mine);
        // R3: a doctor sees first the cases that wait for their medical assessment.
        model.addAttribute("awaitingAssessment", currentUser.get().hasRole(Role.DOCTOR)
                ? open.stream().filter(c -> CaseStateMachine.allowedActions(c.state()).contains(CaseAction.ASSESS_RELEVANT)).toList()
                : List.of());
        model.addAttribute("reasons", CaseReason.values());
        sections.forEach(section -> section.worklist(unit, model));
        model.addAttribute("isManager", currentUser.get().hasRole(Role.UNIT_MANAGER));
        return "coordination/worklist";
    }

    /** The unit manager sets the unit's threshold for the candidate worklist (default 14 days). */
    @PostMapping("/koordinering/installning")
    String saveThreshold(@SelectedUnit String unit, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            int days = settings.set(unit, binder.bindForm(form, CaseRequests.Settings.class).candidateMinDays()).candidateMinDays();
            redirect.addFlashAttribute("message", "Gränsen för arbetslistan är nu " + days + " dagar.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", message(e));
        }
        return "redirect:/koordinering";
    }

    /**
     * Registers a case. Registration cannot be undone, so it takes a confirmation: a form that
     * comes without {@code confirmed} (the worklist's one-click buttons, the manual form) is
     * answered with the prefilled confirmation page, which works without JavaScript.
     */
    @PostMapping("/koordinering/arenden")
    String register(@SelectedUnit String unit, @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            CaseRequests.NewCase input = binder.bindForm(withoutConfirmation(form), CaseRequests.NewCase.class);
            Personnummer patient = Personnummer.parse(input.patientId());
            if (!"true".equals(form.getFirst("confirmed"))) {
                return registrationPage(model, patient, input.reason(), input.patientName());
            }
            CoordinationCase c = cases.register(unit, patient, input.reason(), input.patientName());
            redirect.addFlashAttribute("message", "Ärendet är registrerat.");
            return "redirect:/koordinering/arenden/" + c.id();
        } catch (ConflictException | InvalidInputException | se.koordinera.patient.InvalidPersonnummerException e) {
            redirect.addFlashAttribute("error", message(e));
            return "redirect:/koordinering";
        }
    }

    /** The prefilled registration form for a patient (from the patient page): the same confirmation step. */
    @GetMapping("/koordinering/arenden/ny")
    String registrationForm(@SelectedUnit String unit, @RequestParam String patient, @RequestParam(required = false) CaseReason reason,
            Model model) {
        return registrationPage(model, references.resolve(patient), reason == null ? CaseReason.SICK_LEAVE : reason, null);
    }

    private String registrationPage(Model model, Personnummer patient, CaseReason reason, String patientName) {
        model.addAttribute("patientId", patient.value());
        model.addAttribute("pnr", FkLetter.formatPersonnummer(patient.value()));
        model.addAttribute("patientRef", references.of(patient.value()));
        model.addAttribute("reason", reason);
        model.addAttribute("reasons", CaseReason.values());
        model.addAttribute("patientName", patientName);
        return "coordination/register";
    }

    private static MultiValueMap<String, String> withoutConfirmation(MultiValueMap<String, String> form) {
        MultiValueMap<String, String> copy = new org.springframework.util.LinkedMultiValueMap<>(form);
        copy.remove("confirmed");
        return copy;
    }

    /** The unit's closed cases, newest first: a closed case stays reachable (issue 12 item 8). */
    @GetMapping("/koordinering/arenden/avslutade")
    String closedCases(@SelectedUnit String unit, Model model) {
        List<CoordinationCase> closed = new java.util.ArrayList<>(cases.list(unit, CaseState.CLOSED).items());
        closed.sort(java.util.Comparator.comparingLong(CoordinationCase::id).reversed());
        model.addAttribute("cases", closed);
        return "coordination/closed";
    }

    @GetMapping("/koordinering/arenden/{id}")
    String casePage(@SelectedUnit String unit, @PathVariable long id, Model model) {
        CaseService.CasePage page = cases.page(unit, id);
        KoordineraUser user = currentUser.get();
        model.addAttribute("page", page);
        sections.forEach(section -> section.caseHub(unit, id, model));
        model.addAttribute("c", page.coordinationCase());
        model.addAttribute("pnr", FkLetter.formatPersonnummer(page.coordinationCase().patientId()));
        model.addAttribute("isDoctor", user.hasRole(Role.DOCTOR));
        java.util.Set<CaseAction> actions = CaseStateMachine.allowedActions(page.coordinationCase().state());
        model.addAttribute("canAssess", actions.contains(CaseAction.ASSESS_RELEVANT));
        model.addAttribute("canOffer", actions.contains(CaseAction.OFFER));
        model.addAttribute("canAccept", actions.contains(CaseAction.ACCEPT));
        model.addAttribute("canDecline", actions.contains(CaseAction.DECLINE));
        CaseState state = page.coordinationCase().state();
        model.addAttribute("showProgress", (user.hasRole(Role.DOCTOR) && actions.contains(CaseAction.ASSESS_RELEVANT))
                || state == CaseState.IDENTIFIED || actions.contains(CaseAction.OFFER) || state == CaseState.OFFERED);
        model.addAttribute("interventionsAllowed", CaseStateMachine.allowsInterventions(page.coordinationCase().state()));
        // R5, R13: a withdrawn consent to coordination ends what can be done; the page says so and offers the close.
        model.addAttribute("coordinationWithdrawn", page.coordinationCase().state().open()
                && !page.activeScopes().contains(ConsentScope.COORDINATION)
                && page.consents().stream().anyMatch(x -> x.scope() == ConsentScope.COORDINATION && x.withdrawal() != null));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("scopes", ConsentScope.values());
        model.addAttribute("forms", ConsentForm.values());
        model.addAttribute("types", InterventionType.values());
        model.addAttribute("actors", Actor.values());
        model.addAttribute("today", LocalDate.now(clock));
        List<CaseTimeline.Entry> contributed = new java.util.ArrayList<>();
        java.util.Set<Actor> planned = java.util.EnumSet.noneOf(Actor.class);
        for (CoordinationPageSection section : sections) {
            CoordinationPageSection.TimelinePart part = section.timeline(unit, id);
            contributed.addAll(part.entries());
            planned.addAll(part.plannedActors());
        }
        model.addAttribute("timeline", CaseTimeline.of(page.coordinationCase(), page.journal(), page.consents(), page.letters(), contributed,
                java.time.OffsetDateTime.now(clock)));
        // What is missing, in words, once consent is the question (offered or later), from the one copy of the rule.
        model.addAttribute("missingConsents", state == CaseState.OFFERED || state == CaseState.ACCEPTED || state == CaseState.ACTIVE
                ? ConsentRequirements.missing(page.activeScopes(), planned) : List.of());
        model.addAttribute("patientCases", cases.casesOfPatient(unit, Personnummer.parse(page.coordinationCase().patientId())).stream()
                .filter(x -> x.id() != id).toList());
        return "coordination/case";
    }

    @PostMapping("/koordinering/arenden/{id}/{action}")
    String act(@SelectedUnit String unit, @PathVariable long id, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        try {
            String message = switch (action) {
                case "bedomning" -> {
                    CaseRequests.Assessment b = binder.bindForm(form, CaseRequests.Assessment.class);
                    cases.assess(unit, id, b.relevant(), b.note(), b.version());
                    yield "Bedömningen är registrerad.";
                }
                case "erbjud" -> {
                    CaseRequests.Step b = binder.bindForm(form, CaseRequests.Step.class);
                    cases.offer(unit, id, b.note(), b.version());
                    yield "Koordinering är erbjuden.";
                }
                case "acceptera" -> {
                    CaseRequests.Step b = binder.bindForm(form, CaseRequests.Step.class);
                    cases.accept(unit, id, b.note(), b.version());
                    yield "Erbjudandet är accepterat.";
                }
                case "avboj" -> {
                    CaseRequests.Step b = binder.bindForm(form, CaseRequests.Step.class);
                    cases.decline(unit, id, b.note(), b.version());
                    yield "Avböjandet är registrerat.";
                }
                case "avsluta" -> {
                    CaseRequests.Close b = binder.bindForm(withoutConfirmation(form), CaseRequests.Close.class);
                    if (!"true".equals(form.getFirst("confirmed"))) {
                        // A closed case cannot be opened again: the form asks for an explicit confirmation.
                        throw new InvalidInputException("confirmed", "Bekräfta att ärendet ska avslutas");
                    }
                    cases.close(unit, id, b.outcome(), b.note(), b.version());
                    yield "Ärendet är avslutat.";
                }
                case "insatser" -> {
                    cases.intervention(unit, id, binder.bindForm(form, CaseRequests.Intervention.class));
                    yield "Insatsen är dokumenterad (KVÅ GC001, avgiftsfri).";
                }
                case "fk" -> {
                    cases.notifyFk(unit, id, binder.bindForm(form, CaseRequests.FkNotice.class).note());
                    yield "Brevet till Försäkringskassan är skapat.";
                }
                case "samtycken" -> {
                    List<ConsentRequests.NewConsent> given = consentsOf(form);
                    cases.recordConsents(unit, id, given);
                    yield given.size() == 1 ? "Samtycket är registrerat." : "Samtyckena är registrerade (" + given.size() + ").";
                }
                default -> throw new se.koordinera.shared.NotFoundException("Okänd åtgärd");
            };
            redirect.addFlashAttribute("message", message);
        } catch (ConflictException | InvalidInputException e) {
            // What the user typed comes back with each message next to its field (issue 12: nothing typed is lost).
            SubmittedForm.refused(redirect, action, form, e);
            redirect.addFlashAttribute("consentMissing", e instanceof se.koordinera.consent.MissingConsentException);
            return "redirect:/koordinering/arenden/" + id + "#" + anchor(action);
        }
        return "redirect:/koordinering/arenden/" + id;
    }

    /** A withdrawal cannot be undone: the case page links here, and this page asks for the date and the confirmation. */
    @GetMapping("/koordinering/arenden/{id}/samtycken/{consentId}/aterkallelse")
    String withdrawalPage(@SelectedUnit String unit, @PathVariable long id, @PathVariable long consentId, Model model) {
        CaseService.CasePage page = cases.page(unit, id);
        se.koordinera.consent.Consent consent = page.consents().stream().filter(x -> x.id() == consentId && x.withdrawal() == null)
                .findFirst().orElseThrow(() -> new se.koordinera.shared.NotFoundException("Samtycket finns inte eller är redan återkallat"));
        model.addAttribute("c", page.coordinationCase());
        model.addAttribute("pnr", FkLetter.formatPersonnummer(page.coordinationCase().patientId()));
        model.addAttribute("consent", consent);
        model.addAttribute("today", LocalDate.now(clock));
        return "coordination/withdraw";
    }

    @PostMapping("/koordinering/arenden/{id}/samtycken/{consentId}/aterkallelse")
    String withdraw(@SelectedUnit String unit, @PathVariable long id, @PathVariable long consentId, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            ConsentRequests.Withdrawal b = binder.bindForm(withoutConfirmation(form), ConsentRequests.Withdrawal.class);
            if (!"true".equals(form.getFirst("confirmed"))) {
                throw new InvalidInputException("confirmed", "Bekräfta att samtycket ska återkallas");
            }
            consents.withdraw(unit, consentId, b.withdrawn(), b.note());
            redirect.addFlashAttribute("message", "Samtycket är återkallat.");
        } catch (ConflictException | InvalidInputException e) {
            SubmittedForm.refused(redirect, "aterkallelse", form, e);
            return "redirect:/koordinering/arenden/" + id + "/samtycken/" + consentId + "/aterkallelse";
        }
        return "redirect:/koordinering/arenden/" + id;
    }

    @GetMapping("/koordinering/patienter/{reference}/journal")
    String journal(@SelectedUnit String unit, @PathVariable String reference, @RequestParam(name = "utskrift", required = false) String print,
            Model model) {
        Personnummer p = references.resolve(reference);
        model.addAttribute("patientRef", reference);
        // The print view is its own request so that printing is logged as such (PRINT), not as a read.
        model.addAttribute("entries", print != null ? journal.printableJournal(unit, p) : journal.journal(unit, p));
        model.addAttribute("printView", print != null);
        model.addAttribute("pnr", FkLetter.formatPersonnummer(p.value()));
        model.addAttribute("patientCases", cases.casesOfPatient(unit, p));
        return "coordination/journal";
    }

    @GetMapping("/koordinering/brev/{id}")
    ResponseEntity<byte[]> letter(@SelectedUnit String unit, @PathVariable long id) {
        return CaseApiController.pdf(cases.letter(unit, id), true);
    }

    /** One consent per ticked scope, all with the form's manner, date and note (the patient gave them at one occasion). */
    private List<ConsentRequests.NewConsent> consentsOf(MultiValueMap<String, String> form) {
        List<String> scopes = form.getOrDefault("scope", List.of()).stream().filter(x -> x != null && !x.isBlank()).distinct().toList();
        if (scopes.isEmpty()) {
            throw new InvalidInputException("scope", "Välj vad samtycket gäller");
        }
        List<ConsentRequests.NewConsent> given = new java.util.ArrayList<>();
        for (String scope : scopes) {
            MultiValueMap<String, String> one = new org.springframework.util.LinkedMultiValueMap<>(form);
            one.put("scope", List.of(scope));
            given.add(binder.bindForm(one, ConsentRequests.NewConsent.class));
        }
        return given;
    }

    /** The form's section, so that after a refusal the browser shows the form with its messages. */
    private static String anchor(String action) {
        return switch (action) {
            case "insatser" -> "interventions-heading";
            case "fk" -> "fk-heading";
            case "samtycken" -> "consents-heading";
            case "avsluta" -> "close-heading";
            default -> "actions-heading";
        };
    }

    private static String message(RuntimeException e) {
        if (e instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
            return String.join(" ", invalid.errors().stream().map(FieldProblem::message).toList());
        }
        return e.getMessage();
    }

}
