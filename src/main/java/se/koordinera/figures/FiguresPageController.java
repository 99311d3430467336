package se.koordinera.figures;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.koordinera.access.AccessControl;
import se.koordinera.access.CurrentUser;
import se.koordinera.region.CareUnit;
import se.koordinera.region.Region;
import se.koordinera.region.RegionService;
import se.koordinera.access.KoordineraUser;
import se.koordinera.access.Role;
import se.koordinera.coordination.Outcome;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.web.UnitSelection;

/** The figures page (charts and table) and its Excel export: the unit's for its staff, the region's for the region administrator. */
@Controller
class FiguresPageController {

    private final FiguresService figures;
    private final CurrentUser currentUser;
    private final UnitSelection unitSelection;
    private final AccessControl access;
    private final RegionService regions;

    FiguresPageController(FiguresService figures, CurrentUser currentUser, UnitSelection unitSelection, AccessControl access,
            RegionService regions) {
        this.access = access;
        this.regions = regions;
        this.figures = figures;
        this.currentUser = currentUser;
        this.unitSelection = unitSelection;
    }

    record Scope(String title, boolean region, List<MonthFigures> months) {
    }

    private Scope scope(HttpSession session, String from, String to) {
        KoordineraUser user = currentUser.get();
        if (user.careUnits().isEmpty() && user.hasRole(Role.REGION_ADMIN)) {
            Region region = access.adminRegion();
            return new Scope("Regionens nyckeltal – " + region.name(), true, figures.region(region.id(), from, to));
        }
        String unit = unitSelection.selected(session, user).orElse(null);
        if (unit == null) {
            return null;
        }
        // The unit's name, never its HSA-id: the title is read by people (and printed).
        String name = regions.findUnit(unit).map(CareUnit::name).orElse(unit);
        return new Scope("Vårdenhetens nyckeltal – " + name, false, figures.unit(unit, from, to));
    }

    @GetMapping("/koordinering/nyckeltal")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, HttpSession session, Model model) {
        Scope scope;
        try {
            scope = scope(session, from, to);
        } catch (InvalidInputException e) {
            model.addAttribute("error", String.join(" ", e.errors().stream().map(f -> f.message()).toList()));
            scope = scope(session, null, null);
        }
        if (scope == null) {
            return "redirect:/valj-enhet";
        }
        List<MonthFigures> months = scope.months();
        model.addAttribute("title", scope.title());
        model.addAttribute("isRegion", scope.region());
        model.addAttribute("months", months);
        model.addAttribute("from", months.get(0).month());
        model.addAttribute("to", months.get(months.size() - 1).month());
        model.addAttribute("maxGc001", Math.max(1, months.stream().mapToInt(MonthFigures::gc001).max().orElse(1)));
        model.addAttribute("maxOpened", Math.max(1, months.stream().mapToInt(m -> Math.max(m.casesOpened(), m.casesClosed())).max().orElse(1)));
        model.addAttribute("outcomes", Outcome.values());
        return "figures/figures";
    }

    @GetMapping("/koordinering/nyckeltal/excel")
    ResponseEntity<byte[]> excel(@RequestParam(required = false) String from, @RequestParam(required = false) String to, HttpSession session) {
        Scope scope = scope(session, from, to);
        if (scope == null) {
            throw new se.koordinera.shared.ForbiddenException("Välj vårdenhet först");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("nyckeltal.xlsx").build().toString())
                .body(FiguresExcel.write(scope.title(), scope.months()));
    }
}
