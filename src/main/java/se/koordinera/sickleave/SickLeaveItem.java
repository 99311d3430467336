package se.koordinera.sickleave;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import se.koordinera.sickleave.engine.RehabChain;

/**
 * One row of the unit's sick-leave list (sjukfall), as API.md defines it.
 *
 * @param rehabChainDay the case's day in the rehabilitation chain on the reference day
 *                      ({@link RehabChain}; null for a case that starts after it)
 * @param nextMilestone the next limit of the chain (day 90, 180 or 365) and its date; null after day 365 or when the case has ended
 * @param latestSigned  the latest signing date of the case's certificates (the {@code newSince} filter)
 */
public record SickLeaveItem(PatientSummary patient, LocalDate start, LocalDate end, int days, int degree, List<Integer> degrees,
        Diagnosis diagnosis, List<Diagnosis> secondaryDiagnoses, Doctor doctor, int certificates, List<String> certificateIds,
        boolean active, String occupation, String coordination, Integer rehabChainDay, RehabChain.Milestone nextMilestone,
        @JsonIgnore LocalDate latestSigned) {

    /** A row without the chain (built outside the engine, e.g. in tests of the filters). */
    public SickLeaveItem(PatientSummary patient, LocalDate start, LocalDate end, int days, int degree, List<Integer> degrees,
            Diagnosis diagnosis, List<Diagnosis> secondaryDiagnoses, Doctor doctor, int certificates, List<String> certificateIds,
            boolean active, String occupation, String coordination) {
        this(patient, start, end, days, degree, degrees, diagnosis, secondaryDiagnoses, doctor, certificates, certificateIds, active,
                occupation, coordination, null, null, null);
    }

    /** Days from the reference day to the next limit of the chain (0 on the limit day), null without one. */
    @JsonIgnore
    public Integer daysToNextMilestone() {
        return nextMilestone == null || rehabChainDay == null ? null : nextMilestone.day() - rehabChainDay;
    }

    public record PatientSummary(String id, String name, String gender, int age, boolean protectedIdentity) {
    }

    public record Diagnosis(String code, String text) {
    }

    public record Doctor(String id, String name) {
    }
}
