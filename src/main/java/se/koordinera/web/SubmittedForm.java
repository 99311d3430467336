package se.koordinera.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.InvalidInputException;

/**
 * A refused form as the user typed it, kept over the redirect (flash attributes) so the page
 * shows it again with each message next to its field. The request binder numbers list rows
 * after leaving out empty ones; {@link #refused} maps those numbers back to the form's rows.
 */
public record SubmittedForm(String form, Map<String, List<String>> values, Map<String, String> errors) implements java.io.Serializable {

    public static final String ATTRIBUTE = "submitted";
    private static final Pattern ROW = Pattern.compile("^([A-Za-z]+)\\[(\\d+)](.*)$");

    /** Keeps the values and the field messages for the next page view, and a summary for the alert. */
    public static void refused(RedirectAttributes redirect, String form, MultiValueMap<String, String> values, RuntimeException e) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!k.startsWith("_")) {
                kept.put(k, new ArrayList<>(v));
            }
        });
        Map<String, String> errors = new LinkedHashMap<>();
        if (e instanceof InvalidInputException invalid) {
            for (FieldProblem p : invalid.errors()) {
                errors.merge(formField(p.field(), kept), p.message(), (a, b) -> a.equals(b) ? a : a + " " + b);
            }
        }
        redirect.addFlashAttribute(ATTRIBUTE, new SubmittedForm(form, kept, errors));
        redirect.addFlashAttribute("error", summary(e));
    }

    public static String summary(RuntimeException e) {
        if (e instanceof InvalidInputException i && !i.errors().isEmpty()) {
            return "Uppgifterna är inte sparade: " + String.join(" ", i.errors().stream().map(FieldProblem::message).distinct().toList());
        }
        return e.getMessage();
    }

    /** {@code steps[1].to} of the bound list is the second non-empty row of the form, e.g. {@code steps[3].to}. */
    public static String formField(String field, Map<String, List<String>> values) {
        Matcher m = ROW.matcher(field);
        if (!m.matches()) {
            return field;
        }
        String list = m.group(1);
        int index = Integer.parseInt(m.group(2));
        TreeSet<Integer> filled = new TreeSet<>();
        values.forEach((k, v) -> {
            Matcher r = ROW.matcher(k);
            if (r.matches() && r.group(1).equals(list) && v.stream().anyMatch(x -> x != null && !x.isBlank())) {
                filled.add(Integer.parseInt(r.group(2)));
            }
        });
        List<Integer> rows = new ArrayList<>(filled);
        return index < rows.size() ? list + "[" + rows.get(index) + "]" + m.group(3) : field;
    }

    /** The message for a field of this form, or null: shown next to the field (aria-describedby). */
    public String error(String name) {
        return errors.get(name);
    }

    public String value(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(v.size() - 1);
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The highest row number the form sent for a list, or -1. */
    public int lastRow(String list) {
        int last = -1;
        for (String k : values.keySet()) {
            Matcher r = ROW.matcher(k);
            if (r.matches() && r.group(1).equals(list)) {
                last = Math.max(last, Integer.parseInt(r.group(2)));
            }
        }
        return last;
    }

    /** The form's values of one list as rows of the given fields, e.g. {@code steps[i].degree, .from, .to}. */
    public List<List<String>> rows(String list, String... fields) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i <= lastRow(list); i++) {
            List<String> row = new ArrayList<>();
            for (String f : fields) {
                row.add(value(list + "[" + i + "]" + (f.isEmpty() ? "" : "." + f)));
            }
            rows.add(row);
        }
        return rows;
    }
}
