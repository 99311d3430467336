package se.koordinera.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.koordinera.access.CurrentUser;
import se.koordinera.shared.ConflictException;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.web.SelectedUnit;

/** The page for the patient agreement and the meetings of a case, with the PDF and .ics downloads. */
@Controller
public class MeetingPageController {

    private final MeetingService meetings;
    private final CurrentUser currentUser;

    private final Clock clock;


    public MeetingPageController(MeetingService meetings, CurrentUser currentUser, Clock clock) {

        this.clock = clock;
        this.meetings = meetings;
        this.currentUser = currentUser;
    }

    @GetMapping("/koordinering/arenden/{id}/moten")
    String page(@SelectedUnit String unit, @PathVariable long id, Model model) {
        MeetingService.Agreements agreements = meetings.agreements(unit, id);
        model.addAttribute("caseId", id);
        model.addAttribute("agreements", agreements);
        model.addAttribute("a", agreements.latest());
        model.addAttribute("actionRows", rows(agreements.latest() == null ? List.of() : agreements.latest().actions(), 4));
        model.addAttribute("meetings", meetings.meetings(unit, id).items());
        model.addAttribute("actors", PlanActor.values());
        model.addAttribute("kinds", Meeting.Kind.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("user", currentUser.get());
        return "plan/meetings";
    }

    @PostMapping("/koordinering/arenden/{id}/moten/{action}")
    String act(@SelectedUnit String unit, @PathVariable long id, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        try {
            String message = switch (action) {
                case "overenskommelse" -> {
                    Map<String, Object> b = fields(form, "expectations", "worries", "agreed", "contactPerson", "contactPhone", "nextContact");
                    b.put("basedOnVersion", integer(form.getFirst("basedOnVersion")));
                    b.put("actions", actions(form, "actionText", "actionActor", "actionDue"));
                    Agreement a = meetings.saveAgreement(unit, id, AgreementRules.parse(b));
                    yield "Överenskommelsen är sparad som version " + a.version() + ".";
                }
                case "boka" -> {
                    Map<String, Object> b = fields(form, "kind", "date", "time", "location", "videoLink", "agenda");
                    b.put("durationMinutes", integer(form.getFirst("durationMinutes")));
                    if (form.getFirst("video") != null) {
                        b.put("video", true);
                    }
                    List<Map<String, Object>> participants = new ArrayList<>();
                    participants.add(Map.of("actor", "PATIENT"));
                    for (String a : form.getOrDefault("participant", List.of())) {
                        String name = blank(form.getFirst("participantName-" + a));
                        Map<String, Object> p = new HashMap<>();
                        p.put("actor", a);
                        p.put("name", name);
                        participants.add(p);
                    }
                    b.put("participants", participants);
                    meetings.book(unit, id, MeetingRules.parseBooking(b));
                    yield "Mötet är bokat. Ladda ner kallelsen (.ics) och skicka den till deltagarna.";
                }
                default -> throw new se.koordinera.shared.NotFoundException("Okänd åtgärd");
            };
            redirect.addFlashAttribute("message", message);
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("error", message(e));
        }
        return "redirect:/koordinering/arenden/" + id + "/moten";
    }

    @PostMapping("/koordinering/arenden/{id}/moten/{meetingId}/anteckningar")
    String minutes(@SelectedUnit String unit, @PathVariable long id, @PathVariable long meetingId, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        try {
            Map<String, Object> b = fields(form, "minutes");
            b.put("agreedActions", actions(form, "actionText", "actionActor", "actionDue"));
            meetings.recordMinutes(unit, meetingId, MeetingRules.parseMinutes(b));
            redirect.addFlashAttribute("message", "Anteckningarna är sparade. Mötet är registrerat som koordineringsinsats (KVÅ GC001).");
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("error", message(e));
        }
        return "redirect:/koordinering/arenden/" + id + "/moten";
    }

    @GetMapping("/koordinering/arenden/{id}/overenskommelse.pdf")
    ResponseEntity<byte[]> pdf(@SelectedUnit String unit, @PathVariable long id, @RequestParam(required = false) Integer version) {
        return MeetingApiController.download(meetings.agreementPdf(unit, id, version), true);
    }

    @GetMapping("/koordinering/moten/{meetingId}/kallelse.ics")
    ResponseEntity<byte[]> ics(@SelectedUnit String unit, @PathVariable long meetingId) {
        return MeetingApiController.download(meetings.invitation(unit, meetingId), true);
    }

    private static List<Map<String, Object>> actions(MultiValueMap<String, String> form, String textField, String actorField, String dueField) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<String> texts = form.getOrDefault(textField, List.of());
        List<String> actors = form.getOrDefault(actorField, List.of());
        List<String> dues = form.getOrDefault(dueField, List.of());
        for (int i = 0; i < texts.size(); i++) {
            String t = blank(texts.get(i));
            String d = i < dues.size() ? blank(dues.get(i)) : null;
            if (t != null || d != null) {
                Map<String, Object> a = new HashMap<>();
                a.put("text", t);
                a.put("actor", i < actors.size() ? blank(actors.get(i)) : null);
                a.put("due", d);
                out.add(a);
            }
        }
        return out;
    }

    private static Map<String, Object> fields(MultiValueMap<String, String> form, String... names) {
        Map<String, Object> b = new HashMap<>();
        for (String n : names) {
            String v = blank(form.getFirst(n));
            if (v != null) {
                b.put(n, v);
            }
        }
        return b;
    }

    private static Object integer(String v) {
        if (blank(v) == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static <T> List<T> rows(List<T> items, int min) {
        List<T> rows = new ArrayList<>(items);
        while (rows.size() < Math.max(min, items.size() + 1)) {
            rows.add(null);
        }
        return rows;
    }

    private static String message(RuntimeException e) {
        if (e instanceof InvalidInputException i && !i.errors().isEmpty()) {
            return String.join(" ", i.errors().stream().map(f -> f.message()).toList());
        }
        return e.getMessage();
    }
}
