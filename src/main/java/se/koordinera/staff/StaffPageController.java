package se.koordinera.staff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.koordinera.access.CurrentUser;
import se.koordinera.access.Role;
import se.koordinera.shared.ConflictException;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.RequestBinder;
import se.koordinera.web.SelectedUnit;

/** Staff list, the unit routine (R19) with approval by the verksamhetschef, the responsible person of a case, and the region policy. */
@Controller
public class StaffPageController {

    private final StaffService staff;
    private final CurrentUser currentUser;
    private final RequestBinder binder;

    public StaffPageController(StaffService staff, CurrentUser currentUser, RequestBinder binder) {
        this.staff = staff;
        this.currentUser = currentUser;
        this.binder = binder;
    }

    @GetMapping("/koordinering/personal")
    String staffPage(@SelectedUnit String unit, Model model) {
        model.addAttribute("staff", staff.staff(unit));
        return "staff/staff";
    }

    @GetMapping("/koordinering/rutin")
    String routinePage(@SelectedUnit String unit, Model model) {
        model.addAttribute("routine", staff.routine(unit));
        model.addAttribute("isManager", currentUser.get().hasRole(Role.UNIT_MANAGER));
        model.addAttribute("criteria", staff.candidateCriteria(unit));
        return "staff/routine";
    }

    /** R19: the verksamhetschef sets the thresholds of the candidate worklist; a refusal keeps what was typed. */
    @PostMapping("/koordinering/rutin/kriterier")
    String saveCriteria(@SelectedUnit String unit, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            staff.saveCandidateCriteria(unit, binder.bindForm(form, StaffRequests.CandidateCriteria.class));
            redirect.addFlashAttribute("message", "Kriterierna för arbetslistan är sparade.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", "Kriterierna är inte sparade: " + messages(e));
            java.util.Map<String, String> fieldErrors = new java.util.HashMap<>();
            e.errors().forEach(p -> fieldErrors.merge(p.field(), p.message(), (a, b) -> a + " " + b));
            redirect.addFlashAttribute("criteriaErrors", fieldErrors);
            redirect.addFlashAttribute("criteriaForm", form.toSingleValueMap());
        }
        return "redirect:/koordinering/rutin#criteria";
    }

    @PostMapping("/koordinering/rutin")
    String saveRoutine(@SelectedUnit String unit, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            Routine r = staff.saveRoutine(unit, binder.bindForm(form, StaffRequests.RoutineText.class).text());
            redirect.addFlashAttribute("message", "Rutinen är sparad som version " + r.latest().version() + ". Den gäller när verksamhetschefen har fastställt den.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", "Rutinen är inte sparad: " + messages(e));
            redirect.addFlashAttribute("textError", messages(e));
            redirect.addFlashAttribute("submittedText", form.getFirst("text"));
        }
        return "redirect:/koordinering/rutin";
    }

    /** Only the verksamhetschef: anyone else gets 403 (the Swedish error page). */
    @PostMapping("/koordinering/rutin/{version}/faststall")
    String approve(@SelectedUnit String unit, @PathVariable int version, RedirectAttributes redirect) {
        try {
            staff.approveRoutine(unit, version);
            redirect.addFlashAttribute("message", "Version " + version + " av rutinen är fastställd.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/koordinering/rutin";
    }

    @PostMapping("/koordinering/arenden/{id}/ansvarig")
    String assign(@SelectedUnit String unit, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            Responsible r = staff.assignResponsible(unit, id, binder.bindForm(form, StaffRequests.Assignment.class).hsaId());
            redirect.addFlashAttribute("message", r.responsible().name() + " är ansvarig för ärendet."
                    + (r.warnings().isEmpty() ? "" : " Observera: " + String.join(" ", r.warnings())));
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("error", e instanceof InvalidInputException i ? messages(i) : e.getMessage());
        }
        return "redirect:/koordinering/arenden/" + id;
    }

    @GetMapping("/region/policy")
    String policyPage(Model model) {
        model.addAttribute("region", staff.policy(staff.regionOfAdmin().id()));
        return "staff/policy";
    }

    @PostMapping("/region/policy")
    String setPolicy(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            // an unticked checkbox sends nothing: the form's hidden "false" comes first, the ticked box's "true" wins
            StaffRequests.Policy p = binder.bindForm(form, StaffRequests.Policy.class);
            se.koordinera.region.Region r = staff.setPreventiveCoordination(staff.regionOfAdmin().id(), p.preventiveCoordination());
            redirect.addFlashAttribute("message", r.preventiveCoordination() ? "Regionen erbjuder nu förebyggande koordinering."
                    : "Regionen erbjuder inte förebyggande koordinering.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", messages(e));
        }
        return "redirect:/region/policy";
    }

    private static String messages(InvalidInputException e) {
        return e.errors().isEmpty() ? e.getMessage() : String.join(" ", e.errors().stream().map(f -> f.message()).distinct().toList());
    }
}
