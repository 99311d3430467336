package se.koordinera.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.Note;
import se.koordinera.shared.RequestBinder;
import se.koordinera.web.SelectedUnit;
import se.koordinera.web.SubmittedForm;

/** The plan page of a case: timeline planned against actual, the versions and their comparison, and the form for a new version. */
@Controller
public class PlanPageController {

    static final int STEP_ROWS = 6;
    static final int ACTIVITY_ROWS = 6;
    static final int FOLLOW_UP_ROWS = 4;

    private final PlanService plans;
    private final RequestBinder binder;
    private final Clock clock;

    public PlanPageController(PlanService plans, RequestBinder binder, Clock clock) {
        this.plans = plans;
        this.binder = binder;
        this.clock = clock;
    }

    /** One row of the plan form as typed (text, so a refused value is shown again as it was). */
    record StepRow(String degree, String from, String to) {
    }

    record ActivityRow(String text, String actor, String due) {
    }

    /** The values of the plan form: the latest version, or what the user typed when a save was refused. */
    record PlanForm(String goals, String patientWords, List<StepRow> steps, List<ActivityRow> activities, List<String> collaborationNeeds,
            String collaborationNote, List<String> followUpDates, String note) {

        static PlanForm of(CarePlan p, List<CarePlan.Activity> meetingActions) {
            List<CarePlan.Activity> activities = new ArrayList<>(p == null ? List.of() : p.activities());
            activities.addAll(meetingActions);
            if (p == null) {
                return new PlanForm(null, null, List.of(), activities.stream().map(PlanForm::row).toList(), List.of(), null, List.of(), null);
            }
            return new PlanForm(p.goals(), p.patientWords(),
                    p.steps().stream().map(s -> new StepRow(String.valueOf(s.degree()), s.from().toString(), s.to().toString())).toList(),
                    activities.stream().map(PlanForm::row).toList(), p.collaborationNeeds().stream().map(Enum::name).toList(),
                    p.collaborationNote(), p.followUpDates().stream().map(LocalDate::toString).toList(), null);
        }

        static PlanForm of(SubmittedForm f) {
            return new PlanForm(f.value("goals"), f.value("patientWords"),
                    f.rows("steps", "degree", "from", "to").stream().map(r -> new StepRow(r.get(0), r.get(1), r.get(2))).toList(),
                    f.rows("activities", "text", "actor", "due").stream().map(r -> new ActivityRow(r.get(0), r.get(1), r.get(2))).toList(),
                    f.all("collaborationNeeds"), f.value("collaborationNote"), f.rows("followUpDates", "").stream().map(r -> r.get(0)).toList(),
                    f.value("note"));
        }

        private static ActivityRow row(CarePlan.Activity a) {
            return new ActivityRow(a.text(), a.actor().name(), a.due().toString());
        }
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
        SubmittedForm submitted = model.getAttribute(SubmittedForm.ATTRIBUTE) instanceof SubmittedForm s && s.form().equals("plan") ? s : null;
        PlanForm f = submitted != null ? PlanForm.of(submitted) : PlanForm.of(view.latest(), view.meetingActionsNotInPlan());
        model.addAttribute("f", f);
        model.addAttribute("errors", submitted == null ? Map.of() : submitted.errors());
        model.addAttribute("stepRows", rows(f.steps(), STEP_ROWS));
        model.addAttribute("activityRows", rows(f.activities(), ACTIVITY_ROWS));
        model.addAttribute("followUpRows", rows(f.followUpDates(), FOLLOW_UP_ROWS));
        model.addAttribute("maxText", Note.MAX);
        model.addAttribute("today", LocalDate.now(clock));
        return "plan/plan";
    }

    @GetMapping("/koordinering/uppfoljning")
    String followUps(@SelectedUnit String unit, @RequestParam(name = "dagar", required = false) Integer days, Model model) {
        int horizon = days != null && FollowUpRules.HORIZONS.contains(days) ? days : FollowUpRules.DEFAULT_HORIZON_DAYS;
        model.addAttribute("list", plans.followUps(unit, LocalDate.now(clock), horizon));
        model.addAttribute("horizons", FollowUpRules.HORIZONS);
        return "plan/follow-ups";
    }

    /** Refused (400 or 409): back to the form with what the user typed and each message next to its field. */
    @PostMapping("/koordinering/arenden/{id}/plan")
    String save(@SelectedUnit String unit, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            CarePlan p = plans.save(unit, id, PlanRules.draft(binder.bindForm(form, PlanRequests.Plan.class), LocalDate.now(clock)));
            redirect.addFlashAttribute("message", "Planen är sparad som version " + p.version() + ".");
        } catch (ConflictException | InvalidInputException e) {
            SubmittedForm.refused(redirect, "plan", form, e);
        }
        return "redirect:/koordinering/arenden/" + id + "/plan";
    }

    private static <T> List<T> rows(List<T> items, int min) {
        List<T> rows = new ArrayList<>(items);
        while (rows.size() < Math.max(min, items.size() + 2)) {
            rows.add(null);
        }
        return rows;
    }
}
