package se.koordinera.sickleave;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.koordinera.sickleave.engine.CertificateFacts;
import se.koordinera.sickleave.engine.Period;

/** Certificates with their periods (in the certificate row, V82); reads return the engine's input type directly. */
@Repository
class CertificateRepository {

    private final JdbcClient jdbc;

    CertificateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A certificate id is unique within its care provider only: another provider's id is another certificate. */
    record Key(String careProviderId, String id) {
    }

    record Stored(Key key, String contentHash, String unitId, String patientId) {
    }

    /** Content hash and unit of the certificates of these keys that are stored already. */
    Map<Key, Stored> findStored(Collection<Key> keys) {
        Map<Key, Stored> stored = new HashMap<>();
        // One primary-key lookup per key (the lateral subquery with its limit is never turned into a join).
        // A join of the keys to certificate was planned as a hash join over a sequential scan of the
        // whole table: 70-420 ms per batch of 10 000 at 300 000 certificates, growing with the region.
        jdbc.sql("""
                select c.care_provider_id, c.id, c.content_hash, c.care_unit_id, c.patient_id
                from unnest(:providers::text[], :ids::text[]) as k(provider, id)
                cross join lateral (select c.care_provider_id, c.id, c.content_hash, c.care_unit_id, c.patient_id from certificate c
                  where c.care_provider_id = k.provider and c.id = k.id limit 1) c""")
                .param("providers", keys.stream().map(Key::careProviderId).toArray(String[]::new))
                .param("ids", keys.stream().map(Key::id).toArray(String[]::new))
                .query((ResultSet rs) -> {
                    Key key = new Key(rs.getString(1), rs.getString(2));
                    stored.put(key, new Stored(key, rs.getString(3), rs.getString(4), rs.getString(5).trim()));
                });
        return stored;
    }

    // Bulk writes send one array per column and let PostgreSQL unnest them: one statement per
    // table and batch instead of thousands of row inserts (issue 13's import target is 20 000/s).

    void insert(List<NormalizedCertificate> certificates) {
        jdbc.sql("""
                insert into certificate (id, patient_id, care_provider_id, care_unit_id, doctor_id, doctor_name, signed,
                  diagnosis_code, diagnosis_text, secondary_diagnoses, occupation, start_date, end_date, content_hash,
                  period_from, period_to, period_degree)
                select id, patient, provider, unit, doctor, doctor_name, signed, code, text, string_to_array(secondary, ','),
                  occupation, start_date, end_date, hash, froms::date[], tos::date[], degrees::smallint[]
                from unnest(:id::text[], :patient::text[], :provider::text[], :unit::text[], :doctor::text[], :doctorName::text[],
                  :signed::date[], :code::text[], :text::text[], :secondary::text[], :occupation::text[], :start::date[],
                  :end::date[], :hash::text[], :froms::text[], :tos::text[], :degrees::text[])
                  as t(id, patient, provider, unit, doctor, doctor_name, signed, code, text, secondary, occupation, start_date, end_date, hash,
                  froms, tos, degrees)""")
                .params(columns(certificates)).update();
    }

    void update(List<NormalizedCertificate> certificates) {
        jdbc.sql("""
                update certificate c set patient_id = t.patient, care_provider_id = t.provider, care_unit_id = t.unit,
                  doctor_id = t.doctor, doctor_name = t.doctor_name, signed = t.signed, diagnosis_code = t.code,
                  diagnosis_text = t.text, secondary_diagnoses = string_to_array(t.secondary, ','), occupation = t.occupation,
                  start_date = t.start_date, end_date = t.end_date, content_hash = t.hash, period_from = t.froms::date[],
                  period_to = t.tos::date[], period_degree = t.degrees::smallint[], updated_at = now()
                from unnest(:id::text[], :patient::text[], :provider::text[], :unit::text[], :doctor::text[], :doctorName::text[],
                  :signed::date[], :code::text[], :text::text[], :secondary::text[], :occupation::text[], :start::date[],
                  :end::date[], :hash::text[], :froms::text[], :tos::text[], :degrees::text[])
                  as t(id, patient, provider, unit, doctor, doctor_name, signed, code, text, secondary, occupation, start_date, end_date, hash,
                  froms, tos, degrees)
                where c.care_provider_id = t.provider and c.id = t.id""")
                .params(columns(certificates)).update();
    }

    private static Map<String, Object> columns(List<NormalizedCertificate> certificates) {
        int n = certificates.size();
        String[] id = new String[n], patient = new String[n], provider = new String[n], unit = new String[n], doctor = new String[n],
                doctorName = new String[n], signed = new String[n], code = new String[n], text = new String[n],
                secondary = new String[n], occupation = new String[n], start = new String[n], end = new String[n], hash = new String[n],
                froms = new String[n], tos = new String[n], degrees = new String[n];
        for (int i = 0; i < n; i++) {
            NormalizedCertificate c = certificates.get(i);
            CertificateFacts f = c.facts();
            id[i] = f.id();
            patient[i] = f.patientId();
            provider[i] = c.careProviderId();
            unit[i] = f.unitId();
            doctor[i] = f.doctorId();
            doctorName[i] = f.doctorName();
            signed[i] = f.signed().toString();
            code[i] = f.diagnosisCode();
            text[i] = f.diagnosisText();
            secondary[i] = String.join(",", f.secondaryDiagnosisCodes());
            occupation[i] = f.occupation();
            start[i] = f.start().toString();
            end[i] = f.end().toString();
            hash[i] = c.contentHash();
            // A certificate's periods are one array literal per column, cast to date[] / smallint[] in the statement:
            // unnest() cannot take ragged two-dimensional arrays. Dates and numbers need no quoting in a literal.
            StringBuilder from = new StringBuilder("{"), to = new StringBuilder("{"), degree = new StringBuilder("{");
            for (Period p : f.periods()) {
                if (from.length() > 1) {
                    from.append(',');
                    to.append(',');
                    degree.append(',');
                }
                from.append(p.from());
                to.append(p.to());
                degree.append(p.degree());
            }
            froms[i] = from.append('}').toString();
            tos[i] = to.append('}').toString();
            degrees[i] = degree.append('}').toString();
        }
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", id);
        columns.put("patient", patient);
        columns.put("provider", provider);
        columns.put("unit", unit);
        columns.put("doctor", doctor);
        columns.put("doctorName", doctorName);
        columns.put("signed", signed);
        columns.put("code", code);
        columns.put("text", text);
        columns.put("secondary", secondary);
        columns.put("occupation", occupation);
        columns.put("start", start);
        columns.put("end", end);
        columns.put("hash", hash);
        columns.put("froms", froms);
        columns.put("tos", tos);
        columns.put("degrees", degrees);
        return columns;
    }

    /**
     * Certificates of the unit for every patient who has a certificate there ending on or after
     * {@code endedOnOrAfter}: the only patients who can have a case listed. All their certificates
     * at the unit are read, as a case may reach back years through renewals.
     */
    List<CertificateFacts> relevantForOverview(String unitId, LocalDate endedOnOrAfter) {
        return read("""
                select c.id, c.patient_id, c.care_unit_id, c.doctor_id, c.doctor_name, c.signed, c.diagnosis_code, c.diagnosis_text,
                  c.secondary_diagnoses, c.occupation, p.from_date, p.to_date, p.degree from certificate c
                cross join unnest(c.period_from, c.period_to, c.period_degree) as p(from_date, to_date, degree)
                where c.care_unit_id = :unit and c.patient_id in
                  (select patient_id from certificate where care_unit_id = :unit and end_date >= :after)
                """, Map.of("unit", unitId, "after", endedOnOrAfter));
    }

    List<CertificateFacts> ofPatientsAtUnit(String unitId, Collection<String> patientIds) {
        return read("""
                select c.id, c.patient_id, c.care_unit_id, c.doctor_id, c.doctor_name, c.signed, c.diagnosis_code, c.diagnosis_text,
                  c.secondary_diagnoses, c.occupation, p.from_date, p.to_date, p.degree from certificate c
                cross join unnest(c.period_from, c.period_to, c.period_degree) as p(from_date, to_date, degree)
                where c.care_unit_id = :unit and c.patient_id = any(:patients::char(12)[])
                """, Map.of("unit", unitId, "patients", patientIds.toArray(String[]::new)));
    }

    List<CertificateFacts> ofPatientAtUnit(String unitId, String patientId) {
        return read("""
                select c.id, c.patient_id, c.care_unit_id, c.doctor_id, c.doctor_name, c.signed, c.diagnosis_code, c.diagnosis_text,
                  c.secondary_diagnoses, c.occupation, p.from_date, p.to_date, p.degree from certificate c
                cross join unnest(c.period_from, c.period_to, c.period_degree) as p(from_date, to_date, degree)
                where c.care_unit_id = :unit and c.patient_id = :patient
                """, Map.of("unit", unitId, "patient", patientId));
    }

    List<CertificateFacts> allOfUnit(String unitId) {
        return read("""
                select c.id, c.patient_id, c.care_unit_id, c.doctor_id, c.doctor_name, c.signed, c.diagnosis_code, c.diagnosis_text,
                  c.secondary_diagnoses, c.occupation, p.from_date, p.to_date, p.degree from certificate c
                cross join unnest(c.period_from, c.period_to, c.period_degree) as p(from_date, to_date, degree)
                where c.care_unit_id = :unit""", Map.of("unit", unitId));
    }

    /** Rows are certificate x period (unnest of its arrays) in any order; periods are put in date order by CertificateFacts. */
    private List<CertificateFacts> read(String sql, Map<String, ?> params) {
        Map<String, Builder> byId = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query((ResultSet rs) -> {
            String id = rs.getString("id");
            Builder b = byId.get(id);
            if (b == null) {
                b = new Builder(rs);
                byId.put(id, b);
            }
            // getObject(LocalDate) skips java.sql.Date's calendar arithmetic, measurable over thousands of rows.
            b.periods.add(new Period(rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class), rs.getInt("degree")));
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
            signed = rs.getObject("signed", LocalDate.class);
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
