package se.koordinera.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The dates Koordinera accepts as input. Every date is written {@code ÅÅÅÅ-MM-DD} with a four-digit
 * year (no sign, no year 0, no year 10000: the ISO parser would take them and the database or the
 * calendar code would fail later). Dates of care (certificate periods, signing, meetings,
 * agreements, plans, consents, interventions) lie in {@link #MIN}..{@link #MAX}, 1900-01-01 to
 * 2200-12-31: wide enough for any real sick leave or plan, narrow enough that a typing error such
 * as 0001-01-01..9999-12-31 is refused instead of becoming a 3-million-day sick leave.
 */
public final class SaneDates {

    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2200, 12, 31);

    /** Exactly four digits for the year, strict calendar (2025-02-30 is refused). */
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private SaneDates() {
    }

    /** Parses {@code ÅÅÅÅ-MM-DD} (no surrounding blanks) with a year 0001..9999; throws {@link DateTimeParseException} otherwise. */
    public static LocalDate parse(String text) {
        String t = text;
        if (t.length() != 10 || !asciiDigits(t, 0, 4) || t.charAt(4) != '-' || !asciiDigits(t, 5, 7) || t.charAt(7) != '-'
                || !asciiDigits(t, 8, 10)) {
            throw new DateTimeParseException("Not ÅÅÅÅ-MM-DD", t, 0);
        }
        LocalDate date = LocalDate.parse(t, FORMAT);
        if (date.getYear() < 1) {
            throw new DateTimeParseException("Year 0", t, 0);
        }
        return date;
    }

    /** Whether a date of care lies within {@link #MIN}..{@link #MAX}. */
    public static boolean isSane(LocalDate date) {
        return !date.isBefore(MIN) && !date.isAfter(MAX);
    }

    /** The Swedish message for a date outside {@link #MIN}..{@link #MAX}, with the field's visible label. */
    public static String outOfRange(String label) {
        return label + " ska ligga mellan " + MIN + " och " + MAX;
    }

    private static boolean asciiDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
