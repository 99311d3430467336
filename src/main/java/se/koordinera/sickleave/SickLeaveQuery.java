package se.koordinera.sickleave;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.InvalidInputException;

/**
 * The filters, sort and paging of the unit's sick-leave list (shared by API and UI). Absent
 * values mean "no filter"; {@code maxGapDays} and {@code endedWithinDays} absent mean the user's setting.
 */
public record SickLeaveQuery(LocalDate activeOn, Integer maxGapDays, Integer endedWithinDays, Integer minDays, Integer maxDays,
        String doctorId, List<String> diagnosisChapters, Set<Integer> degrees, String gender, Integer minAge, Integer maxAge,
        String q, String occupation, LocalDate endFrom, LocalDate endTo, String coordination, String sort, Integer limit,
        Integer offset, List<LengthBand> lengthBands, Integer milestoneWithinDays, LocalDate newSince) {

    public SickLeaveQuery {
        lengthBands = lengthBands == null ? List.of() : List.copyOf(lengthBands);
    }

    /** The query without the chain and newSince filters. */
    public SickLeaveQuery(LocalDate activeOn, Integer maxGapDays, Integer endedWithinDays, Integer minDays, Integer maxDays,
            String doctorId, List<String> diagnosisChapters, Set<Integer> degrees, String gender, Integer minAge, Integer maxAge,
            String q, String occupation, LocalDate endFrom, LocalDate endTo, String coordination, String sort, Integer limit,
            Integer offset, List<LengthBand> lengthBands) {
        this(activeOn, maxGapDays, endedWithinDays, minDays, maxDays, doctorId, diagnosisChapters, degrees, gender, minAge, maxAge, q,
                occupation, endFrom, endTo, coordination, sort, limit, offset, lengthBands, null, null);
    }

    /** The query without length bands (the API's original parameters). */
    public SickLeaveQuery(LocalDate activeOn, Integer maxGapDays, Integer endedWithinDays, Integer minDays, Integer maxDays,
            String doctorId, List<String> diagnosisChapters, Set<Integer> degrees, String gender, Integer minAge, Integer maxAge,
            String q, String occupation, LocalDate endFrom, LocalDate endTo, String coordination, String sort, Integer limit,
            Integer offset) {
        this(activeOn, maxGapDays, endedWithinDays, minDays, maxDays, doctorId, diagnosisChapters, degrees, gender, minAge, maxAge, q,
                occupation, endFrom, endTo, coordination, sort, limit, offset, List.of());
    }

    /** The same query without the length, degree or diagnosis chapter filter: the base of that filter's option counts. */
    public SickLeaveQuery without(String filter) {
        return new SickLeaveQuery(activeOn, maxGapDays, endedWithinDays, minDays, maxDays, doctorId,
                "diagnosisChapter".equals(filter) ? List.of() : diagnosisChapters, "degree".equals(filter) ? Set.of() : degrees, gender,
                minAge, maxAge, q, occupation, endFrom, endTo, coordination, sort, limit, offset,
                "lengthBand".equals(filter) ? List.of() : lengthBands, milestoneWithinDays, newSince);
    }

    /** The same filters and sort, without paging (print and export take every matching case). */
    public SickLeaveQuery unpaged() {
        return new SickLeaveQuery(activeOn, maxGapDays, endedWithinDays, minDays, maxDays, doctorId, diagnosisChapters, degrees, gender,
                minAge, maxAge, q, occupation, endFrom, endTo, coordination, sort, null, null, lengthBands, milestoneWithinDays, newSince);
    }

    /** The same filters with another page. */
    public SickLeaveQuery page(Integer limit, Integer offset) {
        return new SickLeaveQuery(activeOn, maxGapDays, endedWithinDays, minDays, maxDays, doctorId, diagnosisChapters, degrees, gender,
                minAge, maxAge, q, occupation, endFrom, endTo, coordination, sort, limit, offset, lengthBands, milestoneWithinDays, newSince);
    }

    public static final Set<String> SORT_KEYS = Set.of("days", "start", "end", "patient", "degree", "age", "id", "gender",
            "diagnosis", "doctor", "certificates", "occupation", "coordination", "milestone");
    /** The degrees of sick leave (Försäkringskassan's quarters), in the order the filter, its counts and the statistics show them. */
    public static final List<Integer> DEGREES = List.of(25, 50, 75, 100);

    /** The overview's order when the user chose none: longest sick leave first. */
    public static final String DEFAULT_SORT = "-days";

    public String sortOrDefault() {
        return sort == null ? DEFAULT_SORT : sort;
    }

    /** Parses request parameters, collecting every problem before failing with 400. */
    public static SickLeaveQuery parse(Map<String, List<String>> params, LocalDate today) {
        Parser p = new Parser(params);
        LocalDate activeOn = p.date("activeOn");
        Integer maxGap = p.integer("maxGapDays", 0, 90);
        Integer endedWithin = p.integer("endedWithinDays", 0, 14);
        Integer minDays = p.integer("minDays", 0, 100_000);
        Integer maxDays = p.integer("maxDays", 0, 100_000);
        if (minDays != null && maxDays != null && minDays > maxDays) {
            p.problem("minDays", "Längden från får inte vara större än längden till");
        }
        List<String> chapters = new ArrayList<>();
        for (String value : p.all("diagnosisChapter")) {
            for (String range : value.split(",")) {
                if (range.isBlank()) {
                    continue;
                }
                if (Icd10.isValidRange(range.trim())) {
                    chapters.add(range.trim());
                } else {
                    p.problem("diagnosisChapter", "Ogiltigt diagnoskapitel " + range + " (t.ex. F00-F99)");
                }
            }
        }
        Set<Integer> degrees = new java.util.TreeSet<>();
        for (String value : p.all("degree")) {
            for (String d : value.split(",")) {
                if (d.isBlank()) {
                    continue;
                }
                try {
                    int degree = Integer.parseInt(d.trim());
                    if (!DEGREES.contains(degree)) {
                        throw new NumberFormatException();
                    }
                    degrees.add(degree);
                } catch (NumberFormatException e) {
                    p.problem("degree", "Sjukskrivningsgraden ska vara 25, 50, 75 eller 100");
                }
            }
        }
        String gender = p.text("gender");
        if (gender != null && !gender.equals("F") && !gender.equals("M")) {
            p.problem("gender", "Kön anges som F eller M");
        }
        Integer minAge = p.integer("minAge", 0, 150);
        Integer maxAge = p.integer("maxAge", 0, 150);
        if (minAge != null && maxAge != null && minAge > maxAge) {
            p.problem("minAge", "Lägsta ålder får inte vara högre än högsta ålder");
        }
        String sort = p.text("sort");
        if (sort != null && !SORT_KEYS.contains(sort.startsWith("-") ? sort.substring(1) : sort)) {
            p.problem("sort", "Okänd sortering: välj en av kolumnerna");
        }
        Integer limit = p.integer("limit", 1, 10_000);
        Integer offset = p.integer("offset", 0, Integer.MAX_VALUE);
        LocalDate endFrom = p.date("endFrom");
        LocalDate endTo = p.date("endTo");
        if (endFrom != null && endTo != null && endFrom.isAfter(endTo)) {
            // Reversed, the interval matches nothing: say so instead of silently answering an empty list.
            p.problem("endFrom", "Slutdatum från får inte ligga efter slutdatum till");
        }
        String coordination = p.text("coordination");
        // Length intervals (lengthBand=0-14&lengthBand=91-180 or a comma list): a case matches when it lies in any of them.
        List<LengthBand> bands = new ArrayList<>();
        for (String value : p.all("lengthBand")) {
            for (String key : value.split(",")) {
                if (key.isBlank()) {
                    continue;
                }
                LengthBand.filterBand(key.trim()).ifPresentOrElse(b -> {
                    if (!bands.contains(b)) {
                        bands.add(b);
                    }
                }, () -> p.problem("lengthBand", "Okänt längdintervall " + key + " (till exempel 0-14, 91-180, 731-)"));
            }
        }
        Integer milestoneWithin = p.integer("milestoneWithinDays", 0, 365);
        LocalDate newSince = p.date("newSince");
        p.failIfProblems();
        return new SickLeaveQuery(activeOn == null ? today : activeOn, maxGap, endedWithin, minDays, maxDays, p.text("doctorId"),
                List.copyOf(chapters), Set.copyOf(degrees), gender, minAge, maxAge, p.text("q"), p.text("occupation"), endFrom, endTo,
                coordination, sort, limit, offset, List.copyOf(bands), milestoneWithin, newSince);
    }

    private static final class Parser {
        private final Map<String, List<String>> params;
        private final List<FieldProblem> problems = new ArrayList<>();

        Parser(Map<String, List<String>> params) {
            this.params = params;
        }

        List<String> all(String name) {
            return params.getOrDefault(name, List.of());
        }

        String text(String name) {
            List<String> values = all(name);
            if (values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
                return null;
            }
            return values.get(0).trim();
        }

        Integer integer(String name, int min, int max) {
            String t = text(name);
            if (t == null) {
                return null;
            }
            try {
                int v = Integer.parseInt(t);
                if (v < min || v > max) {
                    problem(name, label(name) + " ska vara mellan " + min + " och " + max);
                    return null;
                }
                return v;
            } catch (NumberFormatException e) {
                problem(name, label(name) + " ska vara ett heltal");
                return null;
            }
        }

        LocalDate date(String name) {
            String t = text(name);
            if (t == null) {
                return null;
            }
            try {
                LocalDate d = se.koordinera.shared.SaneDates.parse(t);
                if (!se.koordinera.shared.SaneDates.isSane(d)) {
                    problem(name, se.koordinera.shared.SaneDates.outOfRange("Datumet"));
                    return null;
                }
                return d;
            } catch (DateTimeParseException e) {
                problem(name, label(name) + " ska vara ett datum ÅÅÅÅ-MM-DD");
                return null;
            }
        }

        /** The label the overview shows for a filter, so that a message never names a parameter. */
        static String label(String name) {
            return switch (name) {
                case "activeOn" -> "Datumet för översikten";
                case "maxGapDays" -> "Antal dagars uppehåll mellan intyg";
                case "endedWithinDays" -> "Antal dagar sedan avslut";
                case "minDays" -> "Längden från";
                case "maxDays" -> "Längden till";
                case "minAge" -> "Lägsta ålder";
                case "maxAge" -> "Högsta ålder";
                case "limit" -> "Antal rader";
                case "offset" -> "Första raden";
                case "endFrom" -> "Slutdatum från";
                case "endTo" -> "Slutdatum till";
                case "milestoneWithinDays" -> "Passerar en gräns inom (dagar)";
                case "newSince" -> "Nya intyg från och med";
                default -> "Värdet";
            };
        }

        void problem(String field, String message) {
            problems.add(new FieldProblem(field, message));
        }

        void failIfProblems() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException("Ogiltiga filter", problems);
            }
        }
    }
}
