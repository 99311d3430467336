package se.koordinera.sickleave;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import se.koordinera.patient.PatientRecord;
import se.koordinera.patient.Personnummer;
import se.koordinera.sickleave.engine.CertificateFacts;
import se.koordinera.sickleave.engine.Period;

/** A validated certificate in canonical form, with the hash that tells a correction from a repeat. */
record NormalizedCertificate(CertificateFacts facts, String careProviderId, String patientName, boolean protectedIdentity,
        String contentHash) {

    CertificateRepository.Key key() {
        return new CertificateRepository.Key(careProviderId, facts.id());
    }

    /** What this certificate says of its patient, for its own provider's register. */
    PatientRecord patientRecord() {
        return new PatientRecord(careProviderId, facts.patientId(), patientName, protectedIdentity);
    }

    static NormalizedCertificate of(CertificateInput in) {
        String patientId = Personnummer.parse(in.patient().id()).value();
        List<String> secondary = in.secondaryDiagnoses() == null ? List.of()
                : in.secondaryDiagnoses().stream().map(CertificateInput.DiagnosisInput::code).toList();
        List<Period> periods = in.periods().stream()
                .map(p -> new Period(LocalDate.parse(p.from()), LocalDate.parse(p.to()), p.degree()))
                .sorted(java.util.Comparator.comparing(Period::from))
                .toList();
        CertificateFacts facts = new CertificateFacts(in.id(), patientId, in.careUnitId(), in.doctor().id(), in.doctor().name(),
                LocalDate.parse(in.signed()), in.diagnosis().code(), in.diagnosis().text(), secondary, in.occupation(), periods);
        boolean protectedIdentity = Boolean.TRUE.equals(in.patient().protectedIdentity());
        // An absent flag means "not known to the sender", not "unprotected": it is left out of the hash so that
        // re-sending a certificate without it is no correction.
        String flag = in.patient().protectedIdentity() == null ? "" : String.valueOf(protectedIdentity);
        String canonical = String.join("\u001f", facts.id(), patientId, in.patient().name(), flag,
                in.careProviderId(), facts.unitId(), facts.doctorId(), String.valueOf(facts.doctorName()), facts.signed().toString(),
                facts.diagnosisCode(), String.valueOf(facts.diagnosisText()), String.join(",", secondary),
                String.valueOf(facts.occupation()), periods.toString());
        return new NormalizedCertificate(facts, in.careProviderId(), in.patient().name(), protectedIdentity, sha256(canonical));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
