package se.koordinera.integration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.koordinera.access.AccessControl;
import se.koordinera.access.KoordineraUser;
import se.koordinera.patient.Personnummer;
import se.koordinera.region.RegionService;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Intygsflöde", description = "Sjukintyg från Intygstjänsten")
class FeedApiController {

    private final CertificateFeedService feed;
    private final AccessControl access;
    private final RegionService regions;
    private final PersonHistoryService history;

    FeedApiController(CertificateFeedService feed, AccessControl access, RegionService regions, PersonHistoryService history) {
        this.history = history;
        this.feed = feed;
        this.access = access;
        this.regions = regions;
    }

    @PostMapping("/units/{unitId}/certificate-feed/sync")
    @Operation(summary = "Hämta vårdenhetens intyg från Intygstjänsten nu (ListActiveSickLeavesForCareUnit)")
    CertificateFeedService.SyncResult sync(@PathVariable String unitId) {
        KoordineraUser user = access.currentUser();
        feed.requireMaySync(user, regions.unit(unitId));
        if (!feed.configured()) {
            throw new RivCallException("Intygstjänsten är inte konfigurerad (KOORDINERA_INTYGSTJANST_UNIT_URL saknas)", false, null);
        }
        return feed.sync(unitId, user.name());
    }

    @GetMapping("/patients/{patientId}/certificate-history")
    @Operation(summary = "Patientens sjukintyg hos användarens vårdgivare enligt Intygstjänsten (ListSickLeavesForPerson)")
    PersonHistoryService.PersonHistory history(@PathVariable String patientId, @RequestParam String unit) {
        // not configured: the client refuses inside the guarded method, after the assignment check
        return history.history(unit, Personnummer.parse(patientId));
    }

    @ExceptionHandler(RivCallException.class)
    ProblemDetail failed(RivCallException e) {
        HttpStatus status = e.getMessage().contains("inte konfigurerad") ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage() + ". Inget har ändrats.");
        problem.setTitle("Intygstjänsten kunde inte användas");
        return problem;
    }
}
