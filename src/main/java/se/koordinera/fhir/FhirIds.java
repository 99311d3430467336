package se.koordinera.fhir;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Opaque FHIR logical ids for patients and certificates, so that a personnummer never appears in a
 * URL path. An alias says nothing by itself: every read through it still passes the unit's guard.
 */
@Repository
class FhirIds {

    enum Kind { PATIENT, CERTIFICATE }

    record Target(Kind kind, String ref, String patientId) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;

    FhirIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String patient(String personnummer) {
        return alias(Kind.PATIENT, personnummer, personnummer);
    }

    String certificate(String certificateId, String personnummer) {
        return alias(Kind.CERTIFICATE, certificateId, personnummer);
    }

    Optional<Target> resolve(String alias) {
        if (alias == null || !alias.matches("[a-z0-9]{1,40}")) {
            return Optional.empty();
        }
        return jdbc.sql("select kind, ref, patient_id from fhir_alias where alias = ?").params(alias)
                .query((rs, n) -> new Target(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3).trim())).optional();
    }

    private String alias(Kind kind, String ref, String patientId) {
        String fresh = (kind == Kind.PATIENT ? "p" : "c") + HexFormat.of().formatHex(bytes());
        jdbc.sql("insert into fhir_alias (alias, kind, ref, patient_id) values (?, ?, ?, ?) on conflict (kind, ref) do nothing")
                .params(fresh, kind.name(), ref, patientId).update();
        return jdbc.sql("select alias from fhir_alias where kind = ? and ref = ?").params(kind.name(), ref).query(String.class).single();
    }

    private static byte[] bytes() {
        byte[] b = new byte[10];
        RANDOM.nextBytes(b);
        return b;
    }
}
