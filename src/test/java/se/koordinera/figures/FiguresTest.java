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
    void sickLeaveStartMergesPeriodsWithAGapOfAtMostFiveDays() {
        List<Period> p = List.of(new Period(d(1, 1), d(1, 10), 100), new Period(d(1, 16), d(1, 31), 50));
        // gap of 5 days (11..15): one case from 1 January
        assertThat(FiguresMath.sickLeaveStart(p, d(1, 20), 5)).isEqualTo(d(1, 1));
        List<Period> q = List.of(new Period(d(1, 1), d(1, 10), 100), new Period(d(1, 17), d(1, 31), 50));
        // gap of 6 days: a new case from 17 January
        assertThat(FiguresMath.sickLeaveStart(q, d(1, 20), 5)).isEqualTo(d(1, 17));
        // overlapping periods merge; a period starting after the date does not count
        List<Period> r = List.of(new Period(d(2, 1), d(2, 20), 100), new Period(d(2, 10), d(3, 5), 50), new Period(d(4, 1), d(4, 5), 25));
        assertThat(FiguresMath.sickLeaveStart(r, d(3, 1), 5)).isEqualTo(d(2, 1));
        assertThat(FiguresMath.sickLeaveStart(r, d(1, 1), 5)).isNull();
        // after the sick leave ended: the last case's start
        assertThat(FiguresMath.sickLeaveStart(r, d(3, 20), 5)).isEqualTo(d(2, 1));
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
