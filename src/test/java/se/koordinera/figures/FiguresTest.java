package se.koordinera.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.koordinera.sickleave.engine.Period;
import se.koordinera.shared.InvalidInputException;

class FiguresTest {

    static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(FiguresMath.median(List.of())).isNull();
        assertThat(FiguresMath.median(List.of(40L, 20L, 30L))).isEqualTo(30.0);
        assertThat(FiguresMath.median(List.of(10L, 40L, 20L, 30L))).isEqualTo(25.0);
    }

    @Test
    void rangeIsValidatedAndDefaultsToTwelveMonths() {
        FiguresMath.Range r = FiguresMath.range(null, null, YearMonth.of(2026, 5));
        assertThat(r.months()).hasSize(12).startsWith(YearMonth.of(2025, 6)).endsWith(YearMonth.of(2026, 5));
        assertThat(FiguresMath.range("2026-01", "2026-03", YearMonth.of(2026, 5)).months()).hasSize(3);
        assertThatThrownBy(() -> FiguresMath.range("2026-1", "2026-13", YearMonth.of(2026, 5)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .containsExactly("from", "to"));
        assertThatThrownBy(() -> FiguresMath.range("2026-04", "2026-03", YearMonth.of(2026, 5))).isInstanceOf(InvalidInputException.class);
    }
}
