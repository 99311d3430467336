package se.koordinera.coordination;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.InvalidInputException;

/**
 * Reads a JSON request body of the coordination API field by field, collecting every problem
 * before failing with one 400 that names them all. Unknown fields are refused, and a diagnosis
 * in any form is refused with an explanation (R6: coordination carries no diagnosis).
 */
public final class Input {

    private static final Set<String> DIAGNOSIS_FIELDS = Set.of("diagnosis", "diagnoses", "diagnosiscode", "diagnosistext",
            "secondarydiagnoses", "icd10", "icd", "diagnos", "diagnoskod");
    /** An ICD-10 code with its decimal part, e.g. F43.8 or M54.5A. */
    private static final Pattern ICD10_CODE = Pattern.compile("\\b[A-Z][0-9]{2}\\.[0-9][0-9A-Z]?\\b");
    public static final int MAX_TEXT = 4000;

    private final Map<String, Object> body;
    private final List<FieldProblem> problems = new ArrayList<>();

    private Input(Map<String, Object> body, Set<String> allowed) {
        this.body = body == null ? Map.of() : body;
        for (String key : this.body.keySet()) {
            if (DIAGNOSIS_FIELDS.contains(key.toLowerCase(Locale.ROOT))) {
                problem(key, "Koordinering dokumenteras utan diagnos: fältet " + key + " är inte tillåtet (R6)");
            } else if (!allowed.contains(key)) {
                problem(key, "Okänt fält " + key + " (tillåtna: " + allowed.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    public static Input of(Map<String, Object> body, String... allowed) {
        return new Input(body, Set.of(allowed));
    }

    public boolean has(String field) {
        return body.get(field) != null;
    }

    public String text(String field, boolean required) {
        Object v = body.get(field);
        if (v == null || (v instanceof String s && s.isBlank())) {
            if (required) {
                problem(field, "Fältet " + field + " måste fyllas i");
            }
            return null;
        }
        if (!(v instanceof String s)) {
            problem(field, "Fältet " + field + " ska vara text");
            return null;
        }
        String t = s.strip();
        if (t.length() > MAX_TEXT) {
            problem(field, "Fältet " + field + " får vara högst " + MAX_TEXT + " tecken");
            return null;
        }
        return t;
    }

    /** Free text of a coordination journal entry: no diagnosis codes (R6, R15). */
    public String note(String field, boolean required) {
        String t = text(field, required);
        if (t != null && ICD10_CODE.matcher(t).find()) {
            problem(field, "Texten ser ut att innehålla en diagnoskod. Koordinering dokumenteras utan diagnos (R6).");
            return null;
        }
        return t;
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
        Object v = body.get(field);
        if (v == null || (v instanceof String s && s.isBlank())) {
            if (required) {
                problem(field, "Fältet " + field + " måste anges (" + names(type) + ")");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, String.valueOf(v));
        } catch (IllegalArgumentException e) {
            problem(field, "Okänt värde " + v + " för " + field + " (tillåtna: " + names(type) + ")");
            return null;
        }
    }

    public LocalDate date(String field, boolean required, LocalDate notAfter) {
        String t = text(field, required);
        if (t == null) {
            return null;
        }
        try {
            LocalDate d = se.koordinera.shared.SaneDates.parse(t);
            if (!se.koordinera.shared.SaneDates.isSane(d)) {
                problem(field, se.koordinera.shared.SaneDates.outOfRange("Datumet"));
                return null;
            }
            if (notAfter != null && d.isAfter(notAfter)) {
                problem(field, "Datumet " + field + " får inte ligga i framtiden");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problem(field, "Fältet " + field + " ska vara ett datum ÅÅÅÅ-MM-DD");
            return null;
        }
    }

    public Boolean bool(String field, boolean required) {
        Object v = body.get(field);
        if (v == null) {
            if (required) {
                problem(field, "Fältet " + field + " måste anges (true eller false)");
            }
            return null;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        problem(field, "Fältet " + field + " ska vara true eller false");
        return null;
    }

    public Integer integer(String field, boolean required, int min, int max) {
        Object v = body.get(field);
        if (v == null) {
            if (required) {
                problem(field, "Fältet " + field + " måste anges");
            }
            return null;
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.longValue() >= min && n.longValue() <= max) {
            return n.intValue();
        }
        problem(field, "Fältet " + field + " ska vara ett heltal mellan " + min + " och " + max);
        return null;
    }

    public void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public void failIfProblems() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException("En eller flera fält är ogiltiga", problems);
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
