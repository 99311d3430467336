package se.koordinera.patient;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The patient register of each care provider (table {@code patient}, keyed by provider and
 * personnummer). Written by the certificate import of that provider only; read by the features
 * that show a patient's name. Not guarded itself: callers are {@code @PatientData} methods that
 * have checked the assignment and log the access.
 */
@Service
public class PatientRegister {

    private final JdbcClient jdbc;

    PatientRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records what a provider's certificates say, in one statement for the whole batch. The name
     * follows the latest import; protection is never lifted by an import (a sender that omits the
     * flag must not expose the patient), and another provider's record is never touched.
     */
    public void recordFromCertificates(Collection<PatientRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into patient (care_provider_id, id, name, protected_identity, updated_at)
                select provider, id, name, protected, now()
                from unnest(:providers::text[], :ids::text[], :names::text[], :protected::boolean[]) as t(provider, id, name, protected)
                on conflict (care_provider_id, id) do update set name = excluded.name,
                  protected_identity = patient.protected_identity or excluded.protected_identity, updated_at = now()
                where patient.name is distinct from excluded.name or (excluded.protected_identity and not patient.protected_identity)""")
                .param("providers", records.stream().map(PatientRecord::careProviderId).toArray(String[]::new))
                .param("ids", records.stream().map(PatientRecord::id).toArray(String[]::new))
                .param("names", records.stream().map(PatientRecord::name).toArray(String[]::new))
                .param("protected", records.stream().map(PatientRecord::protectedIdentity).toArray(Boolean[]::new))
                .update();
    }

    /** The provider's records of these patients, by personnummer; patients it does not know are absent. */
    public Map<String, PatientRecord> find(String careProviderId, Collection<String> patientIds) {
        Map<String, PatientRecord> result = new HashMap<>();
        if (patientIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select id, name, protected_identity from patient where care_provider_id = ? and id = any(?::char(12)[])")
                .params(careProviderId, patientIds.toArray(String[]::new))
                .query((ResultSet rs) -> {
                    String id = rs.getString(1).trim();
                    result.put(id, new PatientRecord(careProviderId, id, rs.getString(2), rs.getBoolean(3)));
                });
        return result;
    }
}
