package se.koordinera.staff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.koordinera.access.CurrentUser;
import se.koordinera.access.Role;
import se.koordinera.coordination.Input;
import se.koordinera.shared.ConflictException;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.web.SelectedUnit;

/** Staff list, the unit routine (R19) with approval by the verksamhetschef, the responsible person of a case, and the region policy. */
@Controller
public class StaffPageController {

    private final StaffService staff;
    private final CurrentUser currentUser;

    public StaffPageController(StaffService staff, CurrentUser currentUser) {
        this.staff = staff;
        this.currentUser = currentUser;
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
        return "staff/routine";
    }

    @PostMapping("/koordinering/rutin")
    String saveRoutine(@SelectedUnit String unit, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        try {
            Input in = Input.of(text == null ? java.util.Map.of() : java.util.Map.of("text", text), "text");
            String t = in.note("text", true);
            in.failIfProblems();
            Routine r = staff.saveRoutine(unit, t);
            redirect.addFlashAttribute("message", "Rutinen är sparad som version " + r.latest().version() + ". Den gäller när verksamhetschefen har fastställt den.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", String.join(" ", e.errors().stream().map(f -> f.message()).toList()));
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
    String assign(@SelectedUnit String unit, @PathVariable long id, @RequestParam(required = false) String hsaId, RedirectAttributes redirect) {
        try {
            if (hsaId == null || hsaId.isBlank()) {
                throw new InvalidInputException("hsaId", "Välj en person");
            }
            Responsible r = staff.assignResponsible(unit, id, hsaId);
            redirect.addFlashAttribute("message", r.responsible().name() + " är ansvarig för ärendet."
                    + (r.warnings().isEmpty() ? "" : " Observera: " + String.join(" ", r.warnings())));
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("error", e instanceof InvalidInputException i ? i.errors().get(0).message() : e.getMessage());
        }
        return "redirect:/koordinering/arenden/" + id;
    }

    @GetMapping("/region/policy")
    String policyPage(Model model) {
        model.addAttribute("region", staff.policy(staff.regionOfAdmin().id()));
        return "staff/policy";
    }

    @PostMapping("/region/policy")
    String setPolicy(@RequestParam(required = false) String preventiveCoordination, RedirectAttributes redirect) {
        se.koordinera.region.Region r = staff.setPreventiveCoordination(staff.regionOfAdmin().id(), preventiveCoordination != null);
        redirect.addFlashAttribute("message", r.preventiveCoordination() ? "Regionen erbjuder nu förebyggande koordinering."
                : "Regionen erbjuder inte förebyggande koordinering.");
        return "redirect:/region/policy";
    }
}
