package se.koordinera.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.koordinera.access.CurrentUser;
import se.koordinera.access.KoordineraUser;
import se.koordinera.region.RegionService;

/**
 * Login page, unit chooser and the start page that sends the user to their unit's overview, or the
 * region administrator to the region's start page.
 */
@Controller
public class HomeController {

    private final CurrentUser currentUser;
    private final UnitSelection unitSelection;
    private final RegionService regions;

    public HomeController(CurrentUser currentUser, UnitSelection unitSelection, RegionService regions) {
        this.currentUser = currentUser;
        this.unitSelection = unitSelection;
        this.regions = regions;
    }

    @GetMapping("/login")
    String login() {
        return "access/login";
    }

    @GetMapping("/")
    String home(HttpSession session, Model model) {
        KoordineraUser user = currentUser.get();
        if (user.careUnits().isEmpty()) {
            if (user.hasRole(se.koordinera.access.Role.REGION_ADMIN)) {
                // The region administrator has no care assignment by design: their own start page, not a refusal.
                return "redirect:/region";
            }
            model.addAttribute("noUnits", true);
            return "web/home";
        }
        if (unitSelection.selected(session, user).isEmpty()) {
            return "redirect:/valj-enhet";
        }
        return "redirect:/oversikt";
    }

    @GetMapping("/valj-enhet")
    String chooseUnit(Model model) {
        KoordineraUser user = currentUser.get();
        if (user.careUnits().isEmpty()) {
            // Nothing to choose: the start page explains why (or is the region administrator's own).
            return "redirect:/";
        }
        model.addAttribute("units", regions.units(user.careUnits()).values().stream()
                .sorted(java.util.Comparator.comparing(se.koordinera.region.CareUnit::name)).toList());
        return "access/choose-unit";
    }

    @PostMapping("/valj-enhet")
    String unitChosen(@RequestParam String unitId, HttpSession session) {
        unitSelection.select(session, currentUser.get(), unitId);
        return "redirect:/oversikt";
    }
}
