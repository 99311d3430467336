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

    /** A date mark under the timeline, placed in percent of the shown range. */
    public record Tick(double left, String label) {
    }

    public record Timeline(LocalDate from, LocalDate to, List<Bar> planned, List<Bar> actual, List<Tick> ticks) {
    }

    /** At most this many date marks: a label is a date of 10 characters and the lane is about 900 px wide at 1 366 px. */
    static final int MAX_TICKS = 7;

    /**
     * The range shown: the plan's steps with a margin on each side (a fifth of the planned span,
     * at least a week), so that six planned weeks fill the lane instead of being a sliver of a
     * long sick leave (issue 12); certificate periods are cut at its edges. Without planned steps,
     * the certificates' whole span.
     */
    public static Timeline timeline(List<CarePlan.Step> planned, List<Period> actual) {
        List<LocalDate> all = new ArrayList<>();
        (planned.isEmpty() ? actual.stream().flatMap(p -> java.util.stream.Stream.of(p.from(), p.to()))
                : planned.stream().flatMap(p -> java.util.stream.Stream.of(p.from(), p.to()))).forEach(all::add);
        if (all.isEmpty()) {
            return new Timeline(null, null, List.of(), List.of(), List.of());
        }
        LocalDate first = all.stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = all.stream().max(Comparator.naturalOrder()).orElseThrow();
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        long margin = planned.isEmpty() ? 0 : Math.max(7, span / 5);
        LocalDate from = first.minusDays(margin);
        LocalDate to = last.plusDays(margin);
        double total = ChronoUnit.DAYS.between(from, to) + 1;
        List<Bar> p = planned.stream().map(x -> bar("planned", x.degree(), x.from(), x.to(), from, to, total)).filter(Objects::nonNull).toList();
        List<Bar> a = actual.stream().sorted(Comparator.comparing(Period::from))
                .map(x -> bar("actual", x.degree(), x.from(), x.to(), from, to, total)).filter(Objects::nonNull).toList();
        return new Timeline(from, to, p, a, ticks(from, to, total));
    }

    /** Evenly spaced whole-day marks, never more than {@link #MAX_TICKS}, so that the labels do not overlap. */
    static List<Tick> ticks(LocalDate from, LocalDate to, double total) {
        long days = ChronoUnit.DAYS.between(from, to);
        int count = (int) Math.min(MAX_TICKS, Math.max(2, days / 7 + 1));
        List<Tick> ticks = new ArrayList<>();
        LocalDate previous = null;
        for (int i = 0; i < count; i++) {
            LocalDate d = from.plusDays(Math.round((double) days * i / (count - 1)));
            if (!d.equals(previous)) {
                ticks.add(new Tick(Math.round(ChronoUnit.DAYS.between(from, d) * 1000.0 / total) / 10.0, d.toString()));
                previous = d;
            }
        }
        return ticks;
    }

    /** A bar cut at the shown range; null when it lies wholly outside. The title keeps the real dates. */
    private static Bar bar(String kind, int degree, LocalDate f, LocalDate t, LocalDate start, LocalDate end, double total) {
        if (t.isBefore(start) || f.isAfter(end)) {
            return null;
        }
        LocalDate cf = f.isBefore(start) ? start : f;
        LocalDate ct = t.isAfter(end) ? end : t;
        double left = ChronoUnit.DAYS.between(start, cf) * 100.0 / total;
        double width = (ChronoUnit.DAYS.between(cf, ct) + 1) * 100.0 / total;
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
