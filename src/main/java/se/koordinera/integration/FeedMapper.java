package se.koordinera.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import se.koordinera.integration.riv.certificate.types.v2.HsaId;
import se.koordinera.integration.riv.rehabilitation.v1.Formaga;
import se.koordinera.integration.riv.rehabilitation.v1.IntygsData;
import se.koordinera.integration.riv.rehabilitation.v1.Vardgivare;
import se.koordinera.sickleave.CertificateInput;

/**
 * Maps Intygstjänsten's certificates to the import API's input, tolerating what the real
 * producer leaves out: no {@code root} values (HSA-ids are compared on {@code extension} only),
 * a personnummer with a hyphen, no top-level {@code vardgivare} and no {@code vardgivarnamn}.
 * Nothing is validated here: the import rules do that and name the bad fields.
 */
final class FeedMapper {

    private FeedMapper() {
    }

    /**
     * @param topLevel   the answer's top-level care provider (usually absent)
     * @param fallbackProvider the care provider of the synced unit, used when the certificate names none
     * @param unitOf     maps the issuing unit's HSA-id to the Koordinera unit it is stored at
     */
    static CertificateInput toInput(IntygsData d, Vardgivare topLevel, String fallbackProvider, UnaryOperator<String> unitOf) {
        String patientId = d.patient == null || d.patient.personId == null ? null : normalizePersonnummer(d.patient.personId.extension);
        String patientName = d.patient == null ? null : blankToNull(d.patient.fullstandigtNamn);
        String unit = null;
        String provider = null;
        String doctorId = null;
        String doctorName = null;
        if (d.skapadAv != null) {
            doctorId = ext(d.skapadAv.personalId);
            doctorName = blankToNull(d.skapadAv.fullstandigtNamn);
            if (d.skapadAv.enhet != null) {
                unit = ext(d.skapadAv.enhet.enhetsId);
                if (d.skapadAv.enhet.vardgivare != null) {
                    provider = ext(d.skapadAv.enhet.vardgivare.vardgivarId);
                }
            }
        }
        if (provider == null && topLevel != null) {
            provider = ext(topLevel.vardgivarId);
        }
        if (provider == null) {
            provider = fallbackProvider;
        }
        List<CertificateInput.PeriodInput> periods = new ArrayList<>();
        if (d.arbetsformaga != null) {
            for (Formaga f : d.arbetsformaga.formaga) {
                periods.add(new CertificateInput.PeriodInput(f.startdatum == null ? null : f.startdatum.toString(),
                        f.slutdatum == null ? null : f.slutdatum.toString(), f.nedsattning));
            }
        }
        List<CertificateInput.DiagnosisInput> secondary = new ArrayList<>();
        for (String code : d.bidiagnoser) {
            secondary.add(new CertificateInput.DiagnosisInput(trim(code), null));
        }
        String occupation = d.sysselsattning.isEmpty() ? null : trim(d.sysselsattning.get(0));
        return new CertificateInput(trim(d.intygsId),
                new CertificateInput.PatientInput(patientId, patientName, null),
                provider, unitOf.apply(unit),
                new CertificateInput.DoctorInput(doctorId, doctorName),
                d.signeringsTidpunkt == null ? null : d.signeringsTidpunkt.toLocalDate().toString(),
                d.diagnoskod == null ? null : new CertificateInput.DiagnosisInput(trim(d.diagnoskod), null),
                secondary, occupation, periods);
    }

    /** {@code 19121212-1212} and {@code 191212121212} both give {@code 191212121212}; anything else is left for validation. */
    static String normalizePersonnummer(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (v.matches("\\d{8}[-+]\\d{4}")) {
            return v.substring(0, 8) + v.substring(9);
        }
        return v;
    }

    static String ext(HsaId id) {
        return id == null ? null : blankToNull(id.extension);
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
