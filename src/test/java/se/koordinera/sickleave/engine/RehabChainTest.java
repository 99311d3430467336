package se.koordinera.sickleave.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static se.koordinera.sickleave.engine.EngineFixtures.certs;
import static se.koordinera.sickleave.engine.EngineFixtures.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rehabilitation chain: day 1 is the start day, gap days count, the next limit is 90, 180 or 365. */
class RehabChainTest {

    static final LocalDate START = LocalDate.of(2026, 1, 1);

    @ParameterizedTest(name = "day {0}: next limit {1}")
    @CsvSource({
        "1, 90, 2026-03-31",
        "89, 90, 2026-03-31",
        "90, 90, 2026-03-31",
        "91, 180, 2026-06-29",
        "180, 180, 2026-06-29",
        "181, 365, 2026-12-31",
        "365, 365, 2026-12-31"})
    void chainDayAndNextLimit(int day, int limit, String date) {
        LocalDate on = START.plusDays(day - 1L);
        RehabChain.Position p = RehabChain.position(START, on.plusDays(30), on);
        assertThat(p.day()).isEqualTo(day);
        assertThat(p.next()).isEqualTo(new RehabChain.Milestone(limit, LocalDate.parse(date)));
        assertThat(p.daysToNext()).isEqualTo(limit - day);
    }

    @Test
    void theStartDayIsDayOne() {
        assertThat(RehabChain.position(START, START, START).day()).isEqualTo(1);
        assertThat(RehabChain.day(START, START)).isEqualTo(1);
    }

    @Test
    void afterDay365ThereIsNoNextLimit() {
        LocalDate day366 = START.plusDays(365);
        RehabChain.Position p = RehabChain.position(START, day366.plusDays(10), day366);
        assertThat(p.day()).isEqualTo(366);
        assertThat(p.next()).isNull();
        assertThat(p.daysToNext()).isNull();
        assertThat(p.reachesLimitWithin(1000)).isFalse();
    }

    @Test
    void gapDaysOfTheCaseCountAsCalendarDays() {
        // 01-01..01-10 and 01-14..04-30: a gap of 3 days inside one case (max gap 5).
        List<SickLeaveCase> cases = SickLeaveEngine.allCases(certs("a 01-01..01-10:100; b 01-14..04-30:50"), 5, date("04-01"));
        assertThat(cases).hasSize(1);
        SickLeaveCase c = cases.get(0);
        RehabChain.Position p = RehabChain.position(c, date("04-01"));
        assertThat(c.days()).as("covered days leave the gap out").isEqualTo(10 + 107);
        assertThat(p.day()).as("the chain counts the gap").isEqualTo(91);
        assertThat(p.next()).isEqualTo(new RehabChain.Milestone(180, date("06-29")));
    }

    @Test
    void anEndedCaseStandsStillOnItsLastDayWithoutALimit() {
        RehabChain.Position p = RehabChain.position(START, START.plusDays(44), START.plusDays(60));
        assertThat(p.day()).isEqualTo(45);
        assertThat(p.next()).isNull();
    }

    @Test
    void aCaseStartingLaterIsNotInTheChainYet() {
        assertThat(RehabChain.position(START, START.plusDays(5), START.minusDays(1))).isNull();
    }

    @Test
    void reachesALimitWithinCountsTheLimitDayItself() {
        RehabChain.Position day80 = RehabChain.position(START, START.plusDays(200), START.plusDays(79));
        assertThat(day80.reachesLimitWithin(10)).isTrue();
        assertThat(day80.reachesLimitWithin(9)).isFalse();
    }

    @Test
    @DisplayName("Seeded random cases agree with a day-by-day count of calendar days")
    void randomCasesAgreeWithADayByDayOracle() {
        Random random = new Random(20261202L);
        for (int run = 0; run < 2000; run++) {
            LocalDate first = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(600));
            List<CertificateFacts> certificates = new ArrayList<>();
            LocalDate from = first;
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                LocalDate to = from.plusDays(random.nextInt(150));
                certificates.add(new CertificateFacts("c" + i, "P", "U", "D", "N", from, "M54.5", null, List.of(), null,
                        List.of(new Period(from, to, 100))));
                from = to.plusDays(1 + random.nextInt(7));
            }
            LocalDate on = first.plusDays(random.nextInt(800) - 20);
            int maxGap = random.nextInt(8);
            for (SickLeaveCase c : SickLeaveEngine.allCases(certificates, maxGap, on)) {
                RehabChain.Position p = RehabChain.position(c, on);
                Oracle expected = oracle(c.start(), c.end(), on);
                if (expected == null) {
                    assertThat(p).isNull();
                    continue;
                }
                assertThat(p.day()).as("run %d, case %s..%s on %s", run, c.start(), c.end(), on).isEqualTo(expected.day);
                assertThat(p.next() == null ? null : p.next().day()).isEqualTo(expected.limit);
                assertThat(p.next() == null ? null : p.next().date()).isEqualTo(expected.date);
            }
        }
    }

    record Oracle(int day, Integer limit, LocalDate date) {
    }

    /** Walks the calendar one day at a time from the start: no arithmetic shared with the rule. */
    static Oracle oracle(LocalDate start, LocalDate end, LocalDate on) {
        if (on.isBefore(start)) {
            return null;
        }
        LocalDate stop = on.isAfter(end) ? end : on;
        int day = 0;
        for (LocalDate d = start; !d.isAfter(stop); d = d.plusDays(1)) {
            day++;
        }
        if (on.isAfter(end)) {
            return new Oracle(day, null, null);
        }
        int n = day;
        for (LocalDate d = on; n <= 365; d = d.plusDays(1), n++) {
            if (n == 90 || n == 180 || n == 365) {
                return new Oracle(day, n, d);
            }
        }
        return new Oracle(day, null, null);
    }
}
