package se.koordinera.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
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
import se.koordinera.consent.ConsentApiController;
import se.koordinera.consent.ConsentForm;
import se.koordinera.consent.ConsentScope;
import se.koordinera.consent.ConsentService;
import se.koordinera.journal.JournalService;
import se.koordinera.patient.Personnummer;
import se.koordinera.sickleave.SickLeaveService;
import se.koordinera.shared.ConflictException;
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.web.SelectedUnit;

/**
 * The coordination pages: the unit's worklist, the case page with its actions, the printable
 * journal and the FK letter download. Refusals (409) and bad input (400) come back to the page
 * as a clear Swedish message; nothing has changed then.
 */
@Controller
public class CoordinationPageController {

    private final CaseService cases;
    private final ConsentService consents;
    private final JournalService journal;
    private final SickLeaveService sickLeaves;
    private final CoordinationSettings settings;
    private final CurrentUser currentUser;
    private final se.koordinera.plan.PlanService plans;
    private final se.koordinera.staff.StaffService staff;

    private final Clock clock;


    public CoordinationPageController(CaseService cases, ConsentService consents, JournalService journal, SickLeaveService sickLeaves,
            CoordinationSettings settings, CurrentUser currentUser, se.koordinera.plan.PlanService plans,
            se.koordinera.staff.StaffService staff, Clock clock) {

        this.clock = clock;
        this.plans = plans;
        this.staff = staff;
        this.cases = cases;
        this.consents = consents;
        this.journal = journal;
        this.sickLeaves = sickLeaves;
        this.settings = settings;
        this.currentUser = currentUser;
    }

    @GetMapping("/koordinering")
    String worklist(@SelectedUnit String unit, Model model) {
        int minDays = settings.get(unit).candidateMinDays();
        model.addAttribute("candidates", sickLeaves.candidates(unit, minDays, LocalDate.now(clock)));
        model.addAttribute("cases", cases.list(unit, null).items().stream().filter(c -> c.state().open()).toList());
        model.addAttribute("reasons", CaseReason.values());
        model.addAttribute("followUps", plans.followUps(unit, LocalDate.now(clock)));
        model.addAttribute("routine", staff.routine(unit));
        model.addAttribute("isManager", currentUser.get().hasRole(Role.UNIT_MANAGER));
        return "coordination/worklist";
    }

    /** The unit manager sets the unit's threshold for the candidate worklist (default 14 days). */
    @PostMapping("/koordinering/installning")
    String saveThreshold(@SelectedUnit String unit, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        int days;
        try {
            days = Integer.parseInt(String.valueOf(text(form, "candidateMinDays")));
        } catch (NumberFormatException e) {
            days = 0;
        }
        if (days < 1 || days > 365) {
            redirect.addFlashAttribute("error", "Ange ett antal dagar mellan 1 och 365.");
        } else {
            settings.set(unit, days);
            redirect.addFlashAttribute("message", "Gränsen för arbetslistan är nu " + days + " dagar.");
        }
        return "redirect:/koordinering";
    }

    @PostMapping("/koordinering/arenden")
    String register(@SelectedUnit String unit, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            CaseApiController.NewCase input = CaseApiController.parseNewCase(body(form, "patientId", "reason", "patientName"));
            CoordinationCase c = cases.register(unit, input.patientId(), input.reason(), input.patientName());
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
        model.addAttribute("plan", plans.plan(unit, id));
        model.addAttribute("responsible", staff.responsible(unit, id));
        model.addAttribute("staff", staff.staff(unit));
        model.addAttribute("routine", staff.routine(unit));
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
                    Map<String, Object> b = body(form, "relevant", "note", "version");
                    Input in = Input.of(b, "relevant", "note", "version");
                    String relevant = in.text("relevant", true);
                    String note = in.note("note", false);
                    Integer version = version(form);
                    in.failIfProblems();
                    cases.assess(unit, id, "true".equals(relevant), note, version);
                    yield "Bedömningen är registrerad.";
                }
                case "erbjud" -> {
                    cases.offer(unit, id, text(form, "note"), version(form));
                    yield "Koordinering är erbjuden.";
                }
                case "acceptera" -> {
                    cases.accept(unit, id, text(form, "note"), version(form));
                    yield "Erbjudandet är accepterat.";
                }
                case "avboj" -> {
                    cases.decline(unit, id, text(form, "note"), version(form));
                    yield "Avböjandet är registrerat.";
                }
                case "avsluta" -> {
                    Input in = Input.of(body(form, "outcome", "note"), "outcome", "note");
                    Outcome outcome = in.enumValue("outcome", Outcome.class, true);
                    String note = in.note("note", false);
                    in.failIfProblems();
                    cases.close(unit, id, outcome, note, version(form));
                    yield "Ärendet är avslutat.";
                }
                case "insatser" -> {
                    cases.intervention(unit, id, CaseApiController.parseIntervention(body(form, "type", "date", "note", "actor"), LocalDate.now(clock)));
                    yield "Insatsen är dokumenterad (KVÅ GC001, avgiftsfri).";
                }
                case "fk" -> {
                    Input in = Input.of(body(form, "note"), "note");
                    String note = in.note("note", false);
                    in.failIfProblems();
                    cases.notifyFk(unit, id, note);
                    yield "Brevet till Försäkringskassan är skapat.";
                }
                case "samtycken" -> {
                    CoordinationCase c = cases.get(unit, id);
                    consents.give(unit, Personnummer.parse(c.patientId()),
                            ConsentApiController.parse(body(form, "scope", "form", "given", "note"), LocalDate.now(clock)));
                    yield "Samtycket är registrerat.";
                }
                default -> throw new se.koordinera.shared.NotFoundException("Okänd åtgärd");
            };
            redirect.addFlashAttribute("message", message);
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("error", message(e));
        }
        return "redirect:/koordinering/arenden/" + id;
    }

    @PostMapping("/koordinering/arenden/{id}/samtycken/{consentId}/aterkallelse")
    String withdraw(@SelectedUnit String unit, @PathVariable long id, @PathVariable long consentId, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            Input in = Input.of(body(form, "withdrawn", "note"), "withdrawn", "note");
            LocalDate withdrawn = in.date("withdrawn", true, LocalDate.now(clock));
            String note = in.note("note", false);
            in.failIfProblems();
            consents.withdraw(unit, consentId, withdrawn, note);
            redirect.addFlashAttribute("message", "Samtycket är återkallat.");
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("error", message(e));
        }
        return "redirect:/koordinering/arenden/" + id;
    }

    @GetMapping("/koordinering/patienter/{patientId}/journal")
    String journal(@SelectedUnit String unit, @PathVariable String patientId, @RequestParam(name = "utskrift", required = false) String print, Model model) {
        Personnummer p = Personnummer.parse(patientId);
        // The print view is its own request so that printing is logged as such (PRINT), not as a read.
        model.addAttribute("entries", print != null ? journal.printableJournal(unit, p) : journal.journal(unit, p));
        model.addAttribute("printView", print != null);
        model.addAttribute("pnr", FkLetter.formatPersonnummer(p.value()));
        model.addAttribute("pnrDigits", p.value());
        model.addAttribute("patientCases", cases.casesOfPatient(unit, p));
        return "coordination/journal";
    }

    @GetMapping("/koordinering/brev/{id}")
    ResponseEntity<byte[]> letter(@SelectedUnit String unit, @PathVariable long id) {
        return CaseApiController.pdf(cases.letter(unit, id), true);
    }

    private static Integer version(MultiValueMap<String, String> form) {
        String v = form.getFirst("version");
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "Ogiltig version");
        }
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The named form fields as a JSON-like body (empty fields absent), so that UI and API validate alike. */
    private static Map<String, Object> body(MultiValueMap<String, String> form, String... names) {
        Map<String, Object> body = new HashMap<>();
        for (String n : names) {
            String v = text(form, n);
            if (v != null) {
                body.put(n, v);
            }
        }
        return body;
    }

    private static String message(RuntimeException e) {
        if (e instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
            return String.join(" ", invalid.errors().stream().map(FieldProblem::message).toList());
        }
        return e.getMessage();
    }

}
