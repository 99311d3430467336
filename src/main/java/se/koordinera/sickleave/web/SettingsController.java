package se.koordinera.sickleave.web;

import java.util.Comparator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.koordinera.access.CurrentUser;
import se.koordinera.access.KoordineraUser;
import se.koordinera.region.CareUnit;
import se.koordinera.region.RegionService;
import se.koordinera.sickleave.OverviewSettings;
import se.koordinera.sickleave.OverviewSettingsService;
import se.koordinera.shared.InvalidInputException;

/** The user's settings of the overview (Inställningar): they change what the engine computes at once. */
@Controller
class SettingsController {

    private final OverviewSettingsService settings;
    private final CurrentUser currentUser;
    private final RegionService regions;

    SettingsController(OverviewSettingsService settings, CurrentUser currentUser, RegionService regions) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.regions = regions;
    }

    @GetMapping("/installningar")
    String show(Model model) {
        KoordineraUser user = currentUser.get();
        if (!model.containsAttribute("settings")) {
            model.addAttribute("settings", settings.get(user.hsaId()));
        }
        model.addAttribute("units", regions.units(user.careUnits()).values().stream().sorted(Comparator.comparing(CareUnit::name)).toList());
        return "sickleave/settings";
    }

    @PostMapping("/installningar")
    String save(@RequestParam(required = false) String maxGapDays, @RequestParam(required = false) String endedWithinDays,
            @RequestParam(required = false) String defaultUnitId, Model model, RedirectAttributes redirect) {
        KoordineraUser user = currentUser.get();
        OverviewSettings own = settings.get(user.hsaId());
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        Integer gap = number(maxGapDays, 0, 90, "maxGapDays", "Max antal dagar mellan intyg ska vara ett heltal 0–90.", errors);
        Integer ended = number(endedWithinDays, 0, 14, "endedWithinDays", "Antal dagar efter avslut ska vara ett heltal 0–14.", errors);
        String unit = defaultUnitId == null || defaultUnitId.isBlank() ? null : defaultUnitId;
        if (unit != null && !user.mayAccessPatientsOf(unit)) {
            errors.put("defaultUnitId", "Du har inget medarbetaruppdrag för den vårdenheten.");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("settings", new OverviewSettings(gap == null ? own.maxGapDays() : gap,
                    ended == null ? own.endedWithinDays() : ended, unit, own.layout()));
            model.addAttribute("rawMaxGap", maxGapDays);
            model.addAttribute("rawEnded", endedWithinDays);
            return show(model);
        }
        try {
            settings.save(user.hsaId(), new OverviewSettings(gap, ended, unit, own.layout()));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", java.util.Map.of("form", e.getMessage()));
            return show(model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/installningar";
    }

    private static Integer number(String raw, int min, int max, String field, String message, java.util.Map<String, String> errors) {
        try {
            String t = raw == null ? "" : raw.trim();
            // ASCII digits only: Integer.parseInt would also take other scripts' digits (e.g. fullwidth).
            if (!t.matches("[0-9]{1,9}")) {
                throw new NumberFormatException(t);
            }
            int v = Integer.parseInt(t);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(field, message);
        return null;
    }
}
