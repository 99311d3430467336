package se.koordinera.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static se.koordinera.patient.PersonnummerArbitraries.TODAY;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PersonnummerPropertiesTest {

    @Provide
    Arbitrary<Personnummer> valid() {
        return PersonnummerArbitraries.personnummer();
    }

    @Provide
    Arbitrary<LocalDate> laterDates() {
        return Arbitraries.longs().between(TODAY.toEpochDay(), TODAY.plusYears(80).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void roundTripsThroughEveryAcceptedFormat(@ForAll("valid") Personnummer p) {
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

    @Property
    void changingOneDigitNeverYieldsTheSameNumber(@ForAll("valid") Personnummer p,
                                                  @ForAll @IntRange(min = 0, max = 11) int index,
                                                  @ForAll @IntRange(min = 1, max = 9) int delta) {
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

    @Property
    void genderAndAgeAreConsistentWithBirthDate(@ForAll("valid") Personnummer p,
                                                 @ForAll("laterDates") LocalDate on) {
        int serialLastDigit = p.value().charAt(10) - '0';
        assertThat(p.gender()).isEqualTo(serialLastDigit % 2 == 1 ? Gender.M : Gender.F);
        int age = p.ageOn(on);
        assertThat(age).isEqualTo((int) ChronoUnit.YEARS.between(p.birthDate(), on)).isNotNegative();
        assertThat(p.birthDate().plusYears(age)).isBeforeOrEqualTo(on);
        assertThat(p.birthDate().plusYears(age + 1L)).isAfter(on);
        assertThat(p.isCoordinationNumber())
                .isEqualTo(Integer.parseInt(p.value().substring(6, 8)) > 60);
    }

    @Property
    void ofProducesParsableNumbers(@ForAll("valid") Personnummer p) {
        Personnummer rebuilt = Personnummer.of(p.birthDate(),
                Integer.parseInt(p.value().substring(8, 11)), p.isCoordinationNumber());
        assertThat(rebuilt).isEqualTo(p);
        assertThat(Personnummer.isValid(p.value())).isTrue();
    }
}
