package se.koordinera.coordination;

import se.koordinera.shared.SwedishTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.koordinera.access.KoordineraUser;
import se.koordinera.access.Role;

/** Coordination cases and their append-only events. */
@Repository
class CaseRepository {

    // The patient's name is not read here: CaseVisibility decides what a user sees of it.
    private static final String SELECT = "select c.* from coordination_case c";

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String unitId, String patientId, CaseReason reason, KoordineraUser by, String registeredName) {
        return jdbc.sql("""
                insert into coordination_case (unit_id, patient_id, reason, state, created_by, registered_name)
                values (?, ?, ?, 'IDENTIFIED', ?, ?) returning id""")
                .params(unitId, patientId, reason.name(), by.hsaId(), registeredName).query(Long.class).single();
    }

    /** The case of the unit, locked for the rest of the transaction; empty for a case of another unit. */
    Optional<CoordinationCase> lock(String unitId, long id) {
        return jdbc.sql(SELECT + " where c.unit_id = ? and c.id = ? for update of c").params(unitId, id).query(CaseRepository::map).optional();
    }

    Optional<CoordinationCase> find(String unitId, long id) {
        return jdbc.sql(SELECT + " where c.unit_id = ? and c.id = ?").params(unitId, id).query(CaseRepository::map).optional();
    }

    Optional<CoordinationCase> openCaseOf(String unitId, String patientId) {
        return jdbc.sql(SELECT + " where c.unit_id = ? and c.patient_id = ? and c.state <> 'CLOSED' for update of c")
                .params(unitId, patientId).query(CaseRepository::map).optional();
    }

    List<CoordinationCase> ofUnit(String unitId, CaseState state) {
        if (state == null) {
            return jdbc.sql(SELECT + " where c.unit_id = ? order by c.id desc").param(unitId).query(CaseRepository::map).list();
        }
        return jdbc.sql(SELECT + " where c.unit_id = ? and c.state = ? order by c.id desc").params(unitId, state.name())
                .query(CaseRepository::map).list();
    }

    List<CoordinationCase> ofPatients(String unitId, Collection<String> patientIds) {
        return jdbc.sql(SELECT + " where c.unit_id = ? and c.patient_id = any(?::char(12)[]) order by c.id desc")
                .params(unitId, patientIds.toArray(String[]::new)).query(CaseRepository::map).list();
    }

    List<CoordinationCase> ofPatient(String unitId, String patientId) {
        return jdbc.sql(SELECT + " where c.unit_id = ? and c.patient_id = ? order by c.id desc").params(unitId, patientId)
                .query(CaseRepository::map).list();
    }

    Map<String, String> openStates(String unitId, Collection<String> patientIds) {
        Map<String, String> result = new HashMap<>();
        jdbc.sql("select patient_id, state from coordination_case where unit_id = ? and state <> 'CLOSED' and patient_id = any(?)")
                .params(unitId, patientIds.toArray(String[]::new))
                .query((ResultSet rs) -> {
                    result.put(rs.getString(1).trim(), rs.getString(2));
                });
        return result;
    }

    /** The day (Swedish time) each patient's latest case at the unit was opened, open or closed. */
    Map<String, java.time.LocalDate> latestOpened(String unitId, Collection<String> patientIds) {
        Map<String, java.time.LocalDate> result = new HashMap<>();
        jdbc.sql("""
                select patient_id, max((created_at at time zone 'Europe/Stockholm')::date) from coordination_case
                where unit_id = ? and patient_id = any(?) group by patient_id""")
                .params(unitId, patientIds.toArray(String[]::new))
                .query((ResultSet rs) -> {
                    result.put(rs.getString(1).trim(), rs.getObject(2, java.time.LocalDate.class));
                });
        return result;
    }

    /** The open case's id per patient at the unit: one query for a page of the overview. */
    Map<String, Long> openIds(String unitId, Collection<String> patientIds) {
        Map<String, Long> result = new HashMap<>();
        jdbc.sql("select patient_id, id from coordination_case where unit_id = ? and state <> 'CLOSED' and patient_id = any(?)")
                .params(unitId, patientIds.toArray(String[]::new))
                .query((ResultSet rs) -> {
                    result.put(rs.getString(1).trim(), rs.getLong(2));
                });
        return result;
    }

    /** Moves the case on; the version in the WHERE clause makes a lost update impossible. */
    void update(CoordinationCase c, CaseState to, Outcome outcome) {
        int n = jdbc.sql("update coordination_case set state = ?, outcome = ?, version = version + 1 where id = ? and version = ?")
                .params(to.name(), outcome == null ? null : outcome.name(), c.id(), c.version()).update();
        if (n != 1) {
            throw new se.koordinera.shared.ConflictException("Ärendet har ändrats av någon annan. Läs om ärendet och försök igen.");
        }
    }

    void insertEvent(long caseId, CaseAction action, CaseState from, CaseState to, Boolean relevant, Outcome outcome, String note,
            KoordineraUser by) {
        jdbc.sql("""
                insert into coordination_case_event (case_id, action, from_state, to_state, relevant, outcome, note,
                  actor_id, actor_name, actor_profession, actor_is_doctor) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, action.name(), from == null ? null : from.name(), to.name(), relevant,
                        outcome == null ? null : outcome.name(), note, by.hsaId(), by.name(), by.profession(), by.hasRole(Role.DOCTOR))
                .update();
    }

    List<CoordinationCase.CaseEvent> events(long caseId) {
        return jdbc.sql("select * from coordination_case_event where case_id = ? order by id").param(caseId)
                .query((rs, n) -> new CoordinationCase.CaseEvent(rs.getLong("id"), swedish(rs.getObject("time", OffsetDateTime.class)),
                        CaseAction.valueOf(rs.getString("action")),
                        rs.getString("from_state") == null ? null : CaseState.valueOf(rs.getString("from_state")),
                        CaseState.valueOf(rs.getString("to_state")), (Boolean) rs.getObject("relevant"),
                        rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")), rs.getString("note"),
                        new CoordinationCase.By(rs.getString("actor_id"), rs.getString("actor_name"), rs.getString("actor_profession"))))
                .list();
    }

    /** R3: the latest assessment is "relevant" and was made by a doctor. */
    boolean lastAssessmentRelevantByDoctor(long caseId) {
        return jdbc.sql("""
                select coalesce((select relevant and actor_is_doctor from coordination_case_event
                  where case_id = ? and action in ('ASSESS_RELEVANT', 'ASSESS_NOT_RELEVANT') order by id desc limit 1), false)""")
                .param(caseId).query(Boolean.class).single();
    }

    long insertFkNotification(long caseId, long journalEntryId, byte[] letter) {
        return jdbc.sql("insert into fk_notification (case_id, journal_entry_id, letter) values (?, ?, ?) returning id")
                .params(caseId, journalEntryId, letter).query(Long.class).single();
    }

    record StoredLetter(long id, long caseId, String patientId, OffsetDateTime created, byte[] pdf) {
    }

    Optional<StoredLetter> letter(String unitId, long notificationId) {
        return jdbc.sql("""
                select f.id, f.case_id, c.patient_id, f.created_at, f.letter from fk_notification f
                join coordination_case c on c.id = f.case_id where c.unit_id = ? and f.id = ?""")
                .params(unitId, notificationId)
                .query((rs, n) -> new StoredLetter(rs.getLong(1), rs.getLong(2), rs.getString(3).trim(),
                        swedish(rs.getObject(4, OffsetDateTime.class)), rs.getBytes(5)))
                .optional();
    }

    List<StoredLetter> lettersOfCase(long caseId) {
        return jdbc.sql("""
                select f.id, f.case_id, c.patient_id, f.created_at from fk_notification f
                join coordination_case c on c.id = f.case_id where f.case_id = ? order by f.id""")
                .param(caseId)
                .query((rs, n) -> new StoredLetter(rs.getLong(1), rs.getLong(2), rs.getString(3).trim(),
                        swedish(rs.getObject(4, OffsetDateTime.class)), null))
                .list();
    }

    static CoordinationCase map(ResultSet rs, int row) throws SQLException {
        // patientName holds the name registered by hand (preventive case), or null; CaseVisibility completes it.
        return new CoordinationCase(rs.getLong("id"), rs.getString("patient_id").trim(), rs.getString("registered_name"),
                rs.getString("unit_id"), CaseState.valueOf(rs.getString("state")), CaseReason.valueOf(rs.getString("reason")),
                rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")), rs.getInt("version"),
                swedish(rs.getObject("created_at", OffsetDateTime.class)), rs.getString("created_by"), null);
    }

    /** Timestamps are shown in Swedish time (the database session runs in UTC). */
    private static OffsetDateTime swedish(OffsetDateTime t) {
        return SwedishTime.local(t);
    }
}
