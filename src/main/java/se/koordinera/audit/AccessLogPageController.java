package se.koordinera.audit;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.koordinera.access.AccessControl;
import se.koordinera.access.Role;
import se.koordinera.patient.InvalidPersonnummerException;
import se.koordinera.patient.Personnummer;
import se.koordinera.region.RegionService;
import se.koordinera.shared.ForbiddenException;
import se.koordinera.shared.NotFoundException;
import se.koordinera.web.SelectedUnit;

/**
 * Loggutdrag in the browser (R18): the unit manager searches a patient and gets the unit's log
 * extract as a table, for print and as a PDF; a log reviewer may take the whole care provider's.
 * The personnummer is posted, never put in the URL. Every extract is itself logged.
 */
@Controller
class AccessLogPageController {

    private final AccessLogService extracts;
    private final LogReviewService review;
    private final RegionService regions;
    private final AccessControl access;

    AccessLogPageController(AccessLogService extracts, LogReviewService review, RegionService regions, AccessControl access) {
        this.extracts = extracts;
        this.review = review;
        this.regions = regions;
        this.access = access;
    }

    @GetMapping("/logg")
    String form(@SelectedUnit String unit, Model model) {
        fill(unit, model);
        return "audit/extract";
    }

    @PostMapping("/logg")
    String extract(@SelectedUnit String unit, @RequestParam(defaultValue = "") String patientId,
            @RequestParam(defaultValue = "unit") String scope, Model model) {
        fill(unit, model);
        model.addAttribute("patientId", patientId);
        model.addAttribute("scope", scope);
        Personnummer patient;
        try {
            patient = Personnummer.parse(patientId);
        } catch (InvalidPersonnummerException e) {
            model.addAttribute("fieldError", e.getMessage());
            return "audit/extract";
        }
        try {
            boolean provider = "provider".equals(scope);
            model.addAttribute("entries", provider ? review.providerExtract(regions.unit(unit).regionId(), patient)
                    : extracts.extract(unit, patient));
            model.addAttribute("patient", patient.formatted());
            model.addAttribute("scopeName", provider ? regions.regionOfUnit(unit).name() : regions.unit(unit).name());
        } catch (NotFoundException e) {
            model.addAttribute("error", "Det finns inga loggade händelser för patienten här.");
        }
        return "audit/extract";
    }

    @PostMapping("/logg/pdf")
    ResponseEntity<byte[]> pdf(@SelectedUnit String unit, @RequestParam String patientId) {
        Personnummer patient = Personnummer.parse(patientId);
        byte[] pdf = extracts.extractPdf(unit, patient, regions.unit(unit).name());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("loggutdrag.pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    /** The region administrator's page: who reviews the care provider's log. */
    @GetMapping("/region/logguppfoljning")
    String reviewers(Model model) {
        String region = adminRegion();
        model.addAttribute("region", regions.findRegion(region).orElseThrow());
        model.addAttribute("reviewers", review.reviewers(region));
        return "audit/reviewers";
    }

    @PostMapping("/region/logguppfoljning")
    String setReviewer(@RequestParam(defaultValue = "") String hsaId, @RequestParam(defaultValue = "grant") String change,
            RedirectAttributes redirect) {
        String region = adminRegion();
        try {
            review.setReviewer(region, hsaId.strip(), "grant".equals(change));
            redirect.addFlashAttribute("message", "grant".equals(change) ? "Rollen logguppföljning är given." : "Rollen är borttagen.");
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("error", "Det finns ingen användare med HSA-id " + hsaId.strip() + ".");
        }
        return "redirect:/region/logguppfoljning";
    }

    private void fill(String unit, Model model) {
        model.addAttribute("isManager", access.currentUser().hasRole(Role.UNIT_MANAGER) && regions.isManagerOf(unit,
                access.currentUser().hsaId()));
        model.addAttribute("isReviewer", review.isReviewer(regions.unit(unit).regionId()));
    }

    private String adminRegion() {
        return access.adminRegion().id();
    }
}
