package se.koordinera.sickleave.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the sick-leave case engine, each checked on the same seeded random cases: first
 * boundary cases, then cases built around the merge limit, then {@value #RANDOM_CASES} random ones,
 * all generated from the fixed {@link #SEED}. The seed and the case index are in every test name:
 * the same seed gives the same cases, so a failing case can be run again as it was (case n is
 * JUnit's invocation [n]).
 */
class SickLeaveEnginePropertiesTest {

    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);

    static final long SEED = 20_261_126L;

    static final int RANDOM_CASES = 1000;

    static final int MERGE_LIMIT_CASES = 200;

    private static final String[] PATIENTS = {"P1", "P2", "P3", "P4"};

    private static final String[] UNITS = {"U1", "U2"};

    private static final int[] DEGREES = {25, 50, 75, 100};

    /**
     * One generated input: the certificates, the reference day D (BASE - 10 .. BASE + 280), maxGap
     * (0..90), K (0..14), a gap (0..89) and how much more (1..90) for the monotonicity property, and
     * a seed for shuffling.
     */
    record EngineCase(List<CertificateFacts> certs, LocalDate d, int maxGap, int k, int gap, int more,
                      long shuffleSeed) {
        @Override
        public String toString() {
            return certs.size() + " certificates, D " + d + ", maxGap " + maxGap + ", K " + k
                    + ", gap " + gap + " + " + more;
        }
    }

    /** Every case: the boundary ones, those around the merge limit, then the random ones. */
    static Stream<Arguments> cases() {
        Random random = new Random(SEED);
        List<EngineCase> all = new ArrayList<>(boundaryCases(random));
        for (int i = 0; i < MERGE_LIMIT_CASES; i++) {
            all.add(mergeLimitCase(random));
        }
        for (int i = 0; i < RANDOM_CASES; i++) {
            all.add(randomCase(random));
        }
        List<Arguments> cases = new ArrayList<>();
        for (EngineCase c : all) {
            cases.add(Arguments.of(SEED, cases.size() + 1, c));
        }
        return cases.stream();
    }

    /**
     * The ends of every range: no certificate, one one-day certificate, one of three 60-day periods
     * at the last start, and two certificates exactly maxGap and maxGap + 1 days apart; maxGap 0 and
     * 90, K 0 and 14, D at both ends of its range and on BASE, gap 0 and 89, more 1 and 90.
     */
    private static List<EngineCase> boundaryCases(Random random) {
        List<EngineCase> cases = new ArrayList<>();
        for (int maxGap : new int[] {0, 90}) {
            List<List<CertificateFacts>> sets = List.of(
                    List.of(),
                    List.of(certificate("c0", "P1", "U1", BASE, new int[] {1}, new int[] {100}, 0)),
                    List.of(certificate("c0", "P4", "U2", BASE.plusDays(200), new int[] {60, 60, 60},
                            new int[] {25, 50, 100}, 5)),
                    twoApart(maxGap),
                    twoApart(maxGap + 1));
            for (List<CertificateFacts> certs : sets) {
                for (int k : new int[] {0, 14}) {
                    for (int dayOffset : new int[] {-10, 0, 280}) {
                        cases.add(new EngineCase(certs, BASE.plusDays(dayOffset), maxGap, k,
                                Math.min(maxGap, 89), k == 0 ? 1 : 90, random.nextLong()));
                    }
                }
            }
        }
        return cases;
    }

    /** Two certificates of one patient at one unit, {@code gap} days between the first's end and the second's start. */
    private static List<CertificateFacts> twoApart(int gap) {
        CertificateFacts first = certificate("c0", "P1", "U1", BASE, new int[] {10}, new int[] {50}, 0);
        CertificateFacts second = certificate("c1", "P1", "U1", first.end().plusDays(gap + 1L), new int[] {10},
                new int[] {100}, 1);
        return List.of(first, second);
    }

    /**
     * Up to three groups whose certificates follow each other at maxGap - 1, maxGap or maxGap + 1
     * days (or overlap), in shuffled order; D near a certificate's start or end, or K days after it.
     */
    private static EngineCase mergeLimitCase(Random r) {
        int maxGap = r.nextInt(91);
        int k = r.nextInt(15);
        List<CertificateFacts> certs = new ArrayList<>();
        int groups = 1 + r.nextInt(3);
        for (int g = 0; g < groups; g++) {
            String patient = PATIENTS[r.nextInt(PATIENTS.length)];
            String unit = UNITS[r.nextInt(UNITS.length)];
            LocalDate caseEnd = null;
            int n = 2 + r.nextInt(4);
            for (int j = 0; j < n; j++) {
                LocalDate from;
                if (caseEnd == null) {
                    from = BASE.plusDays(r.nextInt(60));
                } else {
                    int choice = r.nextInt(4);
                    int gap = choice == 3 ? -1 - r.nextInt(10) : maxGap - 1 + choice;
                    from = caseEnd.plusDays(gap + 1L);
                }
                CertificateFacts c = certificate("tmp", patient, unit, from, lengths(r, 30), degrees(r), r.nextInt(6));
                certs.add(c);
                caseEnd = caseEnd == null || c.end().isAfter(caseEnd) ? c.end() : caseEnd;
            }
        }
        Collections.shuffle(certs, r);
        CertificateFacts near = certs.get(r.nextInt(certs.size()));
        LocalDate[] days = {near.start().minusDays(1), near.start(), near.end(), near.end().plusDays(1),
                near.end().plusDays(k), near.end().plusDays(k + 1L), BASE.plusDays(-10 + r.nextInt(291))};
        return new EngineCase(withIds(certs), days[r.nextInt(days.length)], maxGap, k, Math.min(maxGap, 89),
                r.nextBoolean() ? 1 : 1 + r.nextInt(90), r.nextLong());
    }

    /**
     * Certificates of up to 4 patients at 2 units in a 200-day window; periods never overlap inside
     * one. 0..25 certificates, each with 1..3 periods of 1..60 days, signed 0..5 days before its start.
     */
    private static EngineCase randomCase(Random r) {
        int size = r.nextInt(26);
        List<CertificateFacts> certs = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            certs.add(certificate("c" + i, PATIENTS[r.nextInt(PATIENTS.length)], UNITS[r.nextInt(UNITS.length)],
                    BASE.plusDays(r.nextInt(201)), lengths(r, 60), degrees(r), r.nextInt(6)));
        }
        return new EngineCase(certs, BASE.plusDays(-10 + r.nextInt(291)), r.nextInt(91), r.nextInt(15),
                r.nextInt(90), 1 + r.nextInt(90), r.nextLong());
    }

    private static int[] lengths(Random r, int longest) {
        int[] lengths = new int[1 + r.nextInt(3)];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = 1 + r.nextInt(longest);
        }
        return lengths;
    }

    private static int[] degrees(Random r) {
        return new int[] {DEGREES[r.nextInt(4)], DEGREES[r.nextInt(4)], DEGREES[r.nextInt(4)]};
    }

    /** A certificate of back-to-back periods from {@code from}, signed {@code signedBefore} days before it. */
    private static CertificateFacts certificate(String id, String patient, String unit, LocalDate from,
                                                int[] lengths, int[] degrees, int signedBefore) {
        List<Period> periods = new ArrayList<>();
        LocalDate start = from;
        for (int i = 0; i < lengths.length; i++) {
            LocalDate to = start.plusDays(lengths[i] - 1L);
            periods.add(new Period(start, to, degrees[i]));
            start = to.plusDays(1);
        }
        return new CertificateFacts(id, patient, unit, "D", "Doktor", from.minusDays(signedBefore), "M54.5",
                "Lumbago", List.of(), "NUVARANDE_ARBETE", periods);
    }

    private static List<CertificateFacts> withIds(List<CertificateFacts> list) {
        List<CertificateFacts> withIds = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            CertificateFacts c = list.get(i);
            withIds.add(new CertificateFacts("c" + i, c.patientId(), c.unitId(), c.doctorId(), c.doctorName(),
                    c.signed(), c.diagnosisCode(), c.diagnosisText(), c.secondaryDiagnosisCodes(),
                    c.occupation(), c.periods()));
        }
        return withIds;
    }

    @ParameterizedTest(name = "seed {0}, case {1}: {2}")
    @MethodSource("cases")
    @DisplayName("Sjukfall: the cases do not depend on the order of the certificates")
    void shufflingInputGivesTheSameResult(long seed, int caseIndex, EngineCase input) {
        List<CertificateFacts> certs = input.certs();
        LocalDate d = input.d();
        int maxGap = input.maxGap();
        int k = input.k();
        List<CertificateFacts> shuffled = new ArrayList<>(certs);
        Collections.shuffle(shuffled, new Random(input.shuffleSeed()));
        EngineParameters p = new EngineParameters(d, maxGap, k);
        assertThat(SickLeaveEngine.overview(shuffled, p))
                .containsExactlyInAnyOrderElementsOf(SickLeaveEngine.overview(certs, p));
        // Per group the order (newest first) is fixed; only the order of groups follows the input.
        assertThat(byGroup(SickLeaveEngine.allCases(shuffled, maxGap, d)))
                .isEqualTo(byGroup(SickLeaveEngine.allCases(certs, maxGap, d)));
    }

    private static Map<String, List<SickLeaveCase>> byGroup(List<SickLeaveCase> cases) {
        return cases.stream().collect(Collectors.groupingBy(c -> c.unitId() + "/" + c.patientId()));
    }

    @ParameterizedTest(name = "seed {0}, case {1}: {2}")
    @MethodSource("cases")
    @DisplayName("Sjukfall: the days lie between the longest period and the span of the case")
    void daysAreBoundedBySpanAndLongestPeriod(long seed, int caseIndex, EngineCase input) {
        List<CertificateFacts> certs = input.certs();
        LocalDate d = input.d();
        int maxGap = input.maxGap();
        for (SickLeaveCase c : SickLeaveEngine.allCases(certs, maxGap, d)) {
            long span = c.end().toEpochDay() - c.start().toEpochDay() + 1;
            int longest = c.certificates().stream().flatMap(x -> x.periods().stream())
                    .mapToInt(Period::days).max().orElseThrow();
            assertThat((long) c.days()).isLessThanOrEqualTo(span).isGreaterThanOrEqualTo(longest);
        }
    }

    /** Oracle: a naive per-day set gives the same day count and the same active flag. */
    @ParameterizedTest(name = "seed {0}, case {1}: {2}")
    @MethodSource("cases")
    @DisplayName("Sjukfall: days, active, start and end match a naive per-day set (gap days not counted)")
    void daysAndActiveMatchANaiveDaySet(long seed, int caseIndex, EngineCase input) {
        List<CertificateFacts> certs = input.certs();
        LocalDate d = input.d();
        int maxGap = input.maxGap();
        for (SickLeaveCase c : SickLeaveEngine.allCases(certs, maxGap, d)) {
            Set<LocalDate> covered = new HashSet<>();
            for (CertificateFacts x : c.certificates()) {
                for (Period p : x.periods()) {
                    p.from().datesUntil(p.to().plusDays(1)).forEach(covered::add);
                }
            }
            assertThat(c.days()).isEqualTo(covered.size());
            assertThat(c.active()).isEqualTo(covered.contains(d));
            assertThat(c.start()).isEqualTo(Collections.min(covered));
            assertThat(c.end()).isEqualTo(Collections.max(covered));
        }
    }

    @ParameterizedTest(name = "seed {0}, case {1}: {2}")
    @MethodSource("cases")
    @DisplayName("Sjukfall: a larger max gap never gives more cases")
    void largerMaxGapNeverProducesMoreCases(long seed, int caseIndex, EngineCase input) {
        List<CertificateFacts> certs = input.certs();
        int gap = input.gap();
        int more = input.more();
        int larger = Math.min(90, gap + more);
        assertThat(SickLeaveEngine.allCases(certs, larger, BASE).size())
                .isLessThanOrEqualTo(SickLeaveEngine.allCases(certs, gap, BASE).size());
    }

    @ParameterizedTest(name = "seed {0}, case {1}: {2}")
    @MethodSource("cases")
    @DisplayName("Sjukfall: every certificate is in exactly one case, of its own patient and unit")
    void everyCertificateBelongsToExactlyOneCase(long seed, int caseIndex, EngineCase input) {
        List<CertificateFacts> certs = input.certs();
        int maxGap = input.maxGap();
        List<SickLeaveCase> cases = SickLeaveEngine.allCases(certs, maxGap, BASE);
        List<String> ids = cases.stream().flatMap(c -> c.certificates().stream()).map(CertificateFacts::id).toList();
        assertThat(ids).containsExactlyInAnyOrderElementsOf(certs.stream().map(CertificateFacts::id).toList());
        for (SickLeaveCase c : cases) {
            assertThat(c.certificates()).allSatisfy(x -> {
                assertThat(x.patientId()).isEqualTo(c.patientId());
                assertThat(x.unitId()).isEqualTo(c.unitId());
            });
            assertThat(c.certificates()).contains(c.current());
        }
    }

    /** Cases of one group are separated by more than maxGap days; inside a case no such gap exists. */
    @ParameterizedTest(name = "seed {0}, case {1}: {2}")
    @MethodSource("cases")
    @DisplayName("Sjukfall: the cases of one patient and unit are more than max gap days apart")
    void casesAreSeparatedByMoreThanMaxGap(long seed, int caseIndex, EngineCase input) {
        List<CertificateFacts> certs = input.certs();
        int maxGap = input.maxGap();
        Map<String, List<SickLeaveCase>> byGroup = SickLeaveEngine.allCases(certs, maxGap, BASE).stream()
                .collect(Collectors.groupingBy(c -> c.unitId() + "/" + c.patientId()));
        for (List<SickLeaveCase> group : byGroup.values()) {
            for (int i = 0; i + 1 < group.size(); i++) {
                SickLeaveCase newer = group.get(i);
                SickLeaveCase older = group.get(i + 1);
                assertThat(newer.start().toEpochDay() - older.end().toEpochDay() - 1).isGreaterThan(maxGap);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}, case {1}: {2}")
    @MethodSource("cases")
    @DisplayName("R1 overview: at most one listed case per patient and unit, active or ended within K days")
    void listedCasesAtMostOnePerPatientAndUnit(long seed, int caseIndex, EngineCase input) {
        List<CertificateFacts> certs = input.certs();
        LocalDate d = input.d();
        int maxGap = input.maxGap();
        int k = input.k();
        List<SickLeaveCase> listed = SickLeaveEngine.overview(certs, new EngineParameters(d, maxGap, k));
        Map<String, Set<String>> patientsPerUnit = new HashMap<>();
        certs.forEach(c -> patientsPerUnit.computeIfAbsent(c.unitId(), u -> new HashSet<>()).add(c.patientId()));
        Map<String, Long> listedPerUnit = listed.stream()
                .collect(Collectors.groupingBy(SickLeaveCase::unitId, Collectors.counting()));
        listedPerUnit.forEach((unit, n) -> assertThat(n).isLessThanOrEqualTo(patientsPerUnit.get(unit).size()));
        assertThat(listed.stream().map(c -> c.unitId() + "/" + c.patientId()).distinct().count())
                .isEqualTo(listed.size());
        for (SickLeaveCase c : listed) {
            assertThat(c.start()).isBeforeOrEqualTo(d);
            if (!c.active()) {
                assertThat(c.end()).isBefore(d).isAfterOrEqualTo(d.minusDays(k));
            }
            // The listed case is one of allCases.
            assertThat(SickLeaveEngine.allCases(certs, maxGap, d)).contains(c);
        }
    }

    /** Oracle: a deliberately naive re-implementation of the listing rules gives the same overview. */
    @ParameterizedTest(name = "seed {0}, case {1}: {2}")
    @MethodSource("cases")
    @DisplayName("R1 overview: the listing matches a naive re-implementation of the listing rules")
    void overviewMatchesANaiveImplementation(long seed, int caseIndex, EngineCase input) {
        List<CertificateFacts> certs = input.certs();
        LocalDate d = input.d();
        int maxGap = input.maxGap();
        int k = input.k();
        Map<String, String> expected = new HashMap<>();
        Map<String, List<CertificateFacts>> groups = certs.stream()
                .collect(Collectors.groupingBy(c -> c.unitId() + "/" + c.patientId()));
        groups.forEach((key, group) -> {
            List<CertificateFacts> sorted = new ArrayList<>(group);
            sorted.sort(java.util.Comparator.comparing(CertificateFacts::start)
                    .thenComparing(CertificateFacts::signed).thenComparing(CertificateFacts::id));
            List<List<CertificateFacts>> cases = new ArrayList<>();
            LocalDate caseEnd = null;
            for (CertificateFacts c : sorted) {
                if (caseEnd == null || c.start().isAfter(caseEnd.plusDays(maxGap + 1L))) {
                    cases.add(new ArrayList<>());
                    caseEnd = c.end();
                }
                cases.get(cases.size() - 1).add(c);
                caseEnd = c.end().isAfter(caseEnd) ? c.end() : caseEnd;
            }
            String chosen = null;
            LocalDate chosenEnd = null;
            for (List<CertificateFacts> c : cases) {
                LocalDate end = c.stream().map(CertificateFacts::end).max(LocalDate::compareTo).orElseThrow();
                boolean active = c.stream().anyMatch(x -> x.periods().stream().anyMatch(p -> p.covers(d)));
                if (active) {
                    chosen = naiveSummary(c, d, true);
                    break;
                }
                if (end.isBefore(d) && !end.isBefore(d.minusDays(k))
                        && (chosenEnd == null || end.isAfter(chosenEnd))) {
                    chosen = naiveSummary(c, d, false);
                    chosenEnd = end;
                }
            }
            if (chosen != null) {
                expected.put(key, chosen);
            }
        });
        Map<String, String> actual = new HashMap<>();
        SickLeaveEngine.overview(certs, new EngineParameters(d, maxGap, k))
                .forEach(c -> actual.put(c.unitId() + "/" + c.patientId(), EngineFixtures.summary(c)));
        assertThat(actual).isEqualTo(expected);
    }

    private static String naiveSummary(List<CertificateFacts> c, LocalDate d, boolean active) {
        java.util.Comparator<CertificateFacts> bySigned = java.util.Comparator.comparing(CertificateFacts::signed)
                .thenComparing(CertificateFacts::start).thenComparing(CertificateFacts::id);
        CertificateFacts current = c.stream()
                .filter(x -> x.periods().stream().anyMatch(p -> p.covers(d)))
                .max(bySigned)
                .orElseGet(() -> c.stream().max(java.util.Comparator.comparing(CertificateFacts::end)
                        .thenComparing(bySigned)).orElseThrow());
        int degree = current.periods().stream().filter(p -> p.covers(d)).findFirst()
                .orElse(current.periods().get(current.periods().size() - 1)).degree();
        Set<LocalDate> covered = new HashSet<>();
        List<Period> periods = new ArrayList<>();
        for (CertificateFacts x : c) {
            periods.addAll(x.periods());
            x.periods().forEach(p -> p.from().datesUntil(p.to().plusDays(1)).forEach(covered::add));
        }
        periods.sort(java.util.Comparator.comparing(Period::from)); // stable: ties keep certificate order
        List<Integer> degrees = periods.stream().map(Period::degree).distinct().toList();
        CertificateFacts first = c.get(0);
        SickLeaveCase expected = new SickLeaveCase(first.patientId(), first.unitId(), Collections.min(covered),
                Collections.max(covered), covered.size(), degrees, current, degree, c, active);
        return EngineFixtures.summary(expected);
    }
}
