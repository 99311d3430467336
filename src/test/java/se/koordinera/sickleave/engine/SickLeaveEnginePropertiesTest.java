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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SickLeaveEnginePropertiesTest {

    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);

    /** Certificates of up to 4 patients at 2 units in a 200-day window; periods never overlap inside one. */
    @Provide
    Arbitrary<List<CertificateFacts>> certificates() {
        Arbitrary<CertificateFacts> cert = Combinators.combine(
                Arbitraries.of("P1", "P2", "P3", "P4"),
                Arbitraries.of("U1", "U2"),
                Arbitraries.integers().between(0, 200),
                Arbitraries.integers().between(1, 60).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(25, 50, 75, 100).list().ofSize(3),
                Arbitraries.integers().between(0, 5))
            .as((patient, unit, startOffset, lengths, degrees, signedBefore) -> {
                List<Period> periods = new ArrayList<>();
                LocalDate from = BASE.plusDays(startOffset);
                for (int i = 0; i < lengths.size(); i++) {
                    LocalDate to = from.plusDays(lengths.get(i) - 1L);
                    periods.add(new Period(from, to, degrees.get(i)));
                    from = to.plusDays(1);
                }
                return new CertificateFacts("tmp", patient, unit, "D", "Doktor", periods.get(0).from()
                        .minusDays(signedBefore), "M54.5", "Lumbago", List.of(), "NUVARANDE_ARBETE", periods);
            });
        return cert.list().ofMinSize(0).ofMaxSize(25).map(list -> {
            List<CertificateFacts> withIds = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                CertificateFacts c = list.get(i);
                withIds.add(new CertificateFacts("c" + i, c.patientId(), c.unitId(), c.doctorId(), c.doctorName(),
                        c.signed(), c.diagnosisCode(), c.diagnosisText(), c.secondaryDiagnosisCodes(),
                        c.occupation(), c.periods()));
            }
            return withIds;
        });
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(-10, 280).map(d -> BASE.plusDays(d));
    }

    @Property
    void shufflingInputGivesTheSameResult(@ForAll("certificates") List<CertificateFacts> certs,
                                          @ForAll("days") LocalDate d,
                                          @ForAll @IntRange(min = 0, max = 90) int maxGap,
                                          @ForAll @IntRange(min = 0, max = 14) int k,
                                          @ForAll long seed) {
        List<CertificateFacts> shuffled = new ArrayList<>(certs);
        Collections.shuffle(shuffled, new Random(seed));
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

    @Property
    void daysAreBoundedBySpanAndLongestPeriod(@ForAll("certificates") List<CertificateFacts> certs,
                                              @ForAll("days") LocalDate d,
                                              @ForAll @IntRange(min = 0, max = 90) int maxGap) {
        for (SickLeaveCase c : SickLeaveEngine.allCases(certs, maxGap, d)) {
            long span = c.end().toEpochDay() - c.start().toEpochDay() + 1;
            int longest = c.certificates().stream().flatMap(x -> x.periods().stream())
                    .mapToInt(Period::days).max().orElseThrow();
            assertThat((long) c.days()).isLessThanOrEqualTo(span).isGreaterThanOrEqualTo(longest);
        }
    }

    /** Oracle: a naive per-day set gives the same day count and the same active flag. */
    @Property
    void daysAndActiveMatchANaiveDaySet(@ForAll("certificates") List<CertificateFacts> certs,
                                        @ForAll("days") LocalDate d,
                                        @ForAll @IntRange(min = 0, max = 90) int maxGap) {
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

    @Property
    void largerMaxGapNeverProducesMoreCases(@ForAll("certificates") List<CertificateFacts> certs,
                                            @ForAll @IntRange(min = 0, max = 89) int gap,
                                            @ForAll @IntRange(min = 1, max = 90) int more) {
        int larger = Math.min(90, gap + more);
        assertThat(SickLeaveEngine.allCases(certs, larger, BASE).size())
                .isLessThanOrEqualTo(SickLeaveEngine.allCases(certs, gap, BASE).size());
    }

    @Property
    void everyCertificateBelongsToExactlyOneCase(@ForAll("certificates") List<CertificateFacts> certs,
                                                 @ForAll @IntRange(min = 0, max = 90) int maxGap) {
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
    @Property
    void casesAreSeparatedByMoreThanMaxGap(@ForAll("certificates") List<CertificateFacts> certs,
                                           @ForAll @IntRange(min = 0, max = 90) int maxGap) {
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

    @Property
    void listedCasesAtMostOnePerPatientAndUnit(@ForAll("certificates") List<CertificateFacts> certs,
                                               @ForAll("days") LocalDate d,
                                               @ForAll @IntRange(min = 0, max = 90) int maxGap,
                                               @ForAll @IntRange(min = 0, max = 14) int k) {
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
    @Property
    void overviewMatchesANaiveImplementation(@ForAll("certificates") List<CertificateFacts> certs,
                                             @ForAll("days") LocalDate d,
                                             @ForAll @IntRange(min = 0, max = 90) int maxGap,
                                             @ForAll @IntRange(min = 0, max = 14) int k) {
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
