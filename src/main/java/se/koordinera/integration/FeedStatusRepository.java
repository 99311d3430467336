package se.koordinera.integration;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per care unit: the feed's last successful sync and last error. */
@Repository
class FeedStatusRepository {

    private final JdbcClient jdbc;

    FeedStatusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record UnitStatus(String unitId, OffsetDateTime lastSuccessAt, String lastResult, OffsetDateTime lastErrorAt, String lastError) {
        /** The last attempt failed. */
        public boolean failing() {
            return lastErrorAt != null && (lastSuccessAt == null || lastErrorAt.isAfter(lastSuccessAt));
        }
    }

    void success(String unitId, String result) {
        jdbc.sql("""
                insert into certificate_feed_status (unit_id, last_success_at, last_result) values (?, now(), ?)
                on conflict (unit_id) do update set last_success_at = now(), last_result = excluded.last_result""")
                .params(unitId, result).update();
    }

    void failure(String unitId, String error) {
        String text = error.length() > 2000 ? error.substring(0, 2000) : error;
        jdbc.sql("""
                insert into certificate_feed_status (unit_id, last_error_at, last_error) values (?, clock_timestamp(), ?)
                on conflict (unit_id) do update set last_error_at = clock_timestamp(), last_error = excluded.last_error""")
                .params(unitId, text).update();
    }

    /** Claims the unit for one scheduled sync; false when another node holds it. */
    boolean claim(String unitId, long seconds) {
        jdbc.sql("insert into certificate_feed_status (unit_id) values (?) on conflict do nothing").param(unitId).update();
        return jdbc.sql("""
                update certificate_feed_status set claimed_until = now() + make_interval(secs => ?)
                where unit_id = ? and (claimed_until is null or claimed_until < now())""")
                .params(seconds, unitId).update() == 1;
    }

    void release(String unitId) {
        jdbc.sql("update certificate_feed_status set claimed_until = null where unit_id = ?").param(unitId).update();
    }

    List<UnitStatus> all() {
        return jdbc.sql("""
                select unit_id, last_success_at, last_result, last_error_at, last_error from certificate_feed_status
                where last_success_at is not null or last_error_at is not null order by unit_id""")
                .query((rs, n) -> new UnitStatus(rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5)))
                .list();
    }
}
