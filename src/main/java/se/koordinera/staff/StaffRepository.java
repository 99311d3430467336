package se.koordinera.staff;

import se.koordinera.shared.SwedishTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.koordinera.access.KoordineraUser;

@Repository
class StaffRepository {

    private final JdbcClient jdbc;

    StaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertResponsible(long caseId, KoordineraUser person, KoordineraUser by) {
        jdbc.sql("""
                insert into case_responsible (case_id, responsible_id, responsible_name, licensed, insurance_medicine_training,
                  assigned_by, assigned_by_name) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, person.hsaId(), person.name(), person.licensed(), person.insuranceMedicineTraining(), by.hsaId(), by.name())
                .update();
    }

    Optional<Responsible.Assigned> responsible(long caseId) {
        return jdbc.sql("select * from case_responsible where case_id = ? order by id desc limit 1").param(caseId)
                .query(StaffRepository::assigned).optional();
    }

    /** Every assignment of the case, newest first. */
    List<Responsible.Assigned> responsibleHistory(long caseId) {
        return jdbc.sql("select * from case_responsible where case_id = ? order by id desc").param(caseId)
                .query(StaffRepository::assigned).list();
    }

    /** The current responsible person of each of the cases (absent when none): one query for a list. */
    java.util.Map<Long, Responsible.Assigned> currentResponsible(java.util.Collection<Long> caseIds) {
        java.util.Map<Long, Responsible.Assigned> out = new java.util.HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select distinct on (case_id) * from case_responsible where case_id = any(?::bigint[]) order by case_id, id desc")
                .param(caseIds.toArray(Long[]::new))
                .query((java.sql.ResultSet rs) -> {
                    out.put(rs.getLong("case_id"), assigned(rs, 0));
                });
        return out;
    }

    private static Responsible.Assigned assigned(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Responsible.Assigned(rs.getString("responsible_id"), rs.getString("responsible_name"),
                rs.getBoolean("licensed"), rs.getBoolean("insurance_medicine_training"),
                swedish(rs.getObject("assigned_at", OffsetDateTime.class)), rs.getString("assigned_by_name"));
    }

    int latestRoutineVersion(String unitId) {
        return jdbc.sql("select coalesce(max(version), 0) from unit_routine where unit_id = ?").param(unitId).query(Integer.class).single();
    }

    void insertRoutine(String unitId, int version, String text, KoordineraUser by) {
        jdbc.sql("insert into unit_routine (unit_id, version, text, created_by, created_by_name) values (?, ?, ?, ?, ?)")
                .params(unitId, version, text, by.hsaId(), by.name()).update();
    }

    List<Routine.Version> routines(String unitId) {
        return jdbc.sql("""
                select r.*, a.approved_at, a.approved_by_name from unit_routine r left join unit_routine_approval a on a.routine_id = r.id
                where r.unit_id = ? order by r.version desc""")
                .param(unitId)
                .query((rs, n) -> new Routine.Version(rs.getLong("id"), rs.getInt("version"), rs.getString("text"),
                        swedish(rs.getObject("created_at", OffsetDateTime.class)), rs.getString("created_by_name"),
                        swedish(rs.getObject("approved_at", OffsetDateTime.class)), rs.getString("approved_by_name")))
                .list();
    }

    void approve(long routineId, KoordineraUser by) {
        jdbc.sql("insert into unit_routine_approval (routine_id, approved_by, approved_by_name) values (?, ?, ?)")
                .params(routineId, by.hsaId(), by.name()).update();
    }

    void insertPolicyChange(String regionId, boolean preventive, KoordineraUser by) {
        jdbc.sql("insert into region_policy_change (region_id, preventive_coordination, changed_by, changed_by_name) values (?, ?, ?, ?)")
                .params(regionId, preventive, by.hsaId(), by.name()).update();
    }


    private static OffsetDateTime swedish(OffsetDateTime t) {
        return SwedishTime.local(t);
    }

    /** The unit's latest candidate criteria with who set them and when; empty where none are set. */
    java.util.Optional<CandidateCriteriaVersion> candidateCriteria(String unitId) {
        return jdbc.sql("""
                select mental_diagnosis, repeated_cases_12_months, repeated_days_3_years, chain_limit_within_days, degree_unchanged_weeks,
                  ended_within_days, created_at, created_by_name from unit_candidate_criteria where unit_id = ? order by id desc limit 1""")
                .param(unitId)
                .query((rs, n) -> new CandidateCriteriaVersion(new se.koordinera.sickleave.engine.CandidateCriteria(
                        se.koordinera.sickleave.engine.CandidateCriteria.DEFAULTS.longSickLeaveDays(), rs.getBoolean(1), rs.getInt(2),
                        rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)),
                        rs.getObject(7, java.time.OffsetDateTime.class), rs.getString(8))).optional();
    }

    void insertCandidateCriteria(String unitId, StaffRequests.CandidateCriteria c, KoordineraUser by) {
        jdbc.sql("""
                insert into unit_candidate_criteria (unit_id, mental_diagnosis, repeated_cases_12_months, repeated_days_3_years,
                  chain_limit_within_days, degree_unchanged_weeks, ended_within_days, created_by, created_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(unitId, c.mentalDiagnosis(), c.repeatedCases12Months(), c.repeatedDays3Years(), c.chainLimitWithinDays(),
                        c.degreeUnchangedWeeks(), c.endedWithinDays(), by.hsaId(), by.name()).update();
    }
}
