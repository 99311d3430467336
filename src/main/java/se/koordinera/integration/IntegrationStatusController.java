package se.koordinera.integration;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.koordinera.access.AccessControl;
import se.koordinera.access.Assignment;
import se.koordinera.access.KoordineraUser;
import se.koordinera.access.Role;
import se.koordinera.region.CareUnit;
import se.koordinera.region.Region;
import se.koordinera.region.RegionService;
import se.koordinera.shared.ForbiddenException;

/**
 * The region administrator's view of the national integrations: per care unit of the region the
 * certificate feed's last successful sync and last error, and the PDL posts Loggtjänsten refused
 * (parked). No patient data is shown: the administrator works under the purpose Administration.
 */
@Controller
class IntegrationStatusController {

    private final AccessControl access;
    private final RegionService regions;
    private final CertificateFeedService feed;
    private final LoggtjanstSender sender;
    private final IntegrationSettings settings;

    IntegrationStatusController(AccessControl access, RegionService regions, CertificateFeedService feed, LoggtjanstSender sender, IntegrationSettings settings) {
        this.access = access;
        this.regions = regions;
        this.feed = feed;
        this.sender = sender;
        this.settings = settings;
    }

    record UnitRow(CareUnit unit, FeedStatusRepository.UnitStatus status) {
    }

    @GetMapping("/region/integrationer")
    String status(Model model) {
        KoordineraUser user = access.currentUser();
        if (!user.hasRole(Role.REGION_ADMIN) || user.assignments().isEmpty()) {
            throw new ForbiddenException("Sidan är till för regionadministratören");
        }
        Set<String> regionIds = user.assignments().stream().map(Assignment::unitId).map(regions::findUnit)
                .flatMap(java.util.Optional::stream).map(CareUnit::regionId).collect(Collectors.toSet());
        List<CareUnit> units = regionIds.stream().flatMap(r -> regions.unitsOfRegion(r).stream()).toList();
        Set<String> unitIds = units.stream().map(CareUnit::id).collect(Collectors.toSet());
        var statuses = feed.statuses().stream().collect(Collectors.toMap(FeedStatusRepository.UnitStatus::unitId, s -> s));
        model.addAttribute("regions", regionIds.stream().map(regions::findRegion).flatMap(java.util.Optional::stream).map(Region::name).sorted().toList());
        model.addAttribute("feedConfigured", feed.configured());
        model.addAttribute("feedInterval", settings.feedInterval());
        model.addAttribute("units", units.stream().map(u -> new UnitRow(u, statuses.get(u.id()))).toList());
        model.addAttribute("loggtjanstConfigured", sender.configured());
        model.addAttribute("outbox", sender.stats());
        model.addAttribute("parked", sender.parked(500).stream().filter(p -> unitIds.contains(p.unitId())).toList());
        return "integration/status";
    }
}
