package se.koordinera.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.sickleave.engine.Period;

/**
 * The pure rules of the care plan: a validated request as a new version, the next follow-up
 * date (R16), the deviation of the actual certificates from the planned sick leave, and the
 * comparison of two versions.
 */
public final class PlanRules {

    private PlanRules() {
    }

    /** A new version as the user wrote it; {@code basedOnVersion} is the version it was edited from (0 for the first). */
    public record Draft(int basedOnVersion, String goals, String patientWords, List<CarePlan.Step> steps, List<CarePlan.Activity> activities,
            List<PlanActor> collaborationNeeds, String collaborationNote, List<LocalDate> followUpDates, String note) {
    }

    /**
     * A bound and validated plan as a new version: steps in order, follow-up dates sorted without
     * duplicates. R16: at least one follow-up from today on (the rule that needs today's date).
     */
    public static Draft draft(PlanRequests.Plan plan, LocalDate today) {
        TreeSet<LocalDate> followUps = new TreeSet<>(plan.followUpDates());
        if (nextFollowUp(followUps, today) == null) {
            throw new InvalidInputException("En eller flera uppgifter behöver rättas",
                    List.of(new FieldProblem("followUpDates", "Ange minst ett uppföljningsdatum från och med i dag")));
        }
        List<CarePlan.Step> steps = plan.steps().stream().map(PlanRequests.Step::toStep).sorted(Comparator.comparing(CarePlan.Step::from))
                .toList();
        return new Draft(plan.basedOnVersion(), plan.goals(), plan.patientWords(), steps, PlanRequests.Activity.all(plan.activities()),
                plan.collaborationNeeds().stream().distinct().toList(), plan.collaborationNote(), List.copyOf(followUps), plan.note());
    }

    /** R16: the first planned follow-up on or after {@code today}, or null. */
    public static LocalDate nextFollowUp(Collection<LocalDate> dates, LocalDate today) {
        return dates.stream().filter(d -> !d.isBefore(today)).min(Comparator.naturalOrder()).orElse(null);
    }

    /** A stretch of days where the certificates' degree differs from the planned one (0 = no sick leave). */
    public record Deviation(LocalDate from, LocalDate to, int planned, int actual) {
    }

    /**
     * Day by day over the planned steps: where the actual degree (the highest degree of the
     * certificate periods covering the day, 0 when none) differs from the plan. Consecutive days
     * with the same planned and actual degree make one deviation.
     */
    public static List<Deviation> deviations(List<CarePlan.Step> planned, List<Period> actual) {
        List<Deviation> result = new ArrayList<>();
        for (CarePlan.Step step : planned.stream().sorted(Comparator.comparing(CarePlan.Step::from)).toList()) {
            LocalDate start = null;
            int current = -1;
            for (LocalDate d = step.from(); !d.isAfter(step.to()); d = d.plusDays(1)) {
                int a = actualDegree(actual, d);
                if (a != current) {
                    if (start != null && current != step.degree()) {
                        result.add(new Deviation(start, d.minusDays(1), step.degree(), current));
                    }
                    start = d;
                    current = a;
                }
            }
            if (start != null && current != step.degree()) {
                result.add(new Deviation(start, step.to(), step.degree(), current));
            }
        }
        return result;
    }

    static int actualDegree(List<Period> periods, LocalDate d) {
        return periods.stream().filter(p -> !d.isBefore(p.from()) && !d.isAfter(p.to())).mapToInt(Period::degree).max().orElse(0);
    }

    /** One bar of the timeline, placed in percent of the shown range. */
    public record Bar(String kind, int degree, LocalDate from, LocalDate to, double left, double width) {
    }

    public record Timeline(LocalDate from, LocalDate to, List<Bar> planned, List<Bar> actual) {
    }

    public static Timeline timeline(List<CarePlan.Step> planned, List<Period> actual) {
        List<LocalDate> all = new ArrayList<>();
        planned.forEach(s -> {
            all.add(s.from());
            all.add(s.to());
        });
        actual.forEach(p -> {
            all.add(p.from());
            all.add(p.to());
        });
        if (all.isEmpty()) {
            return new Timeline(null, null, List.of(), List.of());
        }
        LocalDate from = all.stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = all.stream().max(Comparator.naturalOrder()).orElseThrow();
        double total = ChronoUnit.DAYS.between(from, to) + 1;
        List<Bar> p = planned.stream().map(s -> bar("planned", s.degree(), s.from(), s.to(), from, total)).toList();
        List<Bar> a = actual.stream().sorted(Comparator.comparing(Period::from)).map(s -> bar("actual", s.degree(), s.from(), s.to(), from, total))
                .toList();
        return new Timeline(from, to, p, a);
    }

    private static Bar bar(String kind, int degree, LocalDate f, LocalDate t, LocalDate start, double total) {
        double left = ChronoUnit.DAYS.between(start, f) * 100.0 / total;
        double width = (ChronoUnit.DAYS.between(f, t) + 1) * 100.0 / total;
        return new Bar(kind, degree, f, t, Math.round(left * 10) / 10.0, Math.round(width * 10) / 10.0);
    }

    /** A field that differs between two versions, as text. */
    public record Difference(String field, String label, String a, String b) {
    }

    public static List<Difference> compare(CarePlan a, CarePlan b) {
        List<Difference> d = new ArrayList<>();
        diff(d, "goals", "Mål", a.goals(), b.goals());
        diff(d, "patientWords", "Patientens egna ord", a.patientWords(), b.patientWords());
        diff(d, "steps", "Planerad sjukskrivning", steps(a.steps()), steps(b.steps()));
        diff(d, "activities", "Aktiviteter", activities(a.activities()), activities(b.activities()));
        diff(d, "collaborationNeeds", "Samverkansbehov",
                String.join(", ", a.collaborationNeeds().stream().map(PlanActor::label).toList()),
                String.join(", ", b.collaborationNeeds().stream().map(PlanActor::label).toList()));
        diff(d, "collaborationNote", "Samverkan, beskrivning", a.collaborationNote(), b.collaborationNote());
        diff(d, "followUpDates", "Uppföljningsdatum", String.join(", ", a.followUpDates().stream().map(LocalDate::toString).toList()),
                String.join(", ", b.followUpDates().stream().map(LocalDate::toString).toList()));
        diff(d, "note", "Anteckning", a.note(), b.note());
        return d;
    }

    static String steps(List<CarePlan.Step> steps) {
        return String.join("; ", steps.stream().map(s -> s.degree() + " % " + s.from() + " – " + s.to()).toList());
    }

    static String activities(List<CarePlan.Activity> activities) {
        return String.join("; ", activities.stream().map(a -> a.actor().label() + ": " + a.text() + " (senast " + a.due() + ")").toList());
    }

    private static void diff(List<Difference> d, String field, String label, String a, String b) {
        String x = a == null ? "" : a;
        String y = b == null ? "" : b;
        if (!Objects.equals(x, y)) {
            d.add(new Difference(field, label, x, y));
        }
    }
}
