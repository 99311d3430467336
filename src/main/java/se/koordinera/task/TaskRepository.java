package se.koordinera.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.koordinera.access.KoordineraUser;
import se.koordinera.shared.SwedishTime;

@Repository
class TaskRepository {

    /** A stored task before the case's visibility gives it a patient and a name. */
    record Row(long id, long caseId, String title, TaskReason reason, LocalDate due, String assigneeId, String assigneeName,
            OffsetDateTime created, String createdByName, OffsetDateTime doneAt, String doneByName) {
    }

    private static final String SELECT = """
            select t.*, d.done_at, d.done_by_name from case_task t left join case_task_done d on d.task_id = t.id
            """;

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String unitId, long caseId, TaskRequests.NewTask t, KoordineraUser assignee, KoordineraUser by) {
        return jdbc.sql("""
                insert into case_task (unit_id, case_id, title, reason, due, assignee_id, assignee_name, created_by, created_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(unitId, caseId, t.title(), t.reason().name(), t.due(), assignee.hsaId(), assignee.name(), by.hsaId(), by.name())
                .query(Long.class).single();
    }

    /** Locks the task row, so that two "done" at once give one completion and one refusal. */
    Optional<Row> lock(String unitId, long id) {
        return jdbc.sql(SELECT + " where t.unit_id = ? and t.id = ? for update of t").params(unitId, id).query(TaskRepository::map).optional();
    }

    Optional<Row> find(String unitId, long id) {
        return jdbc.sql(SELECT + " where t.unit_id = ? and t.id = ?").params(unitId, id).query(TaskRepository::map).optional();
    }

    void markDone(long id, KoordineraUser by) {
        jdbc.sql("insert into case_task_done (task_id, done_by, done_by_name) values (?, ?, ?)").params(id, by.hsaId(), by.name()).update();
    }

    /** The unit's tasks, optionally of one assignee; the state filter is applied by the caller (it depends on today). */
    List<Row> ofUnit(String unitId, String assigneeId) {
        if (assigneeId == null) {
            return jdbc.sql(SELECT + " where t.unit_id = ? order by t.due, t.id").param(unitId).query(TaskRepository::map).list();
        }
        return jdbc.sql(SELECT + " where t.unit_id = ? and t.assignee_id = ? order by t.due, t.id").params(unitId, assigneeId)
                .query(TaskRepository::map).list();
    }

    List<Row> ofCase(long caseId) {
        return jdbc.sql(SELECT + " where t.case_id = ? order by t.due, t.id").param(caseId).query(TaskRepository::map).list();
    }

    void insertWaiting(long caseId, TaskRequests.WaitingChange w, KoordineraUser by) {
        jdbc.sql("insert into case_waiting (case_id, waiting_for, note, check_date, set_by, set_by_name) values (?, ?, ?, ?, ?, ?)")
                .params(caseId, w.waitingFor() == null ? null : w.waitingFor().name(), w.note(), w.checkDate(), by.hsaId(), by.name())
                .update();
    }

    List<Waiting.Change> waitingHistory(long caseId) {
        return jdbc.sql("select * from case_waiting where case_id = ? order by id desc").param(caseId).query(TaskRepository::change).list();
    }

    /** What each of the cases waits for now (cases that wait for no one are absent): one query for a whole list. */
    Map<Long, Waiting.Change> currentWaiting(Collection<Long> caseIds) {
        Map<Long, Waiting.Change> out = new HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select distinct on (case_id) * from case_waiting where case_id = any(?::bigint[]) order by case_id, id desc""")
                .param(caseIds.toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    Waiting.Change c = change(rs, 0);
                    if (c.waitingFor() != null) {
                        out.put(rs.getLong("case_id"), c);
                    }
                });
        return out;
    }

    private static Waiting.Change change(ResultSet rs, int n) throws SQLException {
        String w = rs.getString("waiting_for");
        WaitingFor waitingFor = w == null ? null : WaitingFor.valueOf(w);
        return new Waiting.Change(waitingFor, waitingFor == null ? "Väntar inte" : waitingFor.label(), rs.getString("note"),
                rs.getObject("check_date", LocalDate.class), SwedishTime.local(rs.getObject("set_at", OffsetDateTime.class)),
                rs.getString("set_by_name"));
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("case_id"), rs.getString("title"), TaskReason.valueOf(rs.getString("reason")),
                rs.getObject("due", LocalDate.class), rs.getString("assignee_id"), rs.getString("assignee_name"),
                SwedishTime.local(rs.getObject("created_at", OffsetDateTime.class)), rs.getString("created_by_name"),
                SwedishTime.local(rs.getObject("done_at", OffsetDateTime.class)), rs.getString("done_by_name"));
    }
}
