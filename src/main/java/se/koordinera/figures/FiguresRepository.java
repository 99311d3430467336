package se.koordinera.figures;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts per month (YYYY-MM, Swedish time) over a set of units. */
@Repository
class FiguresRepository {

    private static final String TZ = "'Europe/Stockholm'";

    private final JdbcClient jdbc;

    FiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Query yielding (month text, count) rows; params: unit ids, from date, to date (exclusive). */
    private Map<String, Integer> perMonth(String sql, String[] units, LocalDate from, LocalDate toExclusive) {
        Map<String, Integer> out = new HashMap<>();
        jdbc.sql(sql).params(units, from, toExclusive).query((ResultSet rs) -> {
            out.put(rs.getString(1), rs.getInt(2));
        });
        return out;
    }

    private static String local(String column) {
        return "(" + column + " at time zone " + TZ + ")";
    }

    Map<String, Integer> gc001(String[] units, LocalDate from, LocalDate to) {
        return perMonth("""
                select to_char(occurred_on, 'YYYY-MM'), count(*) from journal_entry
                where unit_id = any(?) and kva = 'GC001' and occurred_on >= ? and occurred_on < ? group by 1""", units, from, to);
    }

    /** Journal registrations per month and KVÅ code: key "YYYY-MM|CODE". */
    Map<String, Integer> kva(String[] units, LocalDate from, LocalDate to) {
        return perMonth("""
                select to_char(occurred_on, 'YYYY-MM') || '|' || kva, count(*) from journal_entry
                where unit_id = any(?) and kva is not null and occurred_on >= ? and occurred_on < ? group by 1""", units, from, to);
    }

    Map<String, Integer> patientsWithInterventions(String[] units, LocalDate from, LocalDate to) {
        return perMonth("""
                select to_char(occurred_on, 'YYYY-MM'), count(distinct (unit_id, patient_id)) from journal_entry
                where unit_id = any(?) and type = 'INTERVENTION' and occurred_on >= ? and occurred_on < ? group by 1""", units, from, to);
    }

    Map<String, Integer> casesOpened(String[] units, LocalDate from, LocalDate to) {
        return perMonth("select to_char(" + local("created_at") + ", 'YYYY-MM'), count(*) from coordination_case "
                + "where unit_id = any(?) and " + local("created_at") + " >= ? and " + local("created_at") + " < ? group by 1", units, from, to);
    }

    /** Closed cases per month and outcome: key "YYYY-MM|OUTCOME". */
    Map<String, Integer> closedByOutcome(String[] units, LocalDate from, LocalDate to) {
        return perMonth("select to_char(" + local("e.time") + ", 'YYYY-MM') || '|' || e.outcome, count(*) from coordination_case_event e "
                + "join coordination_case c on c.id = e.case_id where c.unit_id = any(?) and e.action = 'CLOSE' and "
                + local("e.time") + " >= ? and " + local("e.time") + " < ? group by 1", units, from, to);
    }

    Map<String, Integer> consentsGiven(String[] units, LocalDate from, LocalDate to) {
        return perMonth("""
                select to_char(given, 'YYYY-MM'), count(*) from consent where unit_id = any(?) and given >= ? and given < ? group by 1""",
                units, from, to);
    }

    Map<String, Integer> consentsWithdrawn(String[] units, LocalDate from, LocalDate to) {
        return perMonth("""
                select to_char(w.withdrawn, 'YYYY-MM'), count(*) from consent_withdrawal w join consent c on c.id = w.consent_id
                where c.unit_id = any(?) and w.withdrawn >= ? and w.withdrawn < ? group by 1""", units, from, to);
    }

    Map<String, Integer> fkNotifications(String[] units, LocalDate from, LocalDate to) {
        return perMonth("select to_char(" + local("f.created_at") + ", 'YYYY-MM'), count(*) from fk_notification f "
                + "join coordination_case c on c.id = f.case_id where c.unit_id = any(?) and " + local("f.created_at") + " >= ? and "
                + local("f.created_at") + " < ? group by 1", units, from, to);
    }

    /**
     * Follow-ups that became overdue in the month: a plan version's next follow-up date passed
     * (before today) with no newer plan version saved by that date and the case not closed by then.
     */
    Map<String, Integer> followUpsOverdue(String[] units, LocalDate from, LocalDate to, LocalDate today) {
        Map<String, Integer> out = new HashMap<>();
        jdbc.sql("select to_char(v.next_follow_up, 'YYYY-MM'), count(*) from care_plan_version v join coordination_case c on c.id = v.case_id "
                        + "where c.unit_id = any(?) and v.next_follow_up >= ? and v.next_follow_up < ? and v.next_follow_up < ? "
                        + "and not exists (select 1 from care_plan_version w where w.case_id = v.case_id and w.version > v.version and "
                        + local("w.created_at") + "::date <= v.next_follow_up) "
                        + "and not exists (select 1 from coordination_case_event e where e.case_id = c.id and e.action = 'CLOSE' and "
                        + local("e.time") + "::date <= v.next_follow_up) group by 1")
                .params(units, from, to, today).query((ResultSet rs) -> {
                    out.put(rs.getString(1), rs.getInt(2));
                });
        return out;
    }

    record Offer(long caseId, String unitId, String patientId, LocalDate date) {
    }

    List<Offer> offers(String[] units, LocalDate from, LocalDate to) {
        return jdbc.sql("select c.id, c.unit_id, c.patient_id, " + local("e.time") + "::date from coordination_case_event e "
                        + "join coordination_case c on c.id = e.case_id where c.unit_id = any(?) and e.action = 'OFFER' and "
                        + local("e.time") + " >= ? and " + local("e.time") + " < ? order by e.id")
                .params(units, from, to)
                .query((rs, n) -> new Offer(rs.getLong(1), rs.getString(2), rs.getString(3).trim(), rs.getObject(4, LocalDate.class))).list();
    }

    List<String> unitsOfRegion(String regionId) {
        return jdbc.sql("select id from care_unit where region_id = ? order by id").param(regionId).query(String.class).list();
    }

    boolean regionExists(String regionId) {
        return jdbc.sql("select exists (select 1 from region where id = ?)").param(regionId).query(Boolean.class).single();
    }
}
