package se.koordinera.patient;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Reusable jqwik generators of valid personnummer and samordningsnummer. */
public final class PersonnummerArbitraries {

    /** Reference "today" for generated numbers: every birth date is on or before it. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private PersonnummerArbitraries() {
    }

    /** Valid numbers born 1900-01-01 .. {@link #TODAY}, about 10 % samordningsnummer. */
    public static Arbitrary<Personnummer> personnummer() {
        return personnummer(LocalDate.of(1900, 1, 1), TODAY);
    }

    /** Valid numbers with birth dates in [earliest, latest], about 10 % samordningsnummer. */
    public static Arbitrary<Personnummer> personnummer(LocalDate earliest, LocalDate latest) {
        Arbitrary<LocalDate> birth = Arbitraries.longs()
                .between(earliest.toEpochDay(), latest.toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Integer> serial = Arbitraries.integers().between(0, 999);
        Arbitrary<Boolean> coordination = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(9, false), net.jqwik.api.Tuple.of(1, true));
        return Combinators.combine(birth, serial, coordination).as(Personnummer::of);
    }
}
