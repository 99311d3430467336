package se.koordinera.sickleave;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the version stamps that PostgreSQL advances in every writer's own transaction (triggers of
 * migration V80 on certificate, patient and coordination_case; a certificate's periods are in its
 * row since V82). A value computed from rows read after the stamps is at least as new as the
 * stamps, so it may be cached under them.
 */
@Repository
class DataVersions {

    /** The stamps a unit's sick-leave list depends on; 0 for a scope nothing has been written to yet. */
    record Stamps(long unit, long provider) {
    }

    private final JdbcClient jdbc;

    DataVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Stamps of(String careProviderId, String unitId) {
        Map<String, Long> byKind = new java.util.HashMap<>();
        jdbc.sql("""
                select kind, version from data_version
                where (kind = 'UNIT' and id = :unit) or (kind = 'PROVIDER' and id = :provider)""")
                .params(Map.of("unit", unitId, "provider", careProviderId))
                .query((java.sql.ResultSet rs) -> {
                    byKind.put(rs.getString("kind"), rs.getLong("version"));
                });
        return new Stamps(byKind.getOrDefault("UNIT", 0L), byKind.getOrDefault("PROVIDER", 0L));
    }
}
