package se.koordinera.sickleave;

import java.util.regex.Pattern;

/** Syntax of ICD-10-SE codes (e.g. F43.8A, M54.5, G47.0, S82.1, F438A) and their chapters. */
public final class Icd10 {

    private static final Pattern CODE = Pattern.compile("[A-Z][0-9]{2}(\\.?[0-9A-Z]{1,4})?");

    private Icd10() {
    }

    public static boolean isValid(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The category (letter and two digits) as a comparable number, e.g. F43 -> 'F'*100+43. */
    static int category(String code) {
        return code.charAt(0) * 100 + Integer.parseInt(code.substring(1, 3));
    }

    /**
     * Whether the code lies in a chapter range such as {@code F00-F99} or {@code M00-M99}; a
     * single code block such as {@code F43} also works.
     */
    public static boolean inRange(String code, String range) {
        String[] bounds = range.split("-", -1);
        int c = category(code);
        int low = category(bounds[0]);
        int high = bounds.length > 1 ? category(bounds[1]) : low;
        return c >= low && c <= high;
    }

    public static boolean isValidRange(String range) {
        if (range == null) {
            return false;
        }
        String[] bounds = range.split("-", -1);
        if (bounds.length < 1 || bounds.length > 2) {
            return false;
        }
        for (String b : bounds) {
            if (!b.matches("[A-Z][0-9]{2}")) {
                return false;
            }
        }
        return bounds.length == 1 || category(bounds[0]) <= category(bounds[1]);
    }
}
