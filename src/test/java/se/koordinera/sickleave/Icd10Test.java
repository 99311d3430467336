package se.koordinera.sickleave;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Icd10Test {

    @ParameterizedTest
    @CsvSource({"F43.8A, true", "M54.5, true", "G47.0, true", "F438A, true", "S82, true", "U07.1, true",
            "f43.8, false", "43.8, false", "F4, false", "F43.12345, false", "'', false", "F43-8, false"})
    void syntax(String code, boolean valid) {
        assertThat(Icd10.isValid(code)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"F43.8A, F00-F99, true", "F00, F00-F99, true", "F99.9, F00-F99, true", "G01, F00-F99, false",
            "M54.5, M00-M99, true", "E11.9, F00-F99, false", "F43.2, F43, true", "F44.0, F43, false", "S82.1, S00-T98, true",
            "T98.3, S00-T98, true", "V01, S00-T98, false"})
    void chapterRanges(String code, String range, boolean inside) {
        assertThat(Icd10.isValidRange(range)).isTrue();
        assertThat(Icd10.inRange(code, range)).isEqualTo(inside);
    }

    @ParameterizedTest
    @CsvSource({"F99-F00", "F00-", "FF0-F99", "F00-F99-G00"})
    void invalidRanges(String range) {
        assertThat(Icd10.isValidRange(range)).isFalse();
    }
}
