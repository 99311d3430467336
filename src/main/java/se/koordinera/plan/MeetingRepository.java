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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.koordinera.access.KoordineraUser;
import tools.jackson.databind.json.JsonMapper;

/** Patient agreements, meetings and minutes: all append-only. */
@Repository
class MeetingRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MeetingRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    String actionsJson(List<CarePlan.Activity> actions) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CarePlan.Activity a : actions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", a.text());
            m.put("actor", a.actor().name());
            m.put("due", a.due().toString());
            out.add(m);
        }
        return json.writeValueAsString(out);
    }

    @SuppressWarnings("unchecked")
    List<CarePlan.Activity> actions(String text) {
        List<Map<String, Object>> raw = json.readValue(text, List.class);
        return raw.stream().map(a -> new CarePlan.Activity((String) a.get("text"), PlanActor.valueOf((String) a.get("actor")),
                LocalDate.parse((String) a.get("due")))).toList();
    }

    int latestAgreementVersion(long caseId) {
        return jdbc.sql("select coalesce(max(version), 0) from patient_agreement where case_id = ?").param(caseId).query(Integer.class).single();
    }

    void insertAgreement(long caseId, int version, AgreementRules.Draft d, KoordineraUser by) {
        jdbc.sql("""
                insert into patient_agreement (case_id, version, expectations, worries, agreed, actions, contact_person, contact_phone,
                  next_contact, created_by, created_by_name) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)""")
                .params(caseId, version, d.expectations(), d.worries(), d.agreed(), actionsJson(d.actions()), d.contactPerson(),
                        d.contactPhone(), d.nextContact(), by.hsaId(), by.name())
                .update();
    }

    List<Agreement> agreements(long caseId, String patientId) {
        return jdbc.sql("select * from patient_agreement where case_id = ? order by version desc").param(caseId)
                .query((rs, n) -> new Agreement(caseId, patientId, rs.getInt("version"), rs.getString("expectations"), rs.getString("worries"),
                        rs.getString("agreed"), actions(rs.getString("actions")), rs.getString("contact_person"), rs.getString("contact_phone"),
                        rs.getObject("next_contact", LocalDate.class), swedish(rs.getObject("created_at", OffsetDateTime.class)),
                        new CarePlan.By(rs.getString("created_by"), rs.getString("created_by_name"))))
                .list();
    }

    long insertMeeting(long caseId, MeetingRules.Booking b, String uid, KoordineraUser by) {
        List<Map<String, Object>> participants = new ArrayList<>();
        for (Meeting.Participant p : b.participants()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("actor", p.actor().name());
            m.put("name", p.name());
            participants.add(m);
        }
        return jdbc.sql("""
                insert into meeting (case_id, kind, starts_at, duration_minutes, location, video, video_link, participants, agenda, uid,
                  created_by, created_by_name) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?) returning id""")
                .params(caseId, b.kind().name(), b.startsAt().toOffsetDateTime(), b.durationMinutes(), b.location(), b.video(), b.videoLink(),
                        json.writeValueAsString(participants), b.agenda(), uid, by.hsaId(), by.name())
                .query(Long.class).single();
    }

    List<Meeting> meetingsOfCase(long caseId, String patientId) {
        List<Meeting> list = jdbc.sql(WITH_CHANGES + " where m.case_id = ? order by starts_at desc, m.id desc").param(caseId)
                .query((rs, n) -> meeting(rs, patientId)).list();
        // The minutes of all the case's meetings in one query, not one per meeting.
        Map<Long, List<Meeting.Minutes>> minutes = new java.util.HashMap<>();
        jdbc.sql("""
                select mm.* from meeting_minutes mm join meeting m on m.id = mm.meeting_id
                where m.case_id = ? order by mm.meeting_id, mm.version desc""").param(caseId)
                .query((ResultSet rs) -> {
                    minutes.computeIfAbsent(rs.getLong("meeting_id"), k -> new ArrayList<>()).add(minutes(rs));
                });
        return list.stream().map(m -> m.withMinutes(minutes.getOrDefault(m.id(), List.of()))).toList();
    }

    /**
     * A meeting as its changes leave it: the latest move's time and length, the number of changes
     * (the iCalendar SEQUENCE) and whether it is cancelled. One row per meeting, in the same query.
     */
    private static final String WITH_CHANGES = """
            select m.id, m.case_id, m.kind, coalesce(ch.moved_start, m.starts_at) as starts_at,
              coalesce(ch.moved_duration, m.duration_minutes) as duration_minutes, m.location, m.video, m.video_link, m.participants,
              m.agenda, m.uid, m.created_by, m.created_by_name, ch.sequence, ch.cancelled,
              (select cc.patient_id from coordination_case cc where cc.id = m.case_id) as patient_id
            from meeting m
            left join lateral (select count(*)::int as sequence, coalesce(bool_or(x.kind = 'CANCEL'), false) as cancelled,
                (array_agg(x.starts_at order by x.id desc) filter (where x.kind = 'MOVE'))[1] as moved_start,
                (array_agg(x.duration_minutes order by x.id desc) filter (where x.kind = 'MOVE'))[1] as moved_duration
              from meeting_change x where x.meeting_id = m.id) ch on true
            """;

    void insertChange(long meetingId, String kind, OffsetDateTime startsAt, Integer duration, String reason, long journalEntryId,
            KoordineraUser by) {
        jdbc.sql("""
                insert into meeting_change (meeting_id, kind, starts_at, duration_minutes, reason, journal_entry_id, created_by, created_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(meetingId, kind, startsAt, duration, reason, journalEntryId, by.hsaId(), by.name()).update();
    }

    /** The meeting if its case is at the unit. */
    Optional<Meeting> meeting(String unitId, long meetingId) {
        return jdbc.sql(WITH_CHANGES + " join coordination_case c on c.id = m.case_id where c.unit_id = ? and m.id = ?")
                .params(unitId, meetingId).query((rs, n) -> meeting(rs, rs.getString("patient_id").trim())).optional()
                .map(m -> m.withMinutes(minutes(m.id())));
    }

    int latestMinutesVersion(long meetingId) {
        return jdbc.sql("select coalesce(max(version), 0) from meeting_minutes where meeting_id = ?").param(meetingId).query(Integer.class).single();
    }

    void insertMinutes(long meetingId, int version, MeetingRules.NewMinutes m, Long journalEntryId, KoordineraUser by) {
        jdbc.sql("""
                insert into meeting_minutes (meeting_id, version, minutes, agreed_actions, journal_entry_id, created_by, created_by_name)
                values (?, ?, ?, ?::jsonb, ?, ?, ?)""")
                .params(meetingId, version, m.minutes(), actionsJson(m.agreedActions()), journalEntryId, by.hsaId(), by.name()).update();
    }

    List<Meeting.Minutes> minutes(long meetingId) {
        return jdbc.sql("select * from meeting_minutes where meeting_id = ? order by version desc").param(meetingId)
                .query((rs, n) -> minutes(rs)).list();
    }

    private Meeting.Minutes minutes(ResultSet rs) throws SQLException {
        return new Meeting.Minutes(rs.getInt("version"), rs.getString("minutes"), actions(rs.getString("agreed_actions")),
                (Long) rs.getObject("journal_entry_id"), swedish(rs.getObject("created_at", OffsetDateTime.class)),
                new CarePlan.By(rs.getString("created_by"), rs.getString("created_by_name")));
    }

    @SuppressWarnings("unchecked")
    private Meeting meeting(ResultSet rs, String patientId) throws SQLException {
        List<Map<String, Object>> raw = json.readValue(rs.getString("participants"), List.class);
        return new Meeting(rs.getLong("id"), rs.getLong("case_id"), patientId, Meeting.Kind.valueOf(rs.getString("kind")),
                swedish(rs.getObject("starts_at", OffsetDateTime.class)), rs.getInt("duration_minutes"), rs.getString("location"),
                rs.getBoolean("video"), rs.getString("video_link"),
                raw.stream().map(p -> new Meeting.Participant(PlanActor.valueOf((String) p.get("actor")), (String) p.get("name"))).toList(),
                rs.getString("agenda"), rs.getString("uid"), new CarePlan.By(rs.getString("created_by"), rs.getString("created_by_name")),
                List.of(), rs.getInt("sequence"), rs.getBoolean("cancelled"));
    }

    private static OffsetDateTime swedish(OffsetDateTime t) {
        return SwedishTime.local(t);
    }
}
