package se.koordinera.sickleave;

import java.util.List;

/**
 * A sick-leave certificate (läkarintyg för sjukpenning, FK 7804) as the import API receives it.
 * Dates and numbers arrive as text so that every bad field can be reported, not just the first
 * one the JSON parser trips on.
 */
public record CertificateInput(String id, PatientInput patient, String careProviderId, String careUnitId, DoctorInput doctor,
        String signed, DiagnosisInput diagnosis, List<DiagnosisInput> secondaryDiagnoses, String occupation,
        List<PeriodInput> periods) {

    public record PatientInput(String id, String name, Boolean protectedIdentity) {
    }

    public record DoctorInput(String id, String name) {
    }

    public record DiagnosisInput(String code, String text) {
    }

    public record PeriodInput(String from, String to, Integer degree) {
    }
}
