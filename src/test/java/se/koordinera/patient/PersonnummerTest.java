package se.koordinera.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonnummerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            191212121212     | 191212121212
            19121212-1212    | 191212121212
            '  191212121212 '| 191212121212
            121212-1212      | 201212121212
            1212121212       | 201212121212
            121212+1212      | 191212121212
            201212121212     | 201212121212
            19000229+0000    | ERROR
            20000229-0001    | ERROR
            """)
    void parsesAcceptedFormats(String input, String expected) {
        if (expected.equals("ERROR")) {
            assertThat(Personnummer.isValid(input)).isFalse();
            return;
        }
        assertThat(Personnummer.parse(input, TODAY).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            191212121213     | Kontrollsiffran stämmer inte
            19121212-1213    | Kontrollsiffran stämmer inte
            190102291234     | Ogiltigt datum
            20230229-1234    | Ogiltigt datum
            191213121212     | Ogiltigt datum
            191212321212     | Ogiltigt datum
            191212001212     | Ogiltigt datum
            191212921212     | Ogiltigt datum
            19121212121      | Fel format
            1912121212121    | Fel format
            12121212         | Fel format
            19121212+1212    | Fel format
            1912121212A2     | Fel format
            abcdefghijkl     | Fel format
            121212_1212      | Fel format
            20291212-1213    | framtiden
            """)
    void rejectsInvalidInputWithSwedishMessage(String input, String messagePart) {
        assertThatThrownBy(() -> Personnummer.parse(input, TODAY))
                .isInstanceOf(InvalidPersonnummerException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(messagePart);
    }

    @Test
    void blankInputIsRejected() {
        assertThatThrownBy(() -> Personnummer.parse("   ", TODAY)).hasMessage("Personnummer saknas");
        assertThatThrownBy(() -> Personnummer.parse(null, TODAY)).hasMessage("Personnummer saknas");
    }

    @Test
    void leapDayIsValidInLeapYear() {
        Personnummer p = Personnummer.of(LocalDate.of(2000, 2, 29), 123, false);
        assertThat(Personnummer.parse(p.value(), TODAY).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        // 000229-NNNC: 2000 is a leap year, 1900 is not.
        String shortForm = p.value().substring(2, 8) + "-" + p.value().substring(8);
        assertThat(Personnummer.parse(shortForm, TODAY)).isEqualTo(p);
        String plusForm = p.value().substring(2, 8) + "+" + p.value().substring(8);
        assertThatThrownBy(() -> Personnummer.parse(plusForm, TODAY)).hasMessageContaining("Ogiltigt datum");
    }

    @Test
    void tolvanTolvansson() {
        Personnummer p = Personnummer.parse("19121212-1212", TODAY);
        assertThat(p.value()).isEqualTo("191212121212");
        assertThat(p.formatted()).isEqualTo("19121212-1212");
        assertThat(p).hasToString("19121212-1212");
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1912, 12, 12));
        assertThat(p.gender()).isEqualTo(Gender.M);
        assertThat(p.isCoordinationNumber()).isFalse();
        assertThat(p.ageOn(TODAY)).isEqualTo(113);
        assertThat(p.ageOn(LocalDate.of(2026, 12, 12))).isEqualTo(114);
    }

    @Test
    void samordningsnummerHasDayPlusSixty() {
        Personnummer p = Personnummer.of(LocalDate.of(1990, 5, 12), 238, true);
        assertThat(p.value()).startsWith("19900572238");
        assertThat(p.isCoordinationNumber()).isTrue();
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1990, 5, 12));
        assertThat(p.gender()).isEqualTo(Gender.F);
        assertThat(Personnummer.parse(p.value(), TODAY)).isEqualTo(p);
        assertThat(Personnummer.parse("900572-238" + p.value().charAt(11), TODAY)).isEqualTo(p);
    }

    @ParameterizedTest(name = "day {0}")
    @CsvSource({"61, true", "91, true", "92, false", "60, false", "32, false"})
    void samordningsnummerDayRange(int day, boolean valid) {
        // January has 31 days, so 61..91 are the valid samordningsnummer days.
        String first11 = String.format("199001%02d238", day);
        String value = first11 + checkDigit(first11.substring(2));
        assertThat(Personnummer.isValid(value)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            261123-0005 | 2026-11-23 | 2026
            261124-0004 | 2026-11-23 | 1926
            201124+0004 | 2026-11-23 | 1920
            000101-0008 | 2026-11-23 | 2000
            991231-0002 | 2026-11-23 | 1999
            """)
    void centuryResolution(String input, LocalDate today, int expectedYear) {
        String digits = input.replace("-", "").replace("+", "");
        String fixed = digits.substring(0, 9) + checkDigit(digits.substring(0, 9));
        String in = fixed.substring(0, 6) + input.charAt(6) + fixed.substring(6);
        assertThat(Personnummer.parse(in, today).birthDate().getYear()).isEqualTo(expectedYear);
    }

    @Test
    void aBirthYearBefore1890IsRefused() {
        String born1800 = Personnummer.of(LocalDate.of(1800, 6, 15), 123, false).value();
        assertThatThrownBy(() -> Personnummer.parse(born1800, TODAY)).isInstanceOf(InvalidPersonnummerException.class)
                .hasMessage("Födelseåret kan inte vara före 1890");
        String born1889 = Personnummer.of(LocalDate.of(1889, 12, 31), 123, false).value();
        assertThat(Personnummer.isValid(born1889)).isFalse();
        // 10 digits with '+' on a date that would be 1826: refused as well.
        String plus = born1800.substring(2, 8) + "+" + born1800.substring(8);
        assertThatThrownBy(() -> Personnummer.parse(plus, LocalDate.of(1900, 1, 1))).isInstanceOf(InvalidPersonnummerException.class);
        assertThat(Personnummer.parse(Personnummer.of(LocalDate.of(1890, 1, 1), 123, false).value(), TODAY).birthDate())
                .isEqualTo(LocalDate.of(1890, 1, 1));
    }

    @Test
    void genderFromSecondToLastDigit() {
        assertThat(Personnummer.of(LocalDate.of(1980, 1, 1), 2, false).gender()).isEqualTo(Gender.F);
        assertThat(Personnummer.of(LocalDate.of(1980, 1, 1), 7, false).gender()).isEqualTo(Gender.M);
    }

    @Test
    void valueSemanticsAndOrdering() {
        Personnummer a = Personnummer.parse("191212121212", TODAY);
        Personnummer b = Personnummer.parse("121212+1212", TODAY);
        Personnummer c = Personnummer.of(LocalDate.of(1950, 1, 1), 1, false);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(a.compareTo(c)).isNegative();
        assertThat(c.compareTo(a)).isPositive();
    }

    @Test
    void ofRejectsBadSerial() {
        assertThatThrownBy(() -> Personnummer.of(LocalDate.of(1980, 1, 1), 1000, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Personnummer.of(LocalDate.of(1980, 1, 1), -1, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storedFormIsTwelveDigitsAndFormatsWithoutParsing() {
        assertThat(Personnummer.isStoredForm("191212121212")).isTrue();
        assertThat(Personnummer.formatted("191212121212")).isEqualTo(Personnummer.parse("191212121212").formatted())
                .isEqualTo("19121212-1212");
        for (String notStored : new String[] {null, "", "19121212-1212", "1212121212", "19121212121", "1912121212123", "19121212121x"}) {
            assertThat(Personnummer.isStoredForm(notStored)).as(notStored).isFalse();
            assertThatThrownBy(() -> Personnummer.formatted(notStored)).as(notStored).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** Independent Luhn implementation for the test data. */
    static int checkDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d / 10 + d % 10;
        }
        return (10 - sum % 10) % 10;
    }
}
