package se.koordinera.plan;

import java.time.Clock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Rehabiliteringsplan", description = "Vårdplan med plan för återgång i arbete (R9), versionerad")
public class PlanApiController {

    private final PlanService plans;

    private final Clock clock;

    public PlanApiController(PlanService plans, Clock clock) {
        this.clock = clock;
        this.plans = plans;
    }

    @GetMapping("/cases/{id}/plan")
    @Operation(summary = "Senaste versionen av planen, alla versioner och planerad sjukskrivning mot faktiska intyg")
    public PlanService.PlanView plan(@PathVariable long id, @RequestParam String unit) {
        return plans.plan(unit, id);
    }

    @PostMapping("/cases/{id}/plan")
    @Operation(summary = "Spara en ny version av planen (basedOnVersion = versionen du ändrade, 0 för den första)")
    public ResponseEntity<CarePlan> save(@PathVariable long id, @RequestParam String unit, @RequestBody PlanRequests.Plan body) {
        CarePlan p = plans.save(unit, id, PlanRules.draft(body, LocalDate.now(clock)));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/plan/versions/" + p.version() + "?unit=" + unit)).body(p);
    }

    @GetMapping("/cases/{id}/plan/versions/{version}")
    @Operation(summary = "En version av planen")
    public CarePlan version(@PathVariable long id, @PathVariable int version, @RequestParam String unit) {
        return plans.version(unit, id, version);
    }

    @GetMapping("/cases/{id}/plan/compare")
    @Operation(summary = "Jämför två versioner av planen: de fält som skiljer")
    public PlanService.Comparison compare(@PathVariable long id, @RequestParam String unit, @RequestParam(required = false) Integer a,
            @RequestParam(required = false) Integer b) {
        return plans.compare(unit, id, a, b);
    }

    @GetMapping("/units/{unitId}/follow-ups")
    @Operation(summary = "Uppföljningar: försenade, inom withinDays dagar (standard 14), ej planerade eller flaggade (sjukskrivningen upphört eller ändrad grad)")
    public FollowUpList followUps(@PathVariable String unitId, @RequestParam(required = false) Integer withinDays) {
        return plans.followUps(unitId, LocalDate.now(clock), withinDays == null ? FollowUpRules.DEFAULT_HORIZON_DAYS : withinDays);
    }
}
