package se.koordinera.sickleave.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The facts of one sick-leave certificate (<em>läkarintyg för sjukpenning</em>, FK 7804) that the
 * sick-leave case engine needs.
 *
 * <p>Periods are stored sorted by {@code from} so that "first" and "last" period have their time
 * meaning; lists are immutable copies. Non-overlap of periods is an import rule and not enforced
 * here (the engine counts overlapping days once anyway).
 *
 * @param secondaryDiagnosisCodes may be given as {@code null}, stored as an empty list
 */
public record CertificateFacts(
        String id,
        String patientId,
        String unitId,
        String doctorId,
        String doctorName,
        LocalDate signed,
        String diagnosisCode,
        String diagnosisText,
        List<String> secondaryDiagnosisCodes,
        String occupation,
        List<Period> periods) {

    private static final Comparator<Period> BY_FROM =
            Comparator.comparing(Period::from).thenComparing(Period::to);

    public CertificateFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(signed, "signed");
        Objects.requireNonNull(periods, "periods");
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("certificate " + id + " has no periods");
        }
        secondaryDiagnosisCodes = secondaryDiagnosisCodes == null ? List.of() : List.copyOf(secondaryDiagnosisCodes);
        if (!isSorted(periods)) {
            List<Period> sorted = new ArrayList<>(periods);
            sorted.sort(BY_FROM);
            periods = sorted;
        }
        periods = List.copyOf(periods);
    }

    /** First day of the certificate: the earliest {@code from} of its periods. */
    public LocalDate start() {
        return periods.get(0).from();
    }

    /** Last day of the certificate: the latest {@code to} of its periods. */
    public LocalDate end() {
        LocalDate end = periods.get(0).to();
        for (int i = 1; i < periods.size(); i++) {
            LocalDate to = periods.get(i).to();
            if (to.isAfter(end)) {
                end = to;
            }
        }
        return end;
    }

    private static boolean isSorted(List<Period> periods) {
        for (int i = 1; i < periods.size(); i++) {
            if (BY_FROM.compare(periods.get(i - 1), periods.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }
}
