package se.koordinera.sickleave;

import java.time.LocalDate;
import java.util.List;

/** One row of the unit's sick-leave list (sjukfall), as API.md defines it. */
public record SickLeaveItem(PatientSummary patient, LocalDate start, LocalDate end, int days, int degree, List<Integer> degrees,
        Diagnosis diagnosis, List<Diagnosis> secondaryDiagnoses, Doctor doctor, int certificates, List<String> certificateIds,
        boolean active, String occupation, String coordination) {

    public record PatientSummary(String id, String name, String gender, int age, boolean protectedIdentity) {
    }

    public record Diagnosis(String code, String text) {
    }

    public record Doctor(String id, String name) {
    }
}
