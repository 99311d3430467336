package se.koordinera.sickleave;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.koordinera.sickleave.engine.CertificateFacts;
import se.koordinera.sickleave.engine.Period;

/** Certificates and their periods; reads return the engine's input type directly. */
@Repository
class CertificateRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CertificateRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    record Stored(String id, String contentHash, String unitId) {
    }

    record PatientRow(String id, String name, boolean protectedIdentity) {
    }

    /** Content hash and unit of the certificates of these ids that are stored already. */
    Map<String, Stored> findStored(Collection<String> ids) {
        Map<String, Stored> stored = new HashMap<>();
        jdbc.sql("select id, content_hash, care_unit_id from certificate where id = any(?)")
                .param(ids.toArray(String[]::new))
                .query((ResultSet rs) -> {
                    stored.put(rs.getString(1), new Stored(rs.getString(1), rs.getString(2), rs.getString(3)));
                });
        return stored;
    }

    void upsertPatients(Collection<PatientRow> patients) {
        template.batchUpdate("""
                insert into patient (id, name, protected_identity, updated_at) values (?, ?, ?, now())
                on conflict (id) do update set name = excluded.name, protected_identity = excluded.protected_identity, updated_at = now()
                where patient.name is distinct from excluded.name or patient.protected_identity <> excluded.protected_identity""",
                new ArrayList<>(patients), 1000, (PreparedStatement ps, PatientRow p) -> {
                    ps.setString(1, p.id());
                    ps.setString(2, p.name());
                    ps.setBoolean(3, p.protectedIdentity());
                });
    }

    void insert(List<NormalizedCertificate> certificates) {
        template.batchUpdate("""
                insert into certificate (id, patient_id, care_provider_id, care_unit_id, doctor_id, doctor_name, signed,
                  diagnosis_code, diagnosis_text, secondary_diagnoses, occupation, start_date, end_date, content_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                certificates, 1000, (ps, c) -> setCertificate(ps, c, 1));
        insertPeriods(certificates);
    }

    void update(List<NormalizedCertificate> certificates) {
        template.batchUpdate("""
                update certificate set id = ?, patient_id = ?, care_provider_id = ?, care_unit_id = ?, doctor_id = ?, doctor_name = ?,
                  signed = ?, diagnosis_code = ?, diagnosis_text = ?, secondary_diagnoses = ?, occupation = ?, start_date = ?,
                  end_date = ?, content_hash = ?, updated_at = now() where id = ?""",
                certificates, 1000, (ps, c) -> {
                    setCertificate(ps, c, 1);
                    ps.setString(15, c.facts().id());
                });
        template.update("delete from certificate_period where certificate_id = any(?)",
                (Object) certificates.stream().map(c -> c.facts().id()).toArray(String[]::new));
        insertPeriods(certificates);
    }

    private void insertPeriods(List<NormalizedCertificate> certificates) {
        record Row(String certificateId, int ordinal, Period period) {
        }
        List<Row> rows = new ArrayList<>();
        for (NormalizedCertificate c : certificates) {
            List<Period> periods = c.facts().periods();
            for (int i = 0; i < periods.size(); i++) {
                rows.add(new Row(c.facts().id(), i, periods.get(i)));
            }
        }
        template.batchUpdate("insert into certificate_period (certificate_id, ordinal, from_date, to_date, degree) values (?, ?, ?, ?, ?)",
                rows, 2000, (ps, r) -> {
                    ps.setString(1, r.certificateId());
                    ps.setInt(2, r.ordinal());
                    ps.setDate(3, Date.valueOf(r.period().from()));
                    ps.setDate(4, Date.valueOf(r.period().to()));
                    ps.setInt(5, r.period().degree());
                });
    }

    private static void setCertificate(PreparedStatement ps, NormalizedCertificate c, int i) throws SQLException {
        CertificateFacts f = c.facts();
        ps.setString(i, f.id());
        ps.setString(i + 1, f.patientId());
        ps.setString(i + 2, c.careProviderId());
        ps.setString(i + 3, f.unitId());
        ps.setString(i + 4, f.doctorId());
        ps.setString(i + 5, f.doctorName());
        ps.setDate(i + 6, Date.valueOf(f.signed()));
        ps.setString(i + 7, f.diagnosisCode());
        ps.setString(i + 8, f.diagnosisText());
        ps.setArray(i + 9, ps.getConnection().createArrayOf("text", f.secondaryDiagnosisCodes().toArray()));
        ps.setString(i + 10, f.occupation());
        ps.setDate(i + 11, Date.valueOf(f.start()));
        ps.setDate(i + 12, Date.valueOf(f.end()));
        ps.setString(i + 13, c.contentHash());
    }

    /**
     * Certificates of the unit for every patient who has a certificate there ending on or after
     * {@code endedOnOrAfter}: the only patients who can have a case listed. All their certificates
     * at the unit are read, as a case may reach back years through renewals.
     */
    List<CertificateFacts> relevantForOverview(String unitId, LocalDate endedOnOrAfter) {
        return read("""
                select c.*, p.ordinal, p.from_date, p.to_date, p.degree from certificate c
                join certificate_period p on p.certificate_id = c.id
                where c.care_unit_id = :unit and c.patient_id in
                  (select patient_id from certificate where care_unit_id = :unit and end_date >= :after)
                order by c.id, p.ordinal""", Map.of("unit", unitId, "after", endedOnOrAfter));
    }

    List<CertificateFacts> ofPatientAtUnit(String unitId, String patientId) {
        return read("""
                select c.*, p.ordinal, p.from_date, p.to_date, p.degree from certificate c
                join certificate_period p on p.certificate_id = c.id
                where c.care_unit_id = :unit and c.patient_id = :patient
                order by c.id, p.ordinal""", Map.of("unit", unitId, "patient", patientId));
    }

    List<CertificateFacts> allOfUnit(String unitId) {
        return read("""
                select c.*, p.ordinal, p.from_date, p.to_date, p.degree from certificate c
                join certificate_period p on p.certificate_id = c.id
                where c.care_unit_id = :unit order by c.id, p.ordinal""", Map.of("unit", unitId));
    }

    Map<String, PatientRow> patients(Collection<String> ids) {
        Map<String, PatientRow> result = new HashMap<>();
        jdbc.sql("select id, name, protected_identity from patient where id = any(?::char(12)[])").param(ids.toArray(String[]::new))
                .query((ResultSet rs) -> {
                    result.put(rs.getString(1), new PatientRow(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
                });
        return result;
    }

    private List<CertificateFacts> read(String sql, Map<String, ?> params) {
        Map<String, Builder> byId = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query((ResultSet rs) -> {
            String id = rs.getString("id");
            Builder b = byId.get(id);
            if (b == null) {
                b = new Builder(rs);
                byId.put(id, b);
            }
            b.periods.add(new Period(rs.getDate("from_date").toLocalDate(), rs.getDate("to_date").toLocalDate(), rs.getInt("degree")));
        });
        List<CertificateFacts> result = new ArrayList<>(byId.size());
        byId.values().forEach(b -> result.add(b.build()));
        return result;
    }

    private static final class Builder {
        final String id;
        final String patientId;
        final String unitId;
        final String doctorId;
        final String doctorName;
        final LocalDate signed;
        final String diagnosisCode;
        final String diagnosisText;
        final List<String> secondary;
        final String occupation;
        final List<Period> periods = new ArrayList<>(2);

        Builder(ResultSet rs) throws SQLException {
            id = rs.getString("id");
            patientId = rs.getString("patient_id");
            unitId = rs.getString("care_unit_id");
            doctorId = rs.getString("doctor_id");
            doctorName = rs.getString("doctor_name");
            signed = rs.getDate("signed").toLocalDate();
            diagnosisCode = rs.getString("diagnosis_code");
            diagnosisText = rs.getString("diagnosis_text");
            secondary = Arrays.asList((String[]) rs.getArray("secondary_diagnoses").getArray());
            occupation = rs.getString("occupation");
        }

        CertificateFacts build() {
            return new CertificateFacts(id, patientId, unitId, doctorId, doctorName, signed, diagnosisCode, diagnosisText,
                    secondary, occupation, periods);
        }
    }
}
