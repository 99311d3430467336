package se.koordinera.sickleave.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.koordinera.patient.Gender;
import se.koordinera.patient.Personnummer;
import se.koordinera.sickleave.engine.CertificateFacts;
import se.koordinera.sickleave.engine.EngineParameters;
import se.koordinera.sickleave.engine.Period;
import se.koordinera.sickleave.engine.SickLeaveCase;
import se.koordinera.sickleave.engine.SickLeaveEngine;

class SyntheticCertificatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String PROVIDER = "TSTNMT2321000156-1000";
    private static final String UNIT = "TSTNMT2321000156-1002";
    private static final List<Doctor> DOCTORS = List.of(
            new Doctor("TSTNMT2321000156-D001", "Ajla Doktor"),
            new Doctor("TSTNMT2321000156-D002", "Per Läkare"));
    private static final Pattern ICD10 = Pattern.compile("[A-Z]\\d{2}(\\.\\d[0-9A-Z]?)?");

    private static List<GeneratedCertificate> generate(long seed, int patients) {
        return new SyntheticCertificates(seed).generate(PROVIDER, UNIT, DOCTORS, patients, TODAY);
    }

    @Test
    void sameSeedGivesIdenticalOutput() {
        assertThat(generate(42, 300)).isEqualTo(generate(42, 300));
        assertThat(generate(42, 300)).isNotEqualTo(generate(43, 300));
    }

    @Test
    void streamAndRegionMatchGenerate() {
        SyntheticCertificates g = new SyntheticCertificates(7);
        List<GeneratedCertificate> list = g.generate(PROVIDER, UNIT, DOCTORS, 200, TODAY);
        assertThat(g.stream(PROVIDER, UNIT, DOCTORS, 200, TODAY).toList()).isEqualTo(list);
        // A unit's certificates do not depend on the units generated before it.
        List<GeneratedCertificate> region = g.region(PROVIDER, List.of("TSTNMT2321000156-1003", UNIT), DOCTORS,
                200, TODAY).toList();
        assertThat(region.stream().filter(c -> c.facts().unitId().equals(UNIT)).toList()).isEqualTo(list);
    }

    @Test
    void certificatesAreValid() {
        List<GeneratedCertificate> certs = generate(1, 1000);
        Set<String> ids = new HashSet<>();
        for (GeneratedCertificate g : certs) {
            CertificateFacts c = g.facts();
            assertThat(ids.add(c.id())).as("unique id %s", c.id()).isTrue();
            assertThat(c.id()).matches("c-1002-\\d{6}");
            assertThat(Personnummer.isValid(c.patientId())).as(c.patientId()).isTrue();
            assertThat(Personnummer.parse(c.patientId(), TODAY).value()).isEqualTo(c.patientId());
            assertThat(c.unitId()).isEqualTo(UNIT);
            assertThat(g.careProviderId()).isEqualTo(PROVIDER);
            assertThat(DOCTORS).contains(new Doctor(c.doctorId(), c.doctorName()));
            assertThat(c.diagnosisCode()).matches(ICD10);
            assertThat(c.diagnosisText()).isNotBlank();
            assertThat(c.secondaryDiagnosisCodes()).allMatch(s -> ICD10.matcher(s).matches())
                    .doesNotContain(c.diagnosisCode());
            assertThat(SyntheticCertificates.OCCUPATIONS).contains(c.occupation());
            assertThat(c.signed()).isBeforeOrEqualTo(TODAY).isBeforeOrEqualTo(c.start())
                    .isAfterOrEqualTo(c.start().minusDays(5));
            assertThat(g.patientName()).matches("\\p{L}+ \\p{L}+(-\\p{L}+)?");
            List<Period> periods = c.periods();
            for (int i = 1; i < periods.size(); i++) {
                assertThat(periods.get(i).from()).as("periods of %s do not overlap", c.id())
                        .isAfter(periods.get(i - 1).to());
            }
        }
    }

    @Test
    void distributionIsRealistic() {
        List<GeneratedCertificate> certs = generate(2026, 2000);
        Map<String, CertificateFacts> firstByPatient = new HashMap<>();
        Map<String, GeneratedCertificate> patients = new HashMap<>();
        certs.forEach(g -> {
            firstByPatient.putIfAbsent(g.facts().patientId(), g.facts());
            patients.putIfAbsent(g.facts().patientId(), g);
        });
        assertThat(patients).hasSize(2000);

        long fm = certs.stream().map(g -> g.facts().diagnosisCode().charAt(0)).filter(ch -> ch == 'F' || ch == 'M')
                .count();
        assertThat((double) fm / certs.size()).isGreaterThan(0.60);
        long f = certs.stream().filter(g -> g.facts().diagnosisCode().startsWith("F")).count();
        assertThat((double) f / certs.size()).isBetween(0.35, 0.55);

        List<Personnummer> pnrs = patients.keySet().stream().map(p -> Personnummer.parse(p, TODAY)).toList();
        assertThat(pnrs).allSatisfy(p -> assertThat(p.ageOn(TODAY)).isBetween(18, 67));
        double women = pnrs.stream().filter(p -> p.gender() == Gender.F).count() / 2000.0;
        assertThat(women).isBetween(0.55, 0.65);
        double coordination = pnrs.stream().filter(Personnummer::isCoordinationNumber).count() / 2000.0;
        assertThat(coordination).isBetween(0.005, 0.04);
        double protectedShare = patients.values().stream().filter(GeneratedCertificate::protectedIdentity).count()
                / 2000.0;
        assertThat(protectedShare).isBetween(0.002, 0.025);

        Map<Integer, Long> degrees = certs.stream().flatMap(g -> g.facts().periods().stream())
                .collect(Collectors.groupingBy(Period::degree, Collectors.counting()));
        assertThat(degrees.get(100)).as(degrees.toString()).isGreaterThan(degrees.get(50)).isGreaterThan(degrees.get(75))
                .isGreaterThan(degrees.get(25));

        List<SickLeaveCase> cases = SickLeaveEngine.allCases(certs.stream().map(GeneratedCertificate::facts).toList(),
                5, TODAY);
        assertThat(cases.stream().filter(c -> c.days() > 365).count()).isGreaterThan(0);
        assertThat(cases.stream().filter(c -> c.days() > 730).count()).isGreaterThan(0);
        long shortCases = cases.stream().filter(c -> c.days() >= 14 && c.days() <= 56).count();
        assertThat((double) shortCases / cases.size()).isGreaterThan(0.35);
        assertThat(cases.size()).as("some patients have several cases").isGreaterThan(2400);
        assertThat(cases.stream().anyMatch(c -> c.degrees().size() > 2)).isTrue();
        double certsPerPatient = certs.size() / 2000.0;
        assertThat(certsPerPatient).isBetween(2.5, 5.0);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 42, 2026, 123456789})
    void activeShareIsCalibrated(long seed) {
        List<CertificateFacts> facts = generate(seed, 500).stream().map(GeneratedCertificate::facts).toList();
        List<SickLeaveCase> listed = SickLeaveEngine.overview(facts, new EngineParameters(TODAY, 5, 0));
        assertThat(listed).allMatch(SickLeaveCase::active);
        assertThat(listed.size()).as("active cases of 500 patients").isBetween(300, 360);
    }
}
