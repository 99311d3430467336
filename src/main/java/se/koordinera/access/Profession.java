package se.koordinera.access;

import java.util.Locale;
import java.util.Map;

/**
 * The Swedish name of a user's profession (yrkeskod in HSA, e.g. {@code LAKARE}): what every page,
 * letter and hand-off text shows instead of the code. The one copy of these labels.
 */
public final class Profession {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("LAKARE", "Läkare"),
            Map.entry("SJUKSKOTERSKA", "Sjuksköterska"),
            Map.entry("FYSIOTERAPEUT", "Fysioterapeut"),
            Map.entry("PSYKOLOG", "Psykolog"),
            Map.entry("ARBETSTERAPEUT", "Arbetsterapeut"),
            Map.entry("KURATOR", "Kurator"),
            Map.entry("REHABKOORDINATOR", "Rehabiliteringskoordinator"),
            Map.entry("UNDERSKOTERSKA", "Undersköterska"),
            Map.entry("ADMINISTRATOR", "Administratör"));

    private Profession() {
    }

    /** "Läkare" for LAKARE (any case); an unknown code with its first letter capitalised; "" for none. */
    public static String label(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String known = LABELS.get(code.strip().toUpperCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        String lower = code.strip().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** The label inside a sentence: "Rut Rehab, fysioterapeut". */
    public static String lowercase(String code) {
        return label(code).toLowerCase(Locale.forLanguageTag("sv-SE"));
    }
}
