package se.koordinera.patient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates valid personnummer and samordningsnummer for seeded random-case tests: every value
 * comes from the {@link Random} handed in, so a fixed seed gives the same numbers on every run.
 */
public final class PersonnummerGenerator {

    /** Reference "today" for generated numbers: every birth date is on or before it. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** Earliest generated birth date. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private PersonnummerGenerator() {
    }

    /** A valid number born {@link #EARLIEST} .. {@link #TODAY}, about 10 % samordningsnummer. */
    public static Personnummer personnummer(Random random) {
        return personnummer(random, EARLIEST, TODAY);
    }

    /** A valid number with its birth date in [earliest, latest], about 10 % samordningsnummer. */
    public static Personnummer personnummer(Random random, LocalDate earliest, LocalDate latest) {
        long days = latest.toEpochDay() - earliest.toEpochDay() + 1;
        LocalDate birth = LocalDate.ofEpochDay(earliest.toEpochDay() + (long) (random.nextDouble() * days));
        int serial = random.nextInt(1000);
        boolean coordination = random.nextInt(10) == 0;
        return Personnummer.of(birth, serial, coordination);
    }

    /**
     * Boundary numbers, born {@link #EARLIEST} .. {@link #TODAY}: the ends of the range, 1900's
     * missing leap day, a leap day, the turn of the century, day 31 (samordningsnummer day 91), the
     * 100-year limit of the {@code +} separator on {@link #TODAY} and the day after it; each with
     * the smallest and largest serials, as personnummer and as samordningsnummer.
     */
    public static List<Personnummer> edgeCases() {
        List<LocalDate> births = List.of(EARLIEST, LocalDate.of(1900, 2, 28), LocalDate.of(1900, 3, 1),
                LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 1), LocalDate.of(2000, 2, 29),
                TODAY.minusYears(100), TODAY.minusYears(100).plusDays(1), TODAY.minusDays(1), TODAY);
        List<Personnummer> edges = new ArrayList<>();
        for (LocalDate birth : births) {
            for (int serial : new int[] {0, 1, 998, 999}) {
                edges.add(Personnummer.of(birth, serial, false));
                edges.add(Personnummer.of(birth, serial, true));
            }
        }
        return edges;
    }
}
