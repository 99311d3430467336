package se.koordinera.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static se.koordinera.patient.PersonnummerGenerator.TODAY;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@link Personnummer}, each checked on the boundary numbers of
 * {@link PersonnummerGenerator#edgeCases()} and then on {@value #RANDOM_CASES} numbers generated from
 * the fixed {@link #SEED}. The seed and the case index are in every test name: the same seed gives
 * the same cases, so a failing case can be run again as it was (case n is JUnit's invocation [n]).
 */
class PersonnummerPropertiesTest {

    static final long SEED = 20_261_123L;

    static final int RANDOM_CASES = 1000;

    /** Every boundary number, then random valid numbers. */
    static Stream<Arguments> valid() {
        Random random = new Random(SEED);
        List<Personnummer> numbers = new ArrayList<>(PersonnummerGenerator.edgeCases());
        for (int i = 0; i < RANDOM_CASES; i++) {
            numbers.add(PersonnummerGenerator.personnummer(random));
        }
        List<Arguments> cases = new ArrayList<>();
        for (Personnummer p : numbers) {
            cases.add(Arguments.of(SEED, cases.size() + 1, p));
        }
        return cases.stream();
    }

    /**
     * A number, a digit index 0..11 and a change 1..9: first every boundary number with the first,
     * second, third and last digit changed by 1 and by 9 (the ends of both ranges and the Luhn limit
     * at index 2), then random numbers with random indexes and changes.
     */
    static Stream<Arguments> oneDigitChanged() {
        Random random = new Random(SEED);
        List<Arguments> cases = new ArrayList<>();
        for (Personnummer p : PersonnummerGenerator.edgeCases()) {
            for (int index : new int[] {0, 1, 2, 11}) {
                for (int delta : new int[] {1, 9}) {
                    cases.add(Arguments.of(SEED, cases.size() + 1, p, index, delta));
                }
            }
        }
        for (int i = 0; i < RANDOM_CASES; i++) {
            cases.add(Arguments.of(SEED, cases.size() + 1, PersonnummerGenerator.personnummer(random),
                    random.nextInt(12), 1 + random.nextInt(9)));
        }
        return cases.stream();
    }

    /**
     * A number and a date in [TODAY, TODAY + 80 years]: every boundary number on both ends of the
     * range, on its next birthday from TODAY on and on the day before, then random numbers on random
     * dates. A 29 February birth is also checked on 28 February of a common year: its birthday that
     * year is 1 March (the age turns then, as {@code ChronoUnit.YEARS} counts).
     */
    static Stream<Arguments> validAndLaterDate() {
        Random random = new Random(SEED);
        LocalDate latest = TODAY.plusYears(80);
        List<Arguments> cases = new ArrayList<>();
        for (Personnummer p : PersonnummerGenerator.edgeCases()) {
            LocalDate birthday = nextBirthday(p.birthDate());
            for (LocalDate on : List.of(TODAY, latest, birthday.minusDays(1), birthday, birthday.minusDays(2))) {
                if (!on.isBefore(TODAY) && !on.isAfter(latest)) {
                    cases.add(Arguments.of(SEED, cases.size() + 1, p, on));
                }
            }
        }
        long days = latest.toEpochDay() - TODAY.toEpochDay() + 1;
        for (int i = 0; i < RANDOM_CASES; i++) {
            Personnummer p = PersonnummerGenerator.personnummer(random);
            LocalDate on = LocalDate.ofEpochDay(TODAY.toEpochDay() + (long) (random.nextDouble() * days));
            cases.add(Arguments.of(SEED, cases.size() + 1, p, on));
        }
        return cases.stream();
    }

    /** The first birthday on or after TODAY; 1 March in a common year for a 29 February birth. */
    private static LocalDate nextBirthday(LocalDate birth) {
        for (int year = TODAY.getYear(); ; year++) {
            LocalDate birthday = birthdayIn(birth, year);
            if (!birthday.isBefore(TODAY)) {
                return birthday;
            }
        }
    }

    private static LocalDate birthdayIn(LocalDate birth, int year) {
        return birth.getMonthValue() == 2 && birth.getDayOfMonth() == 29 && !Year.isLeap(year)
                ? LocalDate.of(year, 3, 1) : birth.withYear(year);
    }

    @ParameterizedTest(name = "seed {0}, case {1}: {2}")
    @MethodSource("valid")
    @DisplayName("Personnummer: round trip through every accepted input format")
    void roundTripsThroughEveryAcceptedFormat(long seed, int caseIndex, Personnummer p) {
        String v = p.value();
        boolean centenarian = p.ageOn(TODAY) >= 100;
        String sep = centenarian ? "+" : "-";
        String[] inputs = {
                v,
                v.substring(0, 8) + "-" + v.substring(8),
                v.substring(2, 8) + sep + v.substring(8),
                " " + p.formatted() + "\t",
        };
        for (String input : inputs) {
            assertThat(Personnummer.parse(input, TODAY)).as(input).isEqualTo(p);
        }
        if (!centenarian) {
            assertThat(Personnummer.parse(v.substring(2), TODAY)).isEqualTo(p);
        }
        assertThat(Personnummer.parse(p.formatted(), TODAY).value()).isEqualTo(v);
    }

    @ParameterizedTest(name = "seed {0}, case {1}: {2}, digit {3} + {4}")
    @MethodSource("oneDigitChanged")
    @DisplayName("Personnummer: changing one digit never yields the same number (Luhn over the last 10)")
    void changingOneDigitNeverYieldsTheSameNumber(long seed, int caseIndex, Personnummer p, int index, int delta) {
        char[] digits = p.value().toCharArray();
        digits[index] = (char) ('0' + (digits[index] - '0' + delta) % 10);
        String changed = new String(digits);
        boolean valid;
        Personnummer other = null;
        try {
            other = Personnummer.parse(changed, TODAY);
            valid = true;
        } catch (InvalidPersonnummerException e) {
            valid = false;
        }
        if (index >= 2) {
            // The Luhn check over the last 10 digits detects every single-digit change.
            assertThat(valid).as(changed).isFalse();
        }
        if (valid) {
            assertThat(other).isNotEqualTo(p);
            assertThat(other.value()).isEqualTo(changed);
        }
    }

    @ParameterizedTest(name = "seed {0}, case {1}: {2} on {3}")
    @MethodSource("validAndLaterDate")
    @DisplayName("Personnummer: gender and age are consistent with the birth date")
    void genderAndAgeAreConsistentWithBirthDate(long seed, int caseIndex, Personnummer p, LocalDate on) {
        int serialLastDigit = p.value().charAt(10) - '0';
        assertThat(p.gender()).isEqualTo(serialLastDigit % 2 == 1 ? Gender.M : Gender.F);
        int age = p.ageOn(on);
        assertThat(age).isEqualTo((int) ChronoUnit.YEARS.between(p.birthDate(), on)).isNotNegative();
        // The birthday of the age reached is on or before the date, the next one after it (1 March in a
        // common year for a 29 February birth: plusYears would land on 28 February, a day too early).
        assertThat(birthdayIn(p.birthDate(), p.birthDate().getYear() + age)).isBeforeOrEqualTo(on);
        assertThat(birthdayIn(p.birthDate(), p.birthDate().getYear() + age + 1)).isAfter(on);
        assertThat(p.isCoordinationNumber())
                .isEqualTo(Integer.parseInt(p.value().substring(6, 8)) > 60);
    }

    @ParameterizedTest(name = "seed {0}, case {1}: {2}")
    @MethodSource("valid")
    @DisplayName("Personnummer: of(birth date, serial, samordningsnummer) rebuilds the number")
    void ofProducesParsableNumbers(long seed, int caseIndex, Personnummer p) {
        Personnummer rebuilt = Personnummer.of(p.birthDate(),
                Integer.parseInt(p.value().substring(8, 11)), p.isCoordinationNumber());
        assertThat(rebuilt).isEqualTo(p);
        assertThat(Personnummer.isValid(p.value())).isTrue();
    }
}
