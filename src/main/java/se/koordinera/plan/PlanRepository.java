package se.koordinera.plan;

import se.koordinera.shared.SwedishTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.koordinera.coordination.CaseRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.koordinera.access.KoordineraUser;
import tools.jackson.databind.json.JsonMapper;

/** Care plan versions (append-only) and the little of the coordination case the plan needs. */
@Repository
class PlanRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlanRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    int latestVersion(long caseId) {
        return jdbc.sql("select coalesce(max(version), 0) from care_plan_version where case_id = ?").param(caseId).query(Integer.class).single();
    }

    void insert(CaseRef c, int version, PlanRules.Draft d, LocalDate next, KoordineraUser by) {
        List<Map<String, Object>> steps = new ArrayList<>();
        d.steps().forEach(s -> steps.add(ordered("degree", s.degree(), "from", s.from().toString(), "to", s.to().toString())));
        List<Map<String, Object>> activities = new ArrayList<>();
        d.activities().forEach(a -> activities.add(ordered("text", a.text(), "actor", a.actor().name(), "due", a.due().toString())));
        jdbc.sql("""
                insert into care_plan_version (case_id, version, goals, patient_words, steps, activities, collaboration_needs,
                  collaboration_note, follow_up_dates, next_follow_up, note, created_by, created_by_name)
                values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?::jsonb, ?, ?, ?, ?)""")
                .params(c.id(), version, d.goals(), d.patientWords(), json.writeValueAsString(steps), json.writeValueAsString(activities),
                        json.writeValueAsString(d.collaborationNeeds().stream().map(Enum::name).toList()), d.collaborationNote(),
                        json.writeValueAsString(d.followUpDates().stream().map(LocalDate::toString).toList()), next, d.note(), by.hsaId(),
                        by.name())
                .update();
    }

    Optional<CarePlan> version(CaseRef c, int version) {
        return jdbc.sql("select * from care_plan_version where case_id = ? and version = ?").params(c.id(), version)
                .query((rs, n) -> map(rs, c.patientId())).optional();
    }

    List<CarePlan> versions(CaseRef c) {
        return jdbc.sql("select * from care_plan_version where case_id = ? order by version desc").param(c.id())
                .query((rs, n) -> map(rs, c.patientId())).list();
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    List<CarePlan.Activity> activities(String text) {
        List<Map<String, Object>> activities = json.readValue(text, List.class);
        return activities.stream().map(a -> new CarePlan.Activity((String) a.get("text"), PlanActor.valueOf((String) a.get("actor")),
                LocalDate.parse((String) a.get("due")))).toList();
    }

    @SuppressWarnings("unchecked")
    private CarePlan map(ResultSet rs, String patientId) throws SQLException {
        List<Map<String, Object>> steps = json.readValue(rs.getString("steps"), List.class);
        List<Map<String, Object>> activities = json.readValue(rs.getString("activities"), List.class);
        List<String> needs = json.readValue(rs.getString("collaboration_needs"), List.class);
        List<String> dates = json.readValue(rs.getString("follow_up_dates"), List.class);
        return new CarePlan(rs.getLong("case_id"), patientId, rs.getInt("version"), rs.getString("goals"), rs.getString("patient_words"),
                steps.stream().map(s -> new CarePlan.Step(((Number) s.get("degree")).intValue(), LocalDate.parse((String) s.get("from")),
                        LocalDate.parse((String) s.get("to")))).toList(),
                activities.stream().map(a -> new CarePlan.Activity((String) a.get("text"), PlanActor.valueOf((String) a.get("actor")),
                        LocalDate.parse((String) a.get("due")))).toList(),
                needs.stream().map(PlanActor::valueOf).toList(), rs.getString("collaboration_note"),
                dates.stream().map(LocalDate::parse).toList(), rs.getObject("next_follow_up", LocalDate.class), rs.getString("note"),
                rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(SwedishTime.ZONE).toOffsetDateTime(),
                new CarePlan.By(rs.getString("created_by"), rs.getString("created_by_name")));
    }

    /** When a case's latest plan version was saved and the next follow-up it planned. */
    record LatestPlan(LocalDate nextFollowUp, LocalDate saved) {
    }

    /** The latest plan version of each of these cases that has one, in one query. */
    Map<Long, LatestPlan> latestPlans(java.util.Collection<Long> caseIds) {
        Map<Long, LatestPlan> out = new java.util.HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select distinct on (case_id) case_id, next_follow_up, created_at from care_plan_version
                where case_id = any(?) order by case_id, version desc""")
                .param(caseIds.toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    out.put(rs.getLong(1), new LatestPlan(rs.getObject(2, LocalDate.class), swedishDate(rs.getObject(3, OffsetDateTime.class))));
                });
        return out;
    }

    private static LocalDate swedishDate(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(SwedishTime.ZONE).toLocalDate();
    }

    /** Agreed actions of the latest minutes of each meeting of the case (R12: the meeting feeds the plan), as JSON texts. */
    List<String> agreedActionsOfMeetings(long caseId) {
        return jdbc.sql("""
                select distinct on (m.id) mm.agreed_actions::text from meeting m join meeting_minutes mm on mm.meeting_id = m.id
                where m.case_id = ? order by m.id, mm.version desc""").param(caseId).query(String.class).list();
    }
}
