package se.koordinera.patient;

import se.koordinera.shared.SwedishTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A Swedish personal identity number (<em>personnummer</em>) or coordination number
 * (<em>samordningsnummer</em>, day of birth + 60), always held as its 12 digits {@code YYYYMMDDNNNC}.
 *
 * <p>Parsing is strict: the date must be a real calendar date (leap years included), the check digit
 * C must satisfy the Luhn algorithm over the last 10 digits, and the birth date must not lie in the
 * future nor before {@link #EARLIEST_BIRTH} (1890). Accepted input: {@code YYYYMMDDNNNC}, {@code YYYYMMDD-NNNC}, {@code YYMMDD-NNNC},
 * {@code YYMMDDNNNC} and {@code YYMMDD+NNNC} (the {@code +} marks a person aged 100 or more);
 * surrounding whitespace is ignored. For the 10-digit forms the century is the most recent one in
 * which the birth date is not after {@code today} (100 years earlier with {@code +}).
 *
 * <p>Equality, hash code and ordering are defined by the 12 digits.
 */
public final class Personnummer implements Comparable<Personnummer> {

    /** Swedish time zone: "today" for a Swedish region is the Swedish calendar day. */
    private static final ZoneId SWEDEN = SwedishTime.ZONE;

    static final String MSG_MISSING = "Personnummer saknas";
    static final String MSG_FORMAT = "Fel format: ange ÅÅÅÅMMDD-NNNN";
    static final String MSG_CHECK_DIGIT = "Kontrollsiffran stämmer inte";
    static final String MSG_FUTURE = "Födelsedatumet ligger i framtiden";
    static final String MSG_TOO_OLD = "Födelseåret kan inte vara före 1890";
    /**
     * The earliest birth date accepted: nobody born before 1890 is alive (the oldest Swede ever
     * recorded was born 1901), so an earlier year is a typing error or a wrongly read century
     * ({@code YYMMDD+NNNC} of a child).
     */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1890, 1, 1);

    private final String value;

    private Personnummer(String value) {
        this.value = value;
    }

    /** Parses with today's date in Sweden as reference for the century of 10-digit input. */
    public static Personnummer parse(String input) {
        return parse(input, LocalDate.now(SWEDEN));
    }

    /**
     * Parses a personnummer or samordningsnummer.
     *
     * @param input the number in one of the accepted formats
     * @param today reference date: resolves the century of 10-digit input and bounds the birth date
     * @throws InvalidPersonnummerException with a Swedish message when the input is not valid
     */
    public static Personnummer parse(String input, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (input == null || input.isBlank()) {
            throw new InvalidPersonnummerException(MSG_MISSING);
        }
        String s = input.strip();
        String digits;
        boolean centenarian = false;
        int len = s.length();
        if (len == 12 && allDigits(s, 0, 12)) {
            digits = s;
        } else if (len == 13 && s.charAt(8) == '-' && allDigits(s, 0, 8) && allDigits(s, 9, 13)) {
            digits = s.substring(0, 8) + s.substring(9);
        } else if (len == 10 && allDigits(s, 0, 10)) {
            digits = resolveCentury(s, false, today);
        } else if (len == 11 && (s.charAt(6) == '-' || s.charAt(6) == '+')
                && allDigits(s, 0, 6) && allDigits(s, 7, 11)) {
            centenarian = s.charAt(6) == '+';
            digits = resolveCentury(s.substring(0, 6) + s.substring(7), centenarian, today);
        } else {
            throw new InvalidPersonnummerException(MSG_FORMAT);
        }
        LocalDate birth = birthDateOf(digits);
        if (luhnCheckDigit(digits, 2, 11) != digits.charAt(11) - '0') {
            throw new InvalidPersonnummerException(MSG_CHECK_DIGIT);
        }
        if (birth.isAfter(today)) {
            throw new InvalidPersonnummerException(MSG_FUTURE);
        }
        if (birth.isBefore(EARLIEST_BIRTH)) {
            throw new InvalidPersonnummerException(MSG_TOO_OLD);
        }
        return new Personnummer(digits);
    }

    /** True when {@link #parse(String)} would accept the input. */
    public static boolean isValid(String input) {
        try {
            parse(input);
            return true;
        } catch (InvalidPersonnummerException e) {
            return false;
        }
    }

    /**
     * Builds a valid number from its parts and computes the check digit.
     *
     * @param birthDate          the real birth date
     * @param serial             birth number, 0..999 (three digits; the last one gives the gender, odd = M)
     * @param coordinationNumber true for a samordningsnummer (day + 60)
     */
    public static Personnummer of(LocalDate birthDate, int serial, boolean coordinationNumber) {
        Objects.requireNonNull(birthDate, "birthDate");
        if (serial < 0 || serial > 999) {
            throw new IllegalArgumentException("serial must be 0..999: " + serial);
        }
        int year = birthDate.getYear();
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits: " + year);
        }
        int day = birthDate.getDayOfMonth() + (coordinationNumber ? 60 : 0);
        String first11 = String.format("%04d%02d%02d%03d", year, birthDate.getMonthValue(), day, serial);
        return new Personnummer(first11 + luhnCheckDigit(first11, 2, 11));
    }

    /** The 12 digits {@code YYYYMMDDNNNC}. */
    public String value() {
        return value;
    }

    /** {@code YYYYMMDD-NNNN}. */
    public String formatted() {
        return formatted(value);
    }

    /**
     * True for the stored form, twelve digits {@code YYYYMMDDNNNC}: what {@link #value()} gives and the
     * database keeps. It says nothing of the check digit or the date; the number was parsed on its way in.
     */
    public static boolean isStoredForm(String s) {
        return s != null && s.length() == 12 && allDigits(s, 0, 12);
    }

    /**
     * {@code YYYYMMDD-NNNN} of a number in its {@linkplain #isStoredForm stored form}, without parsing it
     * again: the overview formats a hundred stored numbers per page, and parsing each (today's date in
     * Sweden, the check digit) was a twentieth of the page's time (issue 13).
     */
    public static String formatted(String storedForm) {
        if (!isStoredForm(storedForm)) {
            throw new IllegalArgumentException("not twelve digits");
        }
        return storedForm.substring(0, 8) + '-' + storedForm.substring(8);
    }

    /** The real birth date (for a samordningsnummer the day minus 60). */
    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** True for a samordningsnummer (day of month + 60). */
    public boolean isCoordinationNumber() {
        return dayField(value) > 60;
    }

    public Gender gender() {
        return (value.charAt(10) - '0') % 2 == 1 ? Gender.M : Gender.F;
    }

    /** Age in whole years on {@code date}. */
    public int ageOn(LocalDate date) {
        return (int) ChronoUnit.YEARS.between(birthDate(), date);
    }

    @Override
    public int compareTo(Personnummer other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Personnummer p && value.equals(p.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return formatted();
    }

    // --- helpers -----------------------------------------------------------------------------

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int to) {
        return Integer.parseInt(s, from, to, 10);
    }

    private static int dayField(String twelve) {
        return num(twelve, 6, 8);
    }

    /**
     * Picks the century for {@code YYMMDDNNNC}: the latest year ending in YY whose birth date is not
     * after today; with '+' one century earlier. Compared as (YY, MM, DD) so that an invalid date does
     * not stop the choice of century (the date is validated afterwards with the real year).
     */
    private static String resolveCentury(String ten, boolean centenarian, LocalDate today) {
        int yy = num(ten, 0, 2);
        int mm = num(ten, 2, 4);
        int dd = num(ten, 4, 6);
        if (dd > 60) {
            dd -= 60;
        }
        int year = today.getYear() - today.getYear() % 100 + yy;
        long candidateKey = (long) year * 10_000 + mm * 100 + dd;
        long todayKey = (long) today.getYear() * 10_000 + today.getMonthValue() * 100 + today.getDayOfMonth();
        if (candidateKey > todayKey) {
            year -= 100;
        }
        if (centenarian) {
            year -= 100;
        }
        if (year < 1000) {
            throw new InvalidPersonnummerException(MSG_FORMAT);
        }
        return (year / 100) + ten; // the first two digits of the year, then YYMMDDNNNC
    }

    private static LocalDate birthDateOf(String twelve) {
        int year = num(twelve, 0, 4);
        int month = num(twelve, 4, 6);
        int day = dayField(twelve);
        if (day > 60) {
            day -= 60;
            if (day < 1 || day > 31) {
                throw new InvalidPersonnummerException(
                        "Ogiltigt datum: dagen i ett samordningsnummer ska vara 61–91");
            }
        }
        if (month < 1 || month > 12) {
            throw new InvalidPersonnummerException("Ogiltigt datum: månaden ska vara 01–12");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidPersonnummerException(String.format(
                    "Ogiltigt datum: %04d-%02d-%02d finns inte", year, month, day));
        }
    }

    /** Luhn check digit over digits [from, to) with weights 2,1,2,1,... from the left. */
    private static int luhnCheckDigit(String s, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            int d = s.charAt(i) - '0';
            if ((i - from) % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }
}
