package se.koordinera.sickleave;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.koordinera.patient.PatientRecord;
import se.koordinera.patient.PatientRegister;
import se.koordinera.sickleave.synthetic.Doctor;
import se.koordinera.sickleave.synthetic.GeneratedCertificate;
import se.koordinera.sickleave.synthetic.SyntheticCertificates;

/**
 * Stores synthetic certificates for demo mode and benchmarks. Not a user's access to patient
 * data (the data is made up, and no user is signed in at start-up), so it writes no PDL log.
 */
@Component
public class DemoCertificates {

    private final CertificateRepository repository;
    private final JdbcClient jdbc;
    private final PatientRegister register;

    DemoCertificates(CertificateRepository repository, JdbcClient jdbc, PatientRegister register) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.register = register;
    }

    public boolean unitHasCertificates(String unitId) {
        return jdbc.sql("select exists (select 1 from certificate where care_unit_id = ?)").param(unitId).query(Boolean.class).single();
    }

    /** Generates and stores certificates for {@code patients} synthetic patients of the unit; returns how many certificates. */
    @Transactional
    public int seed(long seed, String careProviderId, String unitId, List<Doctor> doctors, int patients, LocalDate today) {
        List<GeneratedCertificate> generated = new SyntheticCertificates(seed).generate(careProviderId, unitId, doctors, patients, today);
        Map<String, PatientRecord> patientRows = new LinkedHashMap<>();
        List<NormalizedCertificate> certificates = new ArrayList<>(generated.size());
        for (GeneratedCertificate g : generated) {
            NormalizedCertificate c = new NormalizedCertificate(g.facts(), careProviderId, g.patientName(), g.protectedIdentity(),
                    "synthetic:" + g.facts().id());
            patientRows.put(g.facts().patientId(), c.patientRecord());
            certificates.add(c);
        }
        register.recordFromCertificates(patientRows.values());
        repository.insert(certificates);
        return certificates.size();
    }
}
