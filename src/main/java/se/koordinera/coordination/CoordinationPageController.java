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
        List<CoordinationCase> open = cases.list(unit, null).items().stream().filter(c -> c.state().open()).toList();
        model.addAttribute("cases", open);
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

    @PostMapping("/koordinering/arenden")
    String register(@SelectedUnit String unit, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            CaseRequests.NewCase input = binder.bindForm(form, CaseRequests.NewCase.class);
            CoordinationCase c = cases.register(unit, Personnummer.parse(input.patientId()), input.reason(), input.patientName());
            redirect.addFlashAttribute("message", "Ärendet är registrerat.");
            return "redirect:/koordinering/arenden/" + c.id();
        } catch (ConflictException | InvalidInputException | se.koordinera.patient.InvalidPersonnummerException e) {
            redirect.addFlashAttribute("error", message(e));
            return "redirect:/koordinering";
        }
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
                    CaseRequests.Close b = binder.bindForm(form, CaseRequests.Close.class);
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
                    ConsentRequests.NewConsent b = binder.bindForm(form, ConsentRequests.NewConsent.class);
                    CoordinationCase c = cases.get(unit, id);
                    consents.give(unit, Personnummer.parse(c.patientId()), b);
                    yield "Samtycket är registrerat.";
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

    @PostMapping("/koordinering/arenden/{id}/samtycken/{consentId}/aterkallelse")
    String withdraw(@SelectedUnit String unit, @PathVariable long id, @PathVariable long consentId, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            ConsentRequests.Withdrawal b = binder.bindForm(form, ConsentRequests.Withdrawal.class);
            consents.withdraw(unit, consentId, b.withdrawn(), b.note());
            redirect.addFlashAttribute("message", "Samtycket är återkallat.");
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("error", message(e));
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
