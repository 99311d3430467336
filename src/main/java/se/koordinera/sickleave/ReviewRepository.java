package se.koordinera.sickleave;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users' reviews of a unit (append-only table unit_review) and the certificates changed since. */
@Repository
class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    OffsetDateTime markReviewed(String userHsaId, String unitId) {
        return jdbc.sql("insert into unit_review (user_hsa_id, unit_id) values (?, ?) returning reviewed_at")
                .params(userHsaId, unitId).query(OffsetDateTime.class).single();
    }

    Optional<OffsetDateTime> lastReview(String userHsaId, String unitId) {
        return jdbc.sql("select max(reviewed_at) from unit_review where user_hsa_id = ? and unit_id = ?")
                .params(userHsaId, unitId).query(OffsetDateTime.class).optional();
    }

    /**
     * Patients at the unit with a certificate imported or corrected after {@code since}, or with a
     * certificate ending between the review day and yesterday (a case may have ended since): the only
     * patients whose cases can hold something new.
     */
    Set<String> patientsChangedSince(String unitId, OffsetDateTime since, LocalDate sinceDay, LocalDate today) {
        return new HashSet<>(jdbc.sql("""
                select distinct patient_id from certificate where care_unit_id = :unit
                  and (imported_at > :since or updated_at > :since or (end_date >= :sinceDay and end_date < :today))""")
                .param("unit", unitId).param("since", since).param("sinceDay", sinceDay).param("today", today)
                .query(String.class).list().stream().map(String::trim).toList());
    }

    /** Of the unit's certificates of these patients, those imported or corrected after {@code since}: id to "imported after". */
    java.util.Map<String, Boolean> certificatesChangedSince(String unitId, Collection<String> patientIds, OffsetDateTime since) {
        java.util.Map<String, Boolean> changed = new java.util.HashMap<>();
        jdbc.sql("""
                select id, imported_at > :since from certificate where care_unit_id = :unit and patient_id = any(:patients::char(12)[])
                  and (imported_at > :since or updated_at > :since)""")
                .param("unit", unitId).param("patients", patientIds.toArray(String[]::new)).param("since", since)
                .query((java.sql.ResultSet rs) -> {
                    changed.put(rs.getString(1), rs.getBoolean(2));
                });
        return changed;
    }
}
