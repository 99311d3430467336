package se.koordinera.sickleave;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.koordinera.access.KoordineraUser;
import se.koordinera.sickleave.engine.CandidateRules;

/** Dismissed flags of the candidate worklist (append-only table candidate_flag_dismissal). */
@Repository
class CandidateRepository {

    private final JdbcClient jdbc;

    CandidateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long dismiss(String unitId, String patientId, CandidateRules.Flag flag, LocalDate caseStart, String reason, KoordineraUser by) {
        return jdbc.sql("""
                insert into candidate_flag_dismissal (unit_id, patient_id, flag, case_start, reason, dismissed_by, dismissed_by_name)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(unitId, patientId, flag.name(), caseStart, reason, by.hsaId(), by.name()).query(Long.class).single();
    }

    /** Every dismissal at the unit by patient, oldest first. */
    Map<String, List<CandidateList.Dismissal>> ofUnit(String unitId) {
        Map<String, List<CandidateList.Dismissal>> byPatient = new HashMap<>();
        for (CandidateList.Dismissal d : read("where unit_id = ?", unitId)) {
            byPatient.computeIfAbsent(d.patientId(), k -> new java.util.ArrayList<>()).add(d);
        }
        return byPatient;
    }

    /** The patient's dismissals at the unit, newest first. */
    List<CandidateList.Dismissal> ofPatient(String unitId, String patientId) {
        List<CandidateList.Dismissal> list = new java.util.ArrayList<>(read("where unit_id = ? and patient_id = ?", unitId, patientId));
        java.util.Collections.reverse(list);
        return List.copyOf(list);
    }

    private List<CandidateList.Dismissal> read(String where, Object... params) {
        return jdbc.sql("select id, patient_id, flag, case_start, reason, dismissed_at, dismissed_by, dismissed_by_name"
                        + " from candidate_flag_dismissal " + where + " order by id")
                .params(params)
                .query((rs, n) -> {
                    CandidateRules.Flag flag = CandidateRules.Flag.valueOf(rs.getString("flag"));
                    return new CandidateList.Dismissal(rs.getLong("id"), rs.getString("patient_id").trim(), flag, flag.label(),
                            rs.getObject("case_start", LocalDate.class), rs.getString("reason"),
                            rs.getObject("dismissed_at", OffsetDateTime.class), rs.getString("dismissed_by"), rs.getString("dismissed_by_name"));
                }).list();
    }
}
