package se.koordinera.sickleave.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.koordinera.sickleave.engine.EngineFixtures.certs;
import static se.koordinera.sickleave.engine.EngineFixtures.date;
import static se.koordinera.sickleave.engine.EngineFixtures.summaries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SickLeaveEngineTest {

    /**
     * One row per rule. Columns: rule, certificates, maxGapDays, activeOn, endedWithinDays, expected
     * overview (cases separated by " | ", empty when nothing is listed).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            gap of exactly maxGap merges        | c1 02-01..02-10:100; c2 02-16..02-20:100            | 5 | 02-18 | 0 | "P@U 02-01..02-20 d15 [100] c2:100 c1,c2 active"
            gap of maxGap+1 splits              | c1 02-01..02-10:100; c2 02-16..02-20:100            | 4 | 02-18 | 0 | "P@U 02-16..02-20 d5 [100] c2:100 c2 active"
            maxGap 0 merges adjacent            | c1 02-01..02-10:100; c2 02-11..02-20:50             | 0 | 02-05 | 0 | "P@U 02-01..02-20 d20 [100,50] c1:100 c1,c2 active"
            maxGap 0 splits a one-day gap       | c1 02-01..02-10:100; c2 02-12..02-20:50             | 0 | 02-05 | 0 | "P@U 02-01..02-10 d10 [100] c1:100 c1 active"
            gap days are not counted            | c1 02-01..02-10:100; c2 02-12..02-20:100            | 5 | 02-15 | 0 | "P@U 02-01..02-20 d19 [100] c2:100 c1,c2 active"
            overlapping certificates merge      | c1 02-01..02-15:100; c2 02-10..02-20:50             | 0 | 02-18 | 0 | "P@U 02-01..02-20 d20 [100,50] c2:50 c1,c2 active"
            certificate inside another          | c1 02-01..02-28:100; c2 02-05..02-10:50             | 0 | 02-07 | 0 | "P@U 02-01..02-28 d28 [100,50] c2:50 c1,c2 active"
            degree changes in time order        | c1 01-01..01-14:100 01-15..01-31:75; c2 02-01..02-28:50; c3 03-01..03-31:100 | 5 | 02-10 | 0 | "P@U 01-01..03-31 d90 [100,75,50] c2:50 c1,c2,c3 active"
            several active: latest signed wins  | c1 s=02-01 02-01..02-28:100; c2 s=02-09 02-10..02-20:50; c3 s=02-12 02-05..03-10:75 | 5 | 02-15 | 0 | "P@U 02-01..03-10 d38 [100,75,50] c3:75 c1,c3,c2 active"
            same signing day: later start wins  | c1 s=02-01 02-01..02-28:100; c2 s=02-01 02-03..02-20:50 | 5 | 02-15 | 0 | "P@U 02-01..02-28 d28 [100,50] c2:50 c1,c2 active"
            degree of the covering period       | c1 02-01..02-14:100 02-15..02-28:50                 | 5 | 02-10 | 0 | "P@U 02-01..02-28 d28 [100,50] c1:100 c1 active"
            ended exactly K days ago is listed  | c1 02-01..02-10:100                                 | 5 | 02-13 | 3 | "P@U 02-01..02-10 d10 [100] c1:100 c1 ended"
            ended K+1 days ago is not listed    | c1 02-01..02-10:100                                 | 5 | 02-13 | 2 | ""
            ended yesterday with K 0            | c1 02-01..02-10:100                                 | 5 | 02-11 | 0 | ""
            ended case shows last period degree | c1 02-01..02-05:100 02-06..02-10:25                 | 5 | 02-11 | 1 | "P@U 02-01..02-10 d10 [100,25] c1:25 c1 ended"
            ended: tie on end, latest signed    | c1 s=01-01 01-01..01-20:100; c2 s=01-10 01-05..01-20:50 | 5 | 01-25 | 9 | "P@U 01-01..01-20 d20 [100,50] c2:50 c1,c2 ended"
            case starting after D not listed    | c1 03-01..03-10:100                                 | 5 | 02-20 | 9 | ""
            future case ignored, ended listed   | c1 01-01..02-15:100; c2 03-01..03-10:50             | 5 | 02-20 | 9 | "P@U 01-01..02-15 d46 [100] c1:100 c1 ended"
            active case wins over ended one     | c1 01-01..01-31:100; c2 02-15..02-28:50             | 5 | 02-20 | 30 | "P@U 02-15..02-28 d14 [50] c2:50 c2 active"
            ended last wins among ended cases   | c1 01-01..01-10:100; c2 01-20..01-31:50             | 5 | 02-05 | 30 | "P@U 01-20..01-31 d12 [50] c2:50 c2 ended"
            future certificate merges in case   | c1 02-01..02-20:100; c2 s=02-15 02-22..03-15:50     | 5 | 02-10 | 0 | "P@U 02-01..03-15 d42 [100,50] c1:100 c1,c2 active"
            D in a gap of the case: not listed  | c1 02-01..02-10:100; c2 02-13..02-20:100            | 5 | 02-11 | 5 | ""
            samordningsnummer patient id        | c1/199005722385 02-01..02-10:100                    | 5 | 02-05 | 0 | "199005722385@U 02-01..02-10 d10 [100] c1:100 c1 active"
            two full years are 731 days         | c1 2024-01-01..2024-12-31:100; c2 2025-01-01..2025-12-31:50 | 5 | 2025-12-31 | 0 | "P@U 2024-01-01..2025-12-31 d731 [100,50] c2:50 c1,c2 active"
            same signing day and start: max id  | c1 s=02-01 02-01..02-28:100; c2 s=02-01 02-01..02-20:50 | 5 | 02-15 | 0 | "P@U 02-01..02-28 d28 [100,50] c2:50 c1,c2 active"
            two-year case                       | c1 2024-01-01..2024-12-31:100; c2 2025-01-01..2025-12-31:50; c3 2026-01-01..2026-01-10:25 | 5 | 2025-06-01 | 0 | "P@U 2024-01-01..01-10 d741 [100,50,25] c2:50 c1,c2,c3 active"
            two units are separate              | c1@U1 02-01..02-10:100; c2@U2 02-08..02-20:50       | 5 | 02-09 | 0 | "P@U1 02-01..02-10 d10 [100] c1:100 c1 active | P@U2 02-08..02-20 d13 [50] c2:50 c2 active"
            patients are separate               | c1/A 02-01..02-10:100; c2/B 02-08..02-20:50; c3/C 01-01..01-02:100 | 5 | 02-09 | 0 | "A@U 02-01..02-10 d10 [100] c1:100 c1 active | B@U 02-08..02-20 d13 [50] c2:50 c2 active"
            """)
    void overviewRules(String rule, String spec, int maxGap, String activeOn, int endedWithin, String expected) {
        List<CertificateFacts> certificates = certs(spec);
        EngineParameters p = new EngineParameters(date(activeOn), maxGap, endedWithin);

        assertThat(summaries(SickLeaveEngine.overview(certificates, p))).isEqualTo(expected);

        // Order of input is irrelevant (apart from the order of groups in the result).
        List<CertificateFacts> reversed = new ArrayList<>(certificates);
        Collections.reverse(reversed);
        assertThat(SickLeaveEngine.overview(reversed, p))
                .containsExactlyInAnyOrderElementsOf(SickLeaveEngine.overview(certificates, p));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            newest first, ended and future too | c1 01-01..01-10:100; c2 02-01..02-20:50; c3 s=02-10 04-01..04-10:25 | 5 | 02-10 | "P@U 04-01..04-10 d10 [25] c3:25 c3 ended | P@U 02-01..02-20 d20 [50] c2:50 c2 active | P@U 01-01..01-10 d10 [100] c1:100 c1 ended"
            gap of exactly maxGap merges       | c1 02-01..02-10:100; c2 02-16..02-20:100 | 5 | 02-18 | "P@U 02-01..02-20 d15 [100] c2:100 c1,c2 active"
            gap of maxGap+1 splits             | c1 02-01..02-10:100; c2 02-16..02-20:100 | 4 | 02-18 | "P@U 02-16..02-20 d5 [100] c2:100 c2 active | P@U 02-01..02-10 d10 [100] c1:100 c1 ended"
            groups in order of first appearance | c1/B@U2 02-01..02-10:100; c2/A@U2 02-01..02-10:100; c3/B@U1 02-01..02-10:100; c4/B@U2 02-20..02-28:50 | 5 | 02-05 | "B@U2 02-20..02-28 d9 [50] c4:50 c4 ended | B@U2 02-01..02-10 d10 [100] c1:100 c1 active | A@U2 02-01..02-10 d10 [100] c2:100 c2 active | B@U1 02-01..02-10 d10 [100] c3:100 c3 active"
            """)
    void allCasesRules(String rule, String spec, int maxGap, String activeOn, String expected) {
        assertThat(summaries(SickLeaveEngine.allCases(certs(spec), maxGap, date(activeOn)))).isEqualTo(expected);
    }

    @Test
    void emptyInputGivesNoCases() {
        assertThat(SickLeaveEngine.allCases(List.of(), 5, LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(SickLeaveEngine.overview(List.of(), new EngineParameters(LocalDate.of(2026, 1, 1), 5, 0)))
                .isEmpty();
    }

    @Test
    void parametersAreValidated() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        assertThatThrownBy(() -> new EngineParameters(d, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EngineParameters(d, 91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EngineParameters(d, 5, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new EngineParameters(d, 90, 14).maxGapDays()).isEqualTo(90);
        assertThatThrownBy(() -> SickLeaveEngine.allCases(List.of(), 91, d))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}..{1} degree {2}")
    @CsvSource({"02-02, 02-01, 100", "02-01, 02-02, 0", "02-01, 02-02, 60", "02-01, 02-02, 101"})
    void invalidPeriodsAreRejected(String from, String to, int degree) {
        assertThatThrownBy(() -> new Period(date(from), date(to), degree))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void certificateSpansItsPeriodsAndSortsThem() {
        CertificateFacts c = certs("c1 02-15..02-28:50 02-01..02-14:100").get(0);
        assertThat(c.start()).isEqualTo(date("02-01"));
        assertThat(c.end()).isEqualTo(date("02-28"));
        assertThat(c.periods()).extracting(Period::degree).containsExactly(100, 50);
        assertThat(c.secondaryDiagnosisCodes()).isEmpty();
        assertThatThrownBy(() -> new CertificateFacts("x", "P", "U", "D", "N", date("02-01"), "F32", "t",
                null, "STUDIER", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
