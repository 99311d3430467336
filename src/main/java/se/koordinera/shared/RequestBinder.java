package se.koordinera.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Binds a request body (JSON read as a map) or a browser form to a typed request record and
 * validates it, so that the API and the pages apply the same rules and messages. Unlike plain
 * data binding it names <em>every</em> bad field in one answer: a value of the wrong type, an
 * unknown field, a Bean Validation constraint of the record and the record's own cross-field
 * rules ({@link CrossFieldRules}) are all collected before one {@link InvalidInputException}.
 */
@Component
public class RequestBinder {

    /** A request record's rules that involve several fields; checked once every field has the right type. */
    public interface CrossFieldRules {
        List<FieldProblem> problems();
    }

    private static final Pattern INDEXED = Pattern.compile("([^\\[.]+)(?:\\[(\\d+)])?");

    private final Validator validator;

    public RequestBinder(Validator validator) {
        this.validator = validator;
    }

    /** A JSON body: {@code null} (no body) binds as an empty object. */
    public <T extends Record> T bind(Map<String, ?> body, Class<T> type) {
        List<FieldProblem> problems = new ArrayList<>();
        T value = convertRecord(body == null ? Map.of() : body, type, "", problems);
        return validated(value, problems);
    }

    /**
     * A browser form: repeated names become lists, {@code steps[0].from} nested lists of records;
     * empty inputs count as not given. Fields the form carries for the page itself (e.g. the CSRF
     * token) are ignored.
     */
    public <T extends Record> T bindForm(MultiValueMap<String, String> form, Class<T> type) {
        Map<String, Object> body = new LinkedHashMap<>();
        Set<String> known = componentNames(type);
        form.forEach((name, values) -> {
            String root = name.contains("[") ? name.substring(0, name.indexOf('[')) : name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            if (known.contains(root)) {
                put(body, name, values);
            }
        });
        List<FieldProblem> problems = new ArrayList<>();
        T value = convertRecord(body, type, "", problems, true);
        return validated(value, problems);
    }

    private <T extends Record> T validated(T value, List<FieldProblem> problems) {
        if (value != null) {
            Set<String> bad = new HashSet<>();
            problems.forEach(p -> bad.add(p.field()));
            for (ConstraintViolation<T> v : validator.validate(value)) {
                String field = v.getPropertyPath().toString();
                if (bad.add(field)) {
                    problems.add(new FieldProblem(field, v.getMessage()));
                }
            }
            if (problems.isEmpty() && value instanceof CrossFieldRules rules) {
                problems.addAll(rules.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("En eller flera uppgifter behöver rättas", problems);
        }
        return value;
    }

    private <T extends Record> T convertRecord(Map<String, ?> body, Class<T> type, String prefix, List<FieldProblem> problems) {
        return convertRecord(body, type, prefix, problems, false);
    }

    private <T extends Record> T convertRecord(Map<String, ?> body, Class<T> type, String prefix, List<FieldProblem> problems,
            boolean form) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> names = componentNames(type);
        for (String key : body.keySet()) {
            if (!names.contains(key)) {
                problems.add(new FieldProblem(prefix + key, NoDiagnosis.Rule.isDiagnosisField(key) ? NoDiagnosis.FIELD_MESSAGE
                        : "Okänd uppgift: den här uppgiften kan inte anges här"));
            }
        }
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            args[i] = convert(body.get(c.getName()), c.getGenericType(), prefix + c.getName(), problems, form);
        }
        // Constructed even with bad fields (as null), so that Bean Validation can name the other fields too.
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                problems.addAll(invalid.errors());
                return null;
            }
            throw new IllegalStateException("Cannot construct " + type, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + type, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object convert(Object value, Type type, String field, List<FieldProblem> problems, boolean form) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (value == null || (value instanceof String s && s.isBlank() && raw != String.class)) {
            return null;
        }
        if (List.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<?> items;
            if (value instanceof List<?> l) {
                items = l;
            } else if (value instanceof Map<?, ?> m && form) {
                items = new ArrayList<>(new TreeMap<>((Map<Integer, Object>) m).values());
            } else if (form) {
                items = List.of(value);
            } else {
                problems.add(new FieldProblem(field, "Ska vara en lista"));
                return null;
            }
            List<Object> out = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                if (form && item instanceof String s && s.isBlank()) {
                    continue;
                }
                if (form && item instanceof Map<?, ?> m && m.values().stream().allMatch(v -> v == null || v.toString().isBlank())) {
                    continue; // an empty row of a form table
                }
                out.add(convert(item, element, field + "[" + out.size() + "]", problems, form));
            }
            return out;
        }
        if (raw.isRecord()) {
            if (!(value instanceof Map<?, ?> m)) {
                problems.add(new FieldProblem(field, "Ska vara ett objekt med uppgifter"));
                return null;
            }
            return convertRecord((Map<String, ?>) m, (Class<? extends Record>) raw, field + ".", problems, form);
        }
        if (form && value instanceof List<?> l) {
            value = l.isEmpty() ? null : l.get(l.size() - 1);
            if (value == null) {
                return null;
            }
        }
        if (raw == String.class) {
            if (!(value instanceof String s)) {
                problems.add(new FieldProblem(field, "Ska vara text"));
                return null;
            }
            String t = s.strip();
            return t.isEmpty() ? null : t;
        }
        if (raw.isEnum()) {
            try {
                return Enum.valueOf((Class<Enum>) raw, String.valueOf(value));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(field, "Okänt värde: välj ett av alternativen"));
                return null;
            }
        }
        if (raw == LocalDate.class) {
            try {
                LocalDate date = SaneDates.parse(String.valueOf(value).strip());
                if (!SaneDates.isSane(date)) {
                    problems.add(new FieldProblem(field, SaneDates.outOfRange("Datumet")));
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field, "Ange ett datum som ÅÅÅÅ-MM-DD"));
                return null;
            }
        }
        if (raw == LocalTime.class) {
            try {
                return LocalTime.parse(String.valueOf(value).strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field, "Ange en tid som TT:MM"));
                return null;
            }
        }
        if (raw == Integer.class || raw == Long.class) {
            Long n = integral(value);
            if (n == null || (raw == Integer.class && (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE))) {
                problems.add(new FieldProblem(field, "Ange ett heltal"));
                return null;
            }
            return raw == Integer.class ? (Object) n.intValue() : n;
        }
        if (raw == Boolean.class) {
            if (value instanceof Boolean b) {
                return b;
            }
            if (form && value instanceof String s) {
                String v = s.toLowerCase(Locale.ROOT);
                if (v.equals("true") || v.equals("on") || v.equals("ja")) {
                    return true;
                }
                if (v.equals("false") || v.equals("nej")) {
                    return false;
                }
            }
            problems.add(new FieldProblem(field, "Ange ja eller nej"));
            return null;
        }
        throw new IllegalStateException("Unsupported request field type " + type + " of " + field);
    }

    private static Long integral(Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && !Double.isInfinite(d) ? n.longValue() : null;
        }
        if (value instanceof String s && s.strip().matches("-?[0-9]{1,18}")) {
            return Long.parseLong(s.strip());
        }
        return null;
    }

    private static Set<String> componentNames(Class<?> type) {
        Set<String> names = new HashSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            names.add(c.getName());
        }
        return names;
    }

    /** Puts a form value under its (possibly indexed, dotted) name: {@code steps[1].from} -> steps: {1: {from: ...}}. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, String name, List<String> values) {
        Map<String, Object> node = body;
        String[] parts = name.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            Matcher m = INDEXED.matcher(parts[i]);
            if (!m.matches()) {
                return;
            }
            boolean last = i == parts.length - 1;
            String key = m.group(1);
            if (m.group(2) == null) {
                if (last) {
                    node.put(key, values.size() == 1 ? values.get(0) : values);
                } else {
                    node = (Map<String, Object>) node.computeIfAbsent(key, k -> new LinkedHashMap<>());
                }
            } else {
                Map<Integer, Object> list = (Map<Integer, Object>) node.computeIfAbsent(key, k -> new TreeMap<Integer, Object>());
                int index = Integer.parseInt(m.group(2));
                if (last) {
                    list.put(index, values.get(values.size() - 1));
                } else {
                    node = (Map<String, Object>) list.computeIfAbsent(index, k -> new LinkedHashMap<>());
                }
            }
        }
    }
}
