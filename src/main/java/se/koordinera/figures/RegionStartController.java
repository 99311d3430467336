package se.koordinera.figures;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.koordinera.access.AccessControl;
import se.koordinera.region.Region;
import se.koordinera.region.RegionService;

/**
 * The region administrator's start page (issue 12 item 12): the region's figures of the last twelve
 * months, its policy for preventive coordination, its care units, and the ways to the integrations'
 * status and log review. Counts and settings only: the administrator works under the purpose
 * Administration and sees no patient data.
 */
@Controller
class RegionStartController {

    private final AccessControl access;
    private final FiguresService figures;
    private final RegionService regions;

    RegionStartController(AccessControl access, FiguresService figures, RegionService regions) {
        this.access = access;
        this.figures = figures;
        this.regions = regions;
    }

    /** The twelve months summed, for the start page's key figures. */
    record Totals(int gc001, int casesOpened, int casesClosed, int consentsGiven, int fkNotifications, int followUpsOverdue) {
        static Totals of(List<MonthFigures> months) {
            return new Totals(months.stream().mapToInt(MonthFigures::gc001).sum(), months.stream().mapToInt(MonthFigures::casesOpened).sum(),
                    months.stream().mapToInt(MonthFigures::casesClosed).sum(), months.stream().mapToInt(MonthFigures::consentsGiven).sum(),
                    months.stream().mapToInt(MonthFigures::fkNotifications).sum(), months.stream().mapToInt(MonthFigures::followUpsOverdue).sum());
        }
    }

    @GetMapping("/region")
    String start(Model model) {
        Region region = access.adminRegion();
        List<MonthFigures> months = figures.region(region.id(), null, null);
        model.addAttribute("region", region);
        model.addAttribute("units", regions.unitsOfRegion(region.id()));
        model.addAttribute("totals", Totals.of(months));
        model.addAttribute("current", months.get(months.size() - 1));
        model.addAttribute("from", months.get(0).month());
        model.addAttribute("to", months.get(months.size() - 1).month());
        return "figures/region-start";
    }
}
