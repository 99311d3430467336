package se.koordinera.sickleave;

import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.koordinera.access.CurrentUser;
import se.koordinera.access.KoordineraUser;
import se.koordinera.web.UnitSelection;

/** The unit's sick-leave overview in the browser. */
@Controller
public class SickLeavePageController {

    private final SickLeaveService sickLeaves;
    private final CurrentUser currentUser;
    private final UnitSelection unitSelection;

    public SickLeavePageController(SickLeaveService sickLeaves, CurrentUser currentUser, UnitSelection unitSelection) {
        this.sickLeaves = sickLeaves;
        this.currentUser = currentUser;
        this.unitSelection = unitSelection;
    }

    @GetMapping("/oversikt")
    String overview(@RequestParam MultiValueMap<String, String> params, HttpSession session, Model model) {
        KoordineraUser user = currentUser.get();
        String unitId = unitSelection.selected(session, user).orElse(null);
        if (unitId == null) {
            return "redirect:/valj-enhet";
        }
        SickLeaveList list = sickLeaves.overview(unitId, SickLeaveQuery.parse(params, LocalDate.now(SickLeaveApiController.SWEDEN)));
        model.addAttribute("list", list);
        return "sickleave/overview";
    }
}
