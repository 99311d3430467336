package se.koordinera.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import se.koordinera.patient.InvalidPersonnummerException;
import se.koordinera.patient.Personnummer;
import se.koordinera.shared.ConflictException;
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.RequestBinder;
import se.koordinera.sickleave.CandidateList;
import se.koordinera.sickleave.CandidateRequests;
import se.koordinera.sickleave.SickLeaveService;
import se.koordinera.web.SelectedUnit;

/**
 * Dismissing a flag of the candidate worklist with a reason (issue 14 item 3). The personnummer
 * travels in the form body, never in the URL; a refusal comes back to the row with the typed reason.
 */
@Controller
class CandidatePageController {

    private final SickLeaveService sickLeaves;
    private final CoordinationSettings settings;
    private final RequestBinder binder;
    private final Clock clock;

    CandidatePageController(SickLeaveService sickLeaves, CoordinationSettings settings, RequestBinder binder, Clock clock) {
        this.sickLeaves = sickLeaves;
        this.settings = settings;
        this.binder = binder;
        this.clock = clock;
    }

    @PostMapping("/koordinering/kandidater/avfarda")
    String dismiss(@SelectedUnit String unit, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        String back = "/koordinering" + back(form.getFirst("back"));
        String key = form.getFirst("patientId") + ":" + form.getFirst("flag") + ":" + form.getFirst("caseStart");
        try {
            Personnummer patient = Personnummer.parse(form.getFirst("patientId"));
            MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
            for (String name : new String[] {"patientId", "flag", "caseStart", "reason"}) {
                if (form.getFirst(name) != null) {
                    body.add(name, form.getFirst(name));
                }
            }
            CandidateRequests.DismissFlag request = binder.bindForm(body, CandidateRequests.DismissFlag.class);
            CandidateList.Dismissal d = sickLeaves.dismissCandidateFlag(unit, patient, settings.get(unit).candidateMinDays(), request,
                    LocalDate.now(clock));
            redirect.addFlashAttribute("message", "Flaggan " + d.label().toLowerCase(java.util.Locale.ROOT) + " är avfärdad. Skälet är sparat.");
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + " " + b));
            String message = e.errors().isEmpty() ? e.getMessage()
                    : String.join(" ", e.errors().stream().map(FieldProblem::message).distinct().toList());
            redirect.addFlashAttribute("dismissKey", key);
            redirect.addFlashAttribute("dismissError", message);
            redirect.addFlashAttribute("dismissReason", form.getFirst("reason"));
            return "redirect:" + back + "#dismiss-error";
        } catch (ConflictException | InvalidPersonnummerException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + back;
    }

    /** Only the worklist's own parameters go back into the redirect. */
    static String back(String query) {
        if (query == null || query.isBlank()) {
            return "";
        }
        MultiValueMap<String, String> params = UriComponentsBuilder.fromUriString("/koordinering" + (query.startsWith("?") ? query : "?" + query))
                .build().getQueryParams();
        MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
        params.forEach((k, values) -> values.forEach(v -> decoded.add(k, v == null ? null
                : java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8))));
        MultiValueMap<String, String> kept = CandidateWorklist.kept(decoded);
        String offset = kept.getFirst("offset");
        return CandidateWorklist.query(kept, offset == null ? null : "offset", offset);
    }
}
