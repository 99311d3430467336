package se.koordinera.integration;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox of PDL posts for Loggtjänsten (filled by a trigger on the access log, see V41). */
@Repository
class LoggtjanstOutbox {

    private final JdbcClient jdbc;

    LoggtjanstOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, UUID logId, OffsetDateTime time, String userHsaId, String userName, String assignment, String unitId,
            String patientId, String function, String action, int attempts) {
    }

    record Parked(UUID logId, OffsetDateTime time, String unitId, String function, String action, OffsetDateTime parkedAt, String error) {
    }

    record Stats(long pending, long parked, Long oldestPendingAgeSeconds) {
    }

    /**
     * Locks up to {@code limit} due posts for this transaction; posts locked by another node are
     * skipped, so two nodes never send the same post at once. Posts to be sent one by one come
     * first, one at a time.
     */
    List<Row> lockDue(int limit) {
        List<Row> solo = jdbc.sql("""
                select * from loggtjanst_outbox where state = 'PENDING' and solo and next_attempt_at <= now()
                order by id limit 1 for update skip locked""").query(this::row).list();
        if (!solo.isEmpty()) {
            return solo;
        }
        return jdbc.sql("""
                select * from loggtjanst_outbox where state = 'PENDING' and not solo and next_attempt_at <= now()
                order by id limit ? for update skip locked""").param(limit).query(this::row).list();
    }

    void delete(List<Row> rows) {
        jdbc.sql("delete from loggtjanst_outbox where id = any(?)").param(ids(rows)).update();
    }

    void park(List<Row> rows, String error) {
        jdbc.sql("update loggtjanst_outbox set state = 'PARKED', parked_at = now(), last_error = ?, attempts = attempts + 1 where id = any(?)")
                .params(error, ids(rows)).update();
    }

    void sendSeparately(List<Row> rows, String error) {
        jdbc.sql("update loggtjanst_outbox set solo = true, last_error = ? where id = any(?)").params(error, ids(rows)).update();
    }

    void retryLater(List<Row> rows, String error, Duration backoff, Duration max) {
        // backoff, 2 x backoff, 4 x ..., at most max
        jdbc.sql("""
                update loggtjanst_outbox set attempts = attempts + 1, last_error = :error,
                  next_attempt_at = now() + least(make_interval(secs => :max), make_interval(secs => :base * power(2, least(attempts, 20))))
                where id = any(:ids)""")
                .param("error", error).param("max", max.toMillis() / 1000.0).param("base", backoff.toMillis() / 1000.0)
                .param("ids", ids(rows)).update();
    }

    Stats stats() {
        return jdbc.sql("""
                select count(*) filter (where state = 'PENDING'), count(*) filter (where state = 'PARKED'),
                  extract(epoch from now() - min(time) filter (where state = 'PENDING'))::bigint
                from loggtjanst_outbox""")
                .query((rs, n) -> new Stats(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class))).single();
    }

    List<Parked> parked(int limit) {
        return jdbc.sql("""
                select log_id, time, unit_id, function, action, parked_at, last_error from loggtjanst_outbox
                where state = 'PARKED' order by parked_at desc, id desc limit ?""").param(limit)
                .query((rs, n) -> new Parked(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7)))
                .list();
    }

    private Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getObject("log_id", UUID.class), rs.getObject("time", OffsetDateTime.class),
                rs.getString("user_hsa_id"), rs.getString("user_name"), rs.getString("assignment"), rs.getString("unit_id"),
                rs.getString("patient_id").trim(), rs.getString("function"), rs.getString("action"), rs.getInt("attempts"));
    }

    private static Long[] ids(List<Row> rows) {
        return rows.stream().map(Row::id).toArray(Long[]::new);
    }
}
