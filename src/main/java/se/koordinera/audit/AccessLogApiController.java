package se.koordinera.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.koordinera.patient.Personnummer;

@RestController
@Tag(name = "Loggutdrag", description = "PDL-logg: vem har läst eller ändrat patientens uppgifter")
class AccessLogApiController {

    private final AccessLogService service;
    private final LogReviewService review;

    AccessLogApiController(AccessLogService service, LogReviewService review) {
        this.service = service;
        this.review = review;
    }

    @GetMapping("/api/v1/regions/{regionId}/patients/{patientId}/access-log")
    @Operation(summary = "Patientens loggutdrag för hela vårdgivaren (logguppföljning; rollen ges av regionadministratören)")
    public List<AccessLogEntry> providerExtract(@PathVariable String regionId, @PathVariable String patientId) {
        return review.providerExtract(regionId, Personnummer.parse(patientId));
    }

    @GetMapping("/api/v1/regions/{regionId}/log-reviewers")
    @Operation(summary = "Vårdgivarens logggranskare (regionadministratör)")
    public List<LogReviewService.Reviewer> reviewers(@PathVariable String regionId) {
        return review.reviewers(regionId);
    }

    @PutMapping("/api/v1/regions/{regionId}/log-reviewers/{hsaId}")
    @Operation(summary = "Ge en användare rollen logguppföljning för vårdgivaren (regionadministratör)")
    public List<LogReviewService.Reviewer> grant(@PathVariable String regionId, @PathVariable String hsaId) {
        return review.setReviewer(regionId, hsaId, true);
    }

    @DeleteMapping("/api/v1/regions/{regionId}/log-reviewers/{hsaId}")
    @Operation(summary = "Ta bort rollen logguppföljning (regionadministratör); historiken behålls")
    public List<LogReviewService.Reviewer> revoke(@PathVariable String regionId, @PathVariable String hsaId) {
        return review.setReviewer(regionId, hsaId, false);
    }

    @GetMapping("/api/v1/patients/{patientId}/access-log")
    @Operation(summary = "Patientens loggutdrag (endast verksamhetschef för enheten)")
    public List<AccessLogEntry> extract(@PathVariable String patientId, @RequestParam String unit) {
        return service.extract(unit, Personnummer.parse(patientId));
    }
}
