package se.koordinera.coordination;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.koordinera.access.AccessControl;
import se.koordinera.access.KoordineraUser;
import se.koordinera.access.Role;

/** The unit's coordination settings: after how many days of sick leave a patient is a candidate (default 14). */
@Service
public class CoordinationSettings {

    public static final int DEFAULT_MIN_DAYS = 14;

    private final JdbcClient jdbc;
    private final AccessControl access;

    public CoordinationSettings(JdbcClient jdbc, AccessControl access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public record Settings(String unitId, int candidateMinDays) {
    }

    public Settings get(String unitId) {
        access.requireCareAssignment(unitId);
        int days = jdbc.sql("select candidate_min_days from coordination_setting where unit_id = ?").param(unitId)
                .query(Integer.class).optional().orElse(DEFAULT_MIN_DAYS);
        return new Settings(unitId, days);
    }

    /** The verksamhetschef decides the unit's routine (R19). */
    @Transactional
    public Settings set(String unitId, int candidateMinDays) {
        KoordineraUser user = access.requireRoleAtUnit(Role.UNIT_MANAGER, unitId);
        jdbc.sql("""
                insert into coordination_setting (unit_id, candidate_min_days, updated_by) values (?, ?, ?)
                on conflict (unit_id) do update set candidate_min_days = excluded.candidate_min_days, updated_by = excluded.updated_by,
                  updated_at = now()""").params(unitId, candidateMinDays, user.hsaId()).update();
        return new Settings(unitId, candidateMinDays);
    }
}
