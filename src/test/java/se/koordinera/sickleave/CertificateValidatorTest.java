package se.koordinera.sickleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.koordinera.sickleave.CertificateInput.DiagnosisInput;
import se.koordinera.sickleave.CertificateInput.DoctorInput;
import se.koordinera.sickleave.CertificateInput.PatientInput;
import se.koordinera.sickleave.CertificateInput.PeriodInput;
import se.koordinera.shared.FieldProblem;

class CertificateValidatorTest {

    static CertificateInput valid(String id) {
        return new CertificateInput(id, new PatientInput("191212121212", "Tolvan Tolvansson", null), "CP", "UNIT",
                new DoctorInput("D1", "Ajla Doktor"), "2026-10-01", new DiagnosisInput("F43.8A", "Utmattningssyndrom"),
                List.of(new DiagnosisInput("G47.0", null)), "NUVARANDE_ARBETE",
                List.of(new PeriodInput("2026-10-01", "2026-10-14", 100), new PeriodInput("2026-10-15", "2026-11-11", 50)));
    }

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void theApiExampleIsValid() {
        assertThat(CertificateValidator.validate(List.of(valid("c-0001")))).isEmpty();
    }

    @Test
    void everyProblemOfEveryCertificateIsListed() {
        CertificateInput bad = new CertificateInput("", new PatientInput("191212121213", " ", null), null, null, null, "2026-02-30",
                new DiagnosisInput("43.8", null), List.of(new DiagnosisInput("X", null)), "PENSIONAR",
                List.of(new PeriodInput("2026-10-10", "2026-10-01", 30), new PeriodInput(null, "2026-10-20", 50)));
        assertThat(fields(CertificateValidator.validate(List.of(valid("ok"), bad)))).containsExactlyInAnyOrder(
                "[1].id", "[1].patient.id", "[1].patient.name", "[1].careProviderId", "[1].careUnitId", "[1].doctor.id",
                "[1].signed", "[1].diagnosis.code", "[1].secondaryDiagnoses[0].code", "[1].occupation",
                "[1].periods[0].degree", "[1].periods[0]", "[1].periods[1].from");
    }

    @ParameterizedTest(name = "{0}..{1} and {2}..{3} overlap: {4}")
    @CsvSource({
            "2026-10-01, 2026-10-10, 2026-10-11, 2026-10-20, false",
            "2026-10-01, 2026-10-10, 2026-10-10, 2026-10-20, true",
            "2026-10-01, 2026-10-31, 2026-10-05, 2026-10-06, true",
            "2026-10-11, 2026-10-20, 2026-10-01, 2026-10-10, false"})
    void periodsOfOneCertificateMustNotOverlap(String from1, String to1, String from2, String to2, boolean overlap) {
        CertificateInput c = withPeriods(List.of(new PeriodInput(from1, to1, 100), new PeriodInput(from2, to2, 50)));
        assertThat(CertificateValidator.validate(List.of(c)).isEmpty()).isEqualTo(!overlap);
    }

    @ParameterizedTest
    @CsvSource({"25, true", "50, true", "75, true", "100, true", "0, false", "30, false", "101, false"})
    void degreeIsOneOfFourSteps(int degree, boolean ok) {
        CertificateInput c = withPeriods(List.of(new PeriodInput("2026-10-01", "2026-10-10", degree)));
        assertThat(CertificateValidator.validate(List.of(c)).isEmpty()).isEqualTo(ok);
    }

    @Test
    void duplicateIdsInOneBatchAreRefused() {
        assertThat(fields(CertificateValidator.validate(List.of(valid("same"), valid("same"))))).containsExactly("[1].id");
    }

    @Test
    void emptyAndOversizedBatchesAreRefused() {
        assertThat(CertificateValidator.validate(List.of())).hasSize(1);
        List<CertificateInput> big = new ArrayList<>(Collections.nCopies(CertificateValidator.MAX_BATCH + 1, valid("x")));
        assertThat(CertificateValidator.validate(big)).singleElement().extracting(FieldProblem::message).asString().contains("10000");
    }

    @Test
    void samordningsnummerAndShortFormsAreAccepted() {
        CertificateInput c = new CertificateInput("s1", new PatientInput("19121272-1219", "Samordnad", null), "CP", "UNIT",
                new DoctorInput("D1", null), "2026-10-01", new DiagnosisInput("M54.5", null), null, null,
                List.of(new PeriodInput("2026-10-01", "2026-10-10", 100)));
        assertThat(CertificateValidator.validate(List.of(c))).isEmpty();
    }

    private static CertificateInput withPeriods(List<PeriodInput> periods) {
        CertificateInput v = valid("p");
        return new CertificateInput(v.id(), v.patient(), v.careProviderId(), v.careUnitId(), v.doctor(), v.signed(), v.diagnosis(),
                v.secondaryDiagnoses(), v.occupation(), periods);
    }

    @Test
    void atMostTenPeriodsPerCertificate() {
        List<PeriodInput> ten = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            ten.add(new PeriodInput(String.format("2026-01-%02d", 2 * i + 1), String.format("2026-01-%02d", 2 * i + 1), 50));
        }
        assertThat(CertificateValidator.validate(List.of(withPeriods(ten.subList(0, 10))))).isEmpty();
        List<FieldProblem> problems = CertificateValidator.validate(List.of(withPeriods(ten)));
        assertThat(problems).extracting(FieldProblem::message).containsExactly("Ett intyg kan ha högst 10 perioder, fick 11");
        assertThat(fields(problems)).containsExactly("[0].periods");
    }

    @ParameterizedTest
    @CsvSource({"+10000-01-01, 10000-01-05", "0000-01-01, 0000-01-05", "0001-01-01, 9999-12-31", "1899-12-31, 1900-01-05",
            "2200-12-31, 2201-01-01", "２０２６-01-01, 2026-01-02"})
    void datesOutsideTheSaneRangeOrWithoutAFourDigitYearAreRefused(String from, String to) {
        List<FieldProblem> problems = CertificateValidator.validate(List.of(withPeriods(List.of(new PeriodInput(from, to, 50)))));
        assertThat(problems).isNotEmpty();
        assertThat(problems).extracting(FieldProblem::message).allMatch(m -> !m.contains("java"));
    }
}
