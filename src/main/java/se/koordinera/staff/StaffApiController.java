package se.koordinera.staff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.koordinera.region.Region;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Personal och rutin", description = "Personal och ansvar (R14), vårdenhetens rutin (R19), regionens policy (R4)")
public class StaffApiController {

    private final StaffService staff;

    public StaffApiController(StaffService staff) {
        this.staff = staff;
    }

    @GetMapping("/units/{unitId}/staff")
    @Operation(summary = "Vårdenhetens personal med yrke, legitimation och utbildning i försäkringsmedicin")
    public List<StaffMember> staff(@PathVariable String unitId) {
        return staff.staff(unitId);
    }

    @GetMapping("/cases/{id}/responsible")
    @Operation(summary = "Ansvarig person för ärendet")
    public Responsible responsible(@PathVariable long id, @RequestParam String unit) {
        return staff.responsible(unit, id);
    }

    @PutMapping("/cases/{id}/responsible")
    @Operation(summary = "Utse ansvarig person; varning om legitimationsgrundande yrke eller försäkringsmedicinsk utbildning saknas")
    public Responsible assign(@PathVariable long id, @RequestParam String unit, @RequestBody StaffRequests.Assignment body) {
        return staff.assignResponsible(unit, id, body.hsaId());
    }

    @GetMapping("/units/{unitId}/routine")
    @Operation(summary = "Vårdenhetens rutin för att erbjuda koordinering: fastställd version, senaste version och alla versioner")
    public Routine routine(@PathVariable String unitId) {
        return staff.routine(unitId);
    }

    @PostMapping("/units/{unitId}/routine")
    @Operation(summary = "Spara en ny version av rutinen (utkast tills verksamhetschefen fastställer den)")
    public ResponseEntity<Routine> saveRoutine(@PathVariable String unitId, @RequestBody StaffRequests.RoutineText body) {
        return ResponseEntity.status(201).body(staff.saveRoutine(unitId, body.text()));
    }

    @PostMapping("/units/{unitId}/routine/versions/{version}/approval")
    @Operation(summary = "Fastställ rutinen (endast verksamhetschef)")
    public ResponseEntity<Routine> approve(@PathVariable String unitId, @PathVariable int version) {
        return ResponseEntity.status(201).body(staff.approveRoutine(unitId, version));
    }

    @GetMapping("/units/{unitId}/candidate-criteria")
    @Operation(summary = "Vårdenhetens kriterier för arbetslistan (del av rutinen); standardvärden där inga är satta")
    public CandidateCriteriaVersion candidateCriteria(@PathVariable String unitId) {
        return staff.candidateCriteria(unitId);
    }

    @PutMapping("/units/{unitId}/candidate-criteria")
    @Operation(summary = "Ändra vårdenhetens kriterier för arbetslistan (endast verksamhetschef; varje version sparas)")
    public CandidateCriteriaVersion setCandidateCriteria(@PathVariable String unitId, @RequestBody StaffRequests.CandidateCriteria body) {
        return staff.saveCandidateCriteria(unitId, body);
    }

    @GetMapping("/regions/{regionId}/policy")
    @Operation(summary = "Regionens policy (regionadministratör)")
    public Region policy(@PathVariable String regionId) {
        return staff.policy(regionId);
    }

    @PutMapping("/regions/{regionId}/policy")
    @Operation(summary = "Ändra regionens policy för förebyggande koordinering (R4, regionadministratör)")
    public Region setPolicy(@PathVariable String regionId, @RequestBody StaffRequests.Policy body) {
        return staff.setPreventiveCoordination(regionId, body.preventiveCoordination());
    }
}
