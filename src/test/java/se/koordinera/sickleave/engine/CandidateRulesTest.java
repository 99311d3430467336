package se.koordinera.sickleave.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.koordinera.sickleave.engine.CandidateRules.Flag;
import se.koordinera.sickleave.engine.CandidateRules.Raised;

/** Every flag of the candidate worklist, with its reason in words, and the repeated-sick-leave rule. */
class CandidateRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final CandidateCriteria DEFAULTS = CandidateCriteria.DEFAULTS;
    private int ids;

    CertificateFacts cert(String diagnosis, LocalDate signed, Period... periods) {
        return new CertificateFacts("c" + ids++, "P", "U", "D", "Doktor", signed, diagnosis, null, List.of(), null, List.of(periods));
    }

    CertificateFacts cert(LocalDate from, LocalDate to, int degree) {
        return cert("M54.5", from, new Period(from, to, degree));
    }

    List<Raised> flags(CandidateCriteria criteria, LocalDate caseOpened, CertificateFacts... certificates) {
        return CandidateRules.flags(SickLeaveEngine.allCases(List.of(certificates), 5, TODAY), criteria, TODAY, caseOpened);
    }

    static List<Flag> kinds(List<Raised> raised) {
        return raised.stream().map(Raised::flag).toList();
    }

    @Test
    @DisplayName("R16: a long sick leave is flagged from the unit's number of days, with the days in words")
    void longSickLeave() {
        // The days of the case are its covered days, the certified days after today included.
        List<Raised> at14 = flags(DEFAULTS, null, cert(TODAY.minusDays(3), TODAY.plusDays(10), 100));
        assertThat(kinds(at14)).containsExactly(Flag.LONG_SICK_LEAVE);
        assertThat(at14.get(0).because()).isEqualTo("Pågående sjukskrivning i 14 dagar (enhetens gräns: minst 14 dagar)");
        assertThat(at14.get(0).caseStart()).isEqualTo(TODAY.minusDays(3));
        assertThat(kinds(flags(DEFAULTS, null, cert(TODAY.minusDays(3), TODAY.plusDays(9), 100)))).isEmpty();
        assertThat(kinds(flags(DEFAULTS.withLongSickLeaveDays(30), null, cert(TODAY.minusDays(20), TODAY.plusDays(5), 100)))).isEmpty();
    }

    @Test
    @DisplayName("R16: a current main diagnosis in chapter F is flagged, and the unit can turn the criterion off")
    void mentalDiagnosis() {
        CertificateFacts f = cert("F32.1", TODAY.minusDays(3), new Period(TODAY.minusDays(3), TODAY.plusDays(5), 100));
        List<Raised> raised = flags(DEFAULTS, null, f);
        assertThat(kinds(raised)).containsExactly(Flag.MENTAL_DIAGNOSIS);
        assertThat(raised.get(0).because()).contains("kapitel F").doesNotContain("F32");
        CandidateCriteria off = new CandidateCriteria(14, false, 3, 180, 14, 8, 30);
        assertThat(kinds(flags(off, null, f))).isEmpty();
        assertThat(kinds(flags(DEFAULTS, null, cert("f32", TODAY.minusDays(3), new Period(TODAY.minusDays(3), TODAY, 50)))))
                .containsExactly(Flag.MENTAL_DIAGNOSIS);
    }

    @Test
    @DisplayName("R16: repeated sick leave: three cases in 12 months are flagged, two are not")
    void repeatedByCasesIn12Months() {
        CertificateFacts a = cert(TODAY.minusDays(300), TODAY.minusDays(295), 100);
        CertificateFacts b = cert(TODAY.minusDays(150), TODAY.minusDays(145), 100);
        CertificateFacts c = cert(TODAY.minusDays(3), TODAY.plusDays(3), 100);
        List<Raised> three = flags(DEFAULTS, null, a, b, c);
        assertThat(kinds(three)).containsExactly(Flag.REPEATED_SICK_LEAVE);
        assertThat(three.get(0).because()).isEqualTo("3 sjukfall de senaste 12 månaderna (enhetens gräns: minst 3)");
        assertThat(three.get(0).caseStart()).isEqualTo(TODAY.minusDays(3));
        assertThat(kinds(flags(DEFAULTS, null, b, c))).isEmpty();
        // The first case ended more than 12 months ago: only two count.
        CertificateFacts old = cert(TODAY.minusMonths(12).minusDays(10), TODAY.minusMonths(12).minusDays(1), 100);
        assertThat(kinds(flags(DEFAULTS, null, old, b, c))).isEmpty();
        CertificateFacts edge = cert(TODAY.minusMonths(12).minusDays(10), TODAY.minusMonths(12), 100);
        assertThat(kinds(flags(DEFAULTS, null, edge, b, c))).as("a case ending exactly 12 months ago still counts")
                .containsExactly(Flag.REPEATED_SICK_LEAVE);
    }

    @Test
    @DisplayName("R16: repeated sick leave: more than N days over two or more cases in 3 years; one long case is not repeated")
    void repeatedByDaysIn3Years() {
        CertificateFacts a = cert(TODAY.minusYears(2), TODAY.minusYears(2).plusDays(99), 100); // 100 days
        CertificateFacts b = cert(TODAY.minusDays(500), TODAY.minusDays(421), 100); // 80 days
        CertificateFacts c = cert(TODAY.minusDays(1), TODAY.plusDays(5), 100); // 2 days up to today
        assertThat(CandidateRules.facts(SickLeaveEngine.allCases(List.of(a, b, c), 5, TODAY), TODAY))
                .isEqualTo(new CandidateRules.Facts(1, 182, 3));
        List<Raised> raised = flags(DEFAULTS, null, a, b, c);
        assertThat(kinds(raised)).containsExactly(Flag.REPEATED_SICK_LEAVE);
        assertThat(raised.get(0).because()).isEqualTo("182 sjukskrivningsdagar i 3 sjukfall de senaste 3 åren (enhetens gräns: mer än 180 dagar)");
        CandidateCriteria higher = new CandidateCriteria(14, true, 3, 182, 14, 8, 30);
        assertThat(kinds(flags(higher, null, a, b, c))).as("182 is not more than 182").isEmpty();
        CertificateFacts oneLong = cert(TODAY.minusDays(400), TODAY.minusDays(200), 100);
        assertThat(kinds(flags(DEFAULTS, null, oneLong))).as("one case is not repeated sick leave").isEmpty();
        // Days before the 3-year window do not count.
        CertificateFacts partly = cert(TODAY.minusYears(3).minusDays(50), TODAY.minusYears(3).plusDays(9), 100);
        assertThat(CandidateRules.facts(SickLeaveEngine.allCases(List.of(partly, c), 5, TODAY), TODAY).daysLast3Years()).as("9 days inside the window").isEqualTo(9 + 2);
    }

    @Test
    @DisplayName("R16: a case reaching day 90 or 180 of the chain within 14 days is flagged with the date")
    void chainLimit() {
        // Day 80 today (degree changes keep the degree flag out).
        LocalDate start = TODAY.minusDays(79);
        CertificateFacts a = cert(start, TODAY.minusDays(30), 100);
        CertificateFacts b = cert(TODAY.minusDays(29), TODAY.plusDays(30), 50);
        List<Raised> raised = flags(DEFAULTS.withLongSickLeaveDays(365), null, a, b);
        assertThat(kinds(raised)).containsExactly(Flag.CHAIN_LIMIT);
        assertThat(raised.get(0).because()).isEqualTo("Dag 80 i rehabiliteringskedjan: dag 90 nås " + TODAY.plusDays(10)
                + " (om 10 dagar), enhetens gräns: inom 14 dagar");
        CertificateFacts early = cert(TODAY.minusDays(60), TODAY.plusDays(30), 100);
        assertThat(kinds(flags(new CandidateCriteria(365, true, 3, 180, 14, 104, 30), null, early))).as("day 61: 29 days to go").isEmpty();
        // Day 360: the next limit is 365, which the worklist does not flag.
        CertificateFacts year = cert(TODAY.minusDays(359), TODAY.minusDays(30), 100);
        CertificateFacts yearB = cert(TODAY.minusDays(29), TODAY.plusDays(3), 75);
        assertThat(kinds(flags(DEFAULTS.withLongSickLeaveDays(365), null, year, yearB))).isEmpty();
    }

    @Test
    @DisplayName("R16: a degree unchanged for more than 8 weeks is flagged, gap days do not break the run, a change does")
    void degreeUnchanged() {
        CandidateCriteria onlyDegree = new CandidateCriteria(365, false, 20, 1095, 0, 8, 0);
        CertificateFacts nineWeeks = cert(TODAY.minusDays(62), TODAY.plusDays(5), 100);
        List<Raised> raised = flags(onlyDegree, null, nineWeeks);
        assertThat(kinds(raised)).containsExactly(Flag.DEGREE_UNCHANGED);
        assertThat(raised.get(0).because()).isEqualTo("Sjukskrivningsgraden 100 % har varit oförändrad i 9 veckor, sedan "
                + TODAY.minusDays(62) + " (enhetens gräns: mer än 8 veckor)");
        assertThat(kinds(flags(onlyDegree, null, cert(TODAY.minusDays(55), TODAY.plusDays(5), 100)))).as("exactly 8 weeks").isEmpty();
        CertificateFacts first = cert(TODAY.minusDays(80), TODAY.minusDays(40), 100);
        CertificateFacts gapThenSame = cert(TODAY.minusDays(37), TODAY.plusDays(5), 100);
        assertThat(kinds(flags(onlyDegree, null, first, gapThenSame))).containsExactly(Flag.DEGREE_UNCHANGED);
        CertificateFacts changed = cert(TODAY.minusDays(37), TODAY.plusDays(5), 50);
        assertThat(kinds(flags(onlyDegree, null, first, changed))).isEmpty();
        // A later signed certificate over the same days decides the degree of those days.
        CertificateFacts overlapping = cert("M54.5", TODAY.minusDays(10), new Period(TODAY.minusDays(10), TODAY.plusDays(5), 50));
        assertThat(kinds(flags(onlyDegree, null, nineWeeks, overlapping))).isEmpty();
    }

    @Test
    @DisplayName("R16: a long case that ended lately without a coordination case is flagged; one opened since its start is a follow-up")
    void endedWithoutFollowUp() {
        CertificateFacts ended = cert(TODAY.minusDays(70), TODAY.minusDays(10), 100);
        List<Raised> raised = flags(DEFAULTS, null, ended);
        assertThat(kinds(raised)).containsExactly(Flag.ENDED_WITHOUT_FOLLOW_UP);
        assertThat(raised.get(0).because()).isEqualTo("Sjukfallet på 61 dagar avslutades " + TODAY.minusDays(10)
                + " utan koordineringsärende (enhetens gräns: minst 14 dagar, avslutat inom 30 dagar)");
        assertThat(kinds(flags(DEFAULTS, TODAY.minusDays(20), ended))).isEmpty();
        assertThat(kinds(flags(DEFAULTS, TODAY.minusDays(100), ended))).as("an earlier coordination case is no follow-up of this one")
                .containsExactly(Flag.ENDED_WITHOUT_FOLLOW_UP);
        assertThat(kinds(flags(DEFAULTS, null, cert(TODAY.minusDays(100), TODAY.minusDays(31), 100)))).as("ended too long ago").isEmpty();
        assertThat(kinds(flags(DEFAULTS, null, cert(TODAY.minusDays(20), TODAY.minusDays(10), 100)))).as("too short").isEmpty();
    }

    @Test
    void aFutureCaseRaisesNothing() {
        assertThat(flags(DEFAULTS, null, cert(TODAY.plusDays(1), TODAY.plusDays(100), 100))).isEmpty();
    }

    @Test
    @DisplayName("R16: seeded random patients: the repeated-sick-leave counts agree with a day-by-day oracle")
    void repeatedCountsAgreeWithADayByDayOracle() {
        Random random = new Random(4711L);
        for (int run = 0; run < 500; run++) {
            List<CertificateFacts> certificates = new ArrayList<>();
            LocalDate from = TODAY.minusDays(1400 + random.nextInt(200));
            while (from.isBefore(TODAY.plusDays(30))) {
                LocalDate to = from.plusDays(random.nextInt(60));
                certificates.add(cert(from, to, 100));
                from = to.plusDays(1 + random.nextInt(120));
            }
            List<SickLeaveCase> cases = SickLeaveEngine.allCases(certificates, 5, TODAY);
            CandidateRules.Facts facts = CandidateRules.facts(cases, TODAY);
            int days = 0;
            for (LocalDate d = TODAY.minusYears(3).plusDays(1); !d.isAfter(TODAY); d = d.plusDays(1)) {
                LocalDate day = d;
                if (certificates.stream().anyMatch(c -> c.periods().stream().anyMatch(p -> p.covers(day)))) {
                    days++;
                }
            }
            long inYear = cases.stream().filter(c -> !c.start().isAfter(TODAY) && !c.end().isBefore(TODAY.minusMonths(12))).count();
            assertThat(facts.daysLast3Years()).as("run %d", run).isEqualTo(days);
            assertThat(facts.casesLast12Months()).as("run %d", run).isEqualTo((int) inYear);
        }
    }
}
