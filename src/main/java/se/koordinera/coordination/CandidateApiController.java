package se.koordinera.coordination;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.koordinera.patient.Personnummer;
import se.koordinera.sickleave.CandidateList;
import se.koordinera.sickleave.CandidateRequests;
import se.koordinera.sickleave.SickLeaveService;

/** Dismissed flags of the candidate worklist: dismiss one with a reason, list a patient's. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Koordinering")
class CandidateApiController {

    private final SickLeaveService sickLeaves;
    private final CoordinationSettings settings;
    private final Clock clock;

    CandidateApiController(SickLeaveService sickLeaves, CoordinationSettings settings, Clock clock) {
        this.sickLeaves = sickLeaves;
        this.settings = settings;
        this.clock = clock;
    }

    @PostMapping("/units/{unitId}/coordination-candidates/dismissals")
    @Operation(summary = "Avfärda en flagga på arbetslistan med ett skäl (sparas med vem och när); 409 om flaggan inte gäller sjukfallet")
    public ResponseEntity<CandidateList.Dismissal> dismiss(@PathVariable String unitId, @RequestBody CandidateRequests.DismissFlag body) {
        return ResponseEntity.status(201).body(sickLeaves.dismissCandidateFlag(unitId, Personnummer.parse(body.patientId()),
                settings.get(unitId).candidateMinDays(), body, LocalDate.now(clock)));
    }

    @GetMapping("/patients/{patientId}/candidate-dismissals")
    @Operation(summary = "Patientens avfärdade flaggor på arbetslistan, nyast först")
    public List<CandidateList.Dismissal> dismissals(@PathVariable String patientId, @RequestParam String unit) {
        return sickLeaves.candidateDismissals(unit, Personnummer.parse(patientId));
    }
}
