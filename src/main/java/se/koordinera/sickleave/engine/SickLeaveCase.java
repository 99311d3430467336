package se.koordinera.sickleave.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * A sick-leave case (<em>sjukfall</em>): a patient's certificates at one care unit merged into one
 * continuous case. See {@link SickLeaveEngine} for the rules.
 *
 * @param start         the earliest period start
 * @param end           the latest period end
 * @param days          distinct calendar days covered by the periods (gap days not counted)
 * @param degrees       the distinct degrees of the periods in time order of first appearance
 * @param current       the certificate active on the reference day, else the one that ended last
 * @param currentDegree degree of the period of {@code current} covering the reference day, else of
 *                      its last period
 * @param certificates  the case's certificates ordered by start, then signing date
 * @param active        true when some period covers the reference day
 */
public record SickLeaveCase(
        String patientId,
        String unitId,
        LocalDate start,
        LocalDate end,
        int days,
        List<Integer> degrees,
        CertificateFacts current,
        int currentDegree,
        List<CertificateFacts> certificates,
        boolean active) {

    public SickLeaveCase {
        degrees = List.copyOf(degrees);
        certificates = List.copyOf(certificates);
    }
}
