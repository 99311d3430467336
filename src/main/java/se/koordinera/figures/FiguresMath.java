package se.koordinera.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.koordinera.sickleave.engine.Period;
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.InvalidInputException;

/** The pure computations behind the figures. */
public final class FiguresMath {

    /** Default gap (days) between certificate periods that still makes one sick-leave case (DOMAIN.md). */
    public static final int MAX_GAP_DAYS = 5;
    public static final int MAX_MONTHS = 60;

    private FiguresMath() {
    }

    public record Range(YearMonth from, YearMonth to) {
        public List<YearMonth> months() {
            List<YearMonth> m = new ArrayList<>();
            for (YearMonth x = from; !x.isAfter(to); x = x.plusMonths(1)) {
                m.add(x);
            }
            return m;
        }
    }

    /** {@code from}/{@code to} as YYYY-MM; both default to the last twelve months up to {@code current}. */
    public static Range range(String from, String to, YearMonth current) {
        List<FieldProblem> problems = new ArrayList<>();
        YearMonth f = month(from, "from", current.minusMonths(11), problems);
        YearMonth t = month(to, "to", current, problems);
        if (problems.isEmpty() && f.isAfter(t)) {
            problems.add(new FieldProblem("from", "from får inte ligga efter to"));
        } else if (problems.isEmpty() && ChronoUnit.MONTHS.between(f, t) >= MAX_MONTHS) {
            problems.add(new FieldProblem("to", "Högst " + MAX_MONTHS + " månader åt gången"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Ogiltig period", problems);
        }
        return new Range(f, t);
    }

    private static YearMonth month(String v, String field, YearMonth dflt, List<FieldProblem> problems) {
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            if (!v.strip().matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("format", v, 0);
            }
            return YearMonth.parse(v.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Fältet " + field + " ska vara en månad ÅÅÅÅ-MM"));
            return dflt;
        }
    }

    /**
     * The first day of the patient's sick-leave case at {@code date}: periods are merged when the
     * gap between one's end and the next start is at most {@code maxGap} days; the case covering
     * the date, else the last one that ended before it. Null when no sick leave started on or before the date.
     */
    public static LocalDate sickLeaveStart(List<Period> periods, LocalDate date, int maxGap) {
        List<Period> sorted = periods.stream().filter(p -> !p.from().isAfter(date)).sorted(Comparator.comparing(Period::from)).toList();
        LocalDate start = null;
        LocalDate end = null;
        for (Period p : sorted) {
            if (start == null || ChronoUnit.DAYS.between(end, p.from()) - 1 > maxGap) {
                start = p.from();
                end = p.to();
            } else if (p.to().isAfter(end)) {
                end = p.to();
            }
        }
        return start;
    }

    /** The median, the mean of the two middle values for an even count; null for none. */
    public static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? (double) s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    }
}
