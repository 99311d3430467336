package se.koordinera.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import se.koordinera.coordination.Input;
import se.koordinera.sickleave.engine.Period;

/**
 * The pure rules of the care plan: reading and validating a new version, the next follow-up
 * date (R16), the deviation of the actual certificates from the planned sick leave, and the
 * comparison of two versions.
 */
public final class PlanRules {

    static final Set<Integer> DEGREES = Set.of(25, 50, 75, 100);
    static final int MAX_ITEMS = 30;

    private PlanRules() {
    }

    /** A new version as the user wrote it; {@code basedOnVersion} is the version it was edited from (0 for the first). */
    public record Draft(int basedOnVersion, String goals, String patientWords, List<CarePlan.Step> steps, List<CarePlan.Activity> activities,
            List<PlanActor> collaborationNeeds, String collaborationNote, List<LocalDate> followUpDates, String note) {
    }

    public static Draft parse(Map<String, Object> body, LocalDate today) {
        Map<String, Object> b = body == null ? Map.of() : body;
        Input in = Input.of(b, "basedOnVersion", "goals", "patientWords", "steps", "activities", "collaborationNeeds",
                "collaborationNote", "followUpDates", "note");
        Integer based = in.integer("basedOnVersion", true, 0, Integer.MAX_VALUE);
        String goals = in.note("goals", true);
        String words = in.note("patientWords", false);
        String collaborationNote = in.note("collaborationNote", false);
        String note = in.note("note", false);
        List<CarePlan.Step> steps = new ArrayList<>();
        List<Map<String, Object>> rawSteps = list(in, b, "steps");
        for (int i = 0; i < rawSteps.size(); i++) {
            Map<String, Object> s = rawSteps.get(i);
            String f = "steps[" + i + "]";
            Integer degree = s.get("degree") instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) ? n.intValue()
                    : s.get("degree") instanceof String t && t.matches("\\d{1,3}") ? Integer.valueOf(t) : null;
            if (degree == null || !DEGREES.contains(degree)) {
                in.problem(f + ".degree", "Sjukskrivningsgraden ska vara 25, 50, 75 eller 100 procent");
            }
            LocalDate from = date(in, s.get("from"), f + ".from", true);
            LocalDate to = date(in, s.get("to"), f + ".to", true);
            if (from != null && to != null && to.isBefore(from)) {
                in.problem(f + ".to", "Steget slutar före det börjar");
            } else if (degree != null && DEGREES.contains(degree) && from != null && to != null) {
                steps.add(new CarePlan.Step(degree, from, to));
            }
        }
        steps.sort(Comparator.comparing(CarePlan.Step::from));
        for (int i = 1; i < steps.size(); i++) {
            if (!steps.get(i).from().isAfter(steps.get(i - 1).to())) {
                in.problem("steps", "Stegen i den planerade sjukskrivningen får inte överlappa (" + steps.get(i - 1).from() + " – "
                        + steps.get(i - 1).to() + " och " + steps.get(i).from() + " – " + steps.get(i).to() + ")");
            }
        }
        List<CarePlan.Activity> activities = actions(in, b, "activities");
        List<PlanActor> needs = new ArrayList<>();
        for (Object o : rawList(in, b, "collaborationNeeds")) {
            try {
                PlanActor a = PlanActor.valueOf(String.valueOf(o));
                if (a == PlanActor.PATIENT || a == PlanActor.CARE) {
                    throw new IllegalArgumentException();
                }
                if (!needs.contains(a)) {
                    needs.add(a);
                }
            } catch (IllegalArgumentException e) {
                in.problem("collaborationNeeds", "Okänt samverkansbehov " + o + " (tillåtna: EMPLOYER, FK, AF, MUNICIPALITY)");
            }
        }
        TreeSet<LocalDate> followUps = new TreeSet<>();
        List<Object> rawDates = rawList(in, b, "followUpDates");
        for (int i = 0; i < rawDates.size(); i++) {
            LocalDate d = date(in, rawDates.get(i), "followUpDates[" + i + "]", true);
            if (d != null) {
                followUps.add(d);
            }
        }
        if (in.ok() && nextFollowUp(followUps, today) == null) {
            in.problem("followUpDates", "Planen ska ha minst ett uppföljningsdatum från och med i dag (R16)");
        }
        in.failIfProblems();
        return new Draft(based, goals, words, List.copyOf(steps), List.copyOf(activities), List.copyOf(needs), collaborationNote,
                List.copyOf(followUps), note);
    }

    /** A list of who does what by when, each row checked, problems named as {@code field[i].text} etc. */
    public static List<CarePlan.Activity> actions(Input in, Map<String, Object> b, String field) {
        List<CarePlan.Activity> activities = new ArrayList<>();
        List<Map<String, Object>> raw = list(in, b, field);
        for (int i = 0; i < raw.size(); i++) {
            Map<String, Object> a = raw.get(i);
            String f = field + "[" + i + "]";
            Input ai = Input.of(a, "text", "actor", "due");
            String text = ai.note("text", true);
            PlanActor actor = ai.enumValue("actor", PlanActor.class, true);
            LocalDate due = ai.date("due", true, null);
            try {
                ai.failIfProblems();
                activities.add(new CarePlan.Activity(text, actor, due));
            } catch (se.koordinera.shared.InvalidInputException e) {
                e.errors().forEach(p -> in.problem(f + "." + p.field(), p.message()));
            }
        }
        return List.copyOf(activities);
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

    static LocalDate date(Input in, Object v, String field, boolean required) {
        if (v == null || (v instanceof String s && s.isBlank())) {
            if (required) {
                in.problem(field, "Datum saknas (" + field + ")");
            }
            return null;
        }
        try {
            LocalDate d = se.koordinera.shared.SaneDates.parse(String.valueOf(v).strip());
            if (!se.koordinera.shared.SaneDates.isSane(d)) {
                in.problem(field, se.koordinera.shared.SaneDates.outOfRange("Datumet"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            in.problem(field, "Fältet " + field + " ska vara ett datum ÅÅÅÅ-MM-DD");
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Input in, Map<String, Object> body, String field) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : rawList(in, body, field)) {
            if (o instanceof Map<?, ?> m) {
                out.add((Map<String, Object>) m);
            } else {
                in.problem(field, "Fältet " + field + " ska vara en lista av objekt");
                return List.of();
            }
        }
        return out;
    }

    private static List<Object> rawList(Input in, Map<String, Object> body, String field) {
        Object v = body.get(field);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            if (l.size() > MAX_ITEMS) {
                in.problem(field, "Högst " + MAX_ITEMS + " rader i " + field);
                return List.of();
            }
            return new ArrayList<>(l);
        }
        in.problem(field, "Fältet " + field + " ska vara en lista");
        return List.of();
    }
}
