package se.koordinera.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.koordinera.shared.ConflictException;
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.web.SelectedUnit;

/** The plan page of a case: timeline planned against actual, the versions and their comparison, and the form for a new version. */
@Controller
public class PlanPageController {

    static final int STEP_ROWS = 6;
    static final int ACTIVITY_ROWS = 6;
    static final int FOLLOW_UP_ROWS = 4;

    private final PlanService plans;

    private final Clock clock;


    public PlanPageController(PlanService plans, Clock clock) {

        this.clock = clock;
        this.plans = plans;
    }

    @GetMapping("/koordinering/arenden/{id}/plan")
    String page(@SelectedUnit String unit, @PathVariable long id, @RequestParam(required = false) Integer a, @RequestParam(required = false) Integer b, Model model) {
        PlanService.PlanView view = plans.plan(unit, id);
        model.addAttribute("view", view);
        model.addAttribute("p", view.latest());
        if (a != null && b != null) {
            model.addAttribute("comparison", plans.compare(unit, id, a, b));
        }
        model.addAttribute("actors", PlanActor.values());
        model.addAttribute("needActors", List.of(PlanActor.EMPLOYER, PlanActor.FK, PlanActor.AF, PlanActor.MUNICIPALITY));
        model.addAttribute("stepRows", rows(view.latest() == null ? List.of() : view.latest().steps(), STEP_ROWS));
        List<CarePlan.Activity> activities = new ArrayList<>(view.latest() == null ? List.of() : view.latest().activities());
        activities.addAll(view.meetingActionsNotInPlan());
        model.addAttribute("activityRows", rows(activities, ACTIVITY_ROWS));
        model.addAttribute("followUpRows", rows(view.latest() == null ? List.of() : view.latest().followUpDates(), FOLLOW_UP_ROWS));
        model.addAttribute("today", LocalDate.now(clock));
        return "plan/plan";
    }

    @GetMapping("/koordinering/uppfoljning")
    String followUps(@SelectedUnit String unit, Model model) {
        model.addAttribute("list", plans.followUps(unit, LocalDate.now(clock)));
        return "plan/follow-ups";
    }

    @PostMapping("/koordinering/arenden/{id}/plan")
    String save(@SelectedUnit String unit, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            CarePlan p = plans.save(unit, id, PlanRules.parse(body(form), LocalDate.now(clock)));
            redirect.addFlashAttribute("message", "Planen är sparad som version " + p.version() + ".");
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("error", e instanceof InvalidInputException i && !i.errors().isEmpty()
                    ? String.join(" ", i.errors().stream().map(f -> f.field() + ": " + f.message()).toList()) : e.getMessage());
        }
        return "redirect:/koordinering/arenden/" + id + "/plan";
    }

    /** The form as the API's JSON body: empty rows are left out, so UI and API validate alike. */
    static Map<String, Object> body(MultiValueMap<String, String> form) {
        Map<String, Object> body = new HashMap<>();
        String based = first(form, "basedOnVersion");
        try {
            body.put("basedOnVersion", based == null ? null : Integer.valueOf(based));
        } catch (NumberFormatException e) {
            body.put("basedOnVersion", based);
        }
        for (String f : List.of("goals", "patientWords", "collaborationNote", "note")) {
            if (first(form, f) != null) {
                body.put(f, first(form, f));
            }
        }
        List<Map<String, Object>> steps = new ArrayList<>();
        List<String> degrees = form.getOrDefault("stepDegree", List.of());
        List<String> froms = form.getOrDefault("stepFrom", List.of());
        List<String> tos = form.getOrDefault("stepTo", List.of());
        for (int i = 0; i < degrees.size(); i++) {
            String d = blankToNull(degrees.get(i));
            String f = i < froms.size() ? blankToNull(froms.get(i)) : null;
            String t = i < tos.size() ? blankToNull(tos.get(i)) : null;
            if (d != null || f != null || t != null) {
                Map<String, Object> s = new HashMap<>();
                s.put("degree", d);
                s.put("from", f);
                s.put("to", t);
                steps.add(s);
            }
        }
        body.put("steps", steps);
        List<Map<String, Object>> activities = new ArrayList<>();
        List<String> texts = form.getOrDefault("activityText", List.of());
        List<String> actors = form.getOrDefault("activityActor", List.of());
        List<String> dues = form.getOrDefault("activityDue", List.of());
        for (int i = 0; i < texts.size(); i++) {
            String x = blankToNull(texts.get(i));
            String due = i < dues.size() ? blankToNull(dues.get(i)) : null;
            if (x != null || due != null) {
                Map<String, Object> a = new HashMap<>();
                a.put("text", x);
                a.put("actor", i < actors.size() ? blankToNull(actors.get(i)) : null);
                a.put("due", due);
                activities.add(a);
            }
        }
        body.put("activities", activities);
        body.put("collaborationNeeds", new ArrayList<>(form.getOrDefault("collaborationNeeds", List.of())));
        body.put("followUpDates", form.getOrDefault("followUpDates", List.of()).stream().map(PlanPageController::blankToNull)
                .filter(java.util.Objects::nonNull).toList());
        return body;
    }

    private static <T> List<T> rows(List<T> items, int min) {
        List<T> rows = new ArrayList<>(items);
        while (rows.size() < Math.max(min, items.size() + 2)) {
            rows.add(null);
        }
        return rows;
    }

    private static String first(MultiValueMap<String, String> form, String name) {
        return blankToNull(form.getFirst(name));
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    @SuppressWarnings("unused")
    private static String message(FieldProblem p) {
        return p.message();
    }
}
