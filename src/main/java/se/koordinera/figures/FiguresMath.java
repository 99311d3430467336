package se.koordinera.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.InvalidInputException;

/** The pure computations behind the figures. */
public final class FiguresMath {

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
            problems.add(new FieldProblem("from", "Från månad får inte ligga efter till månad"));
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
            problems.add(new FieldProblem(field, ("from".equals(field) ? "Från månad" : "Till månad") + " ska vara en månad ÅÅÅÅ-MM"));
            return dflt;
        }
    }

    /** The median, the mean of the two middle values for an even count; null for none. */
    /** A figure in Swedish: decimal comma, a space between thousands, no ".0" on a whole number; "–" for none. */
    public static String swedish(Number value) {
        if (value == null) {
            return "–";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("sv-SE"));
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    public static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? (double) s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    }
}
