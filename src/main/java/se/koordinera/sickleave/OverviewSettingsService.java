package se.koordinera.sickleave;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.RequestMemo;

/** Reads and saves per-user overview settings. */
@Service
public class OverviewSettingsService {

    private final JdbcClient jdbc;

    public OverviewSettingsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String MEMO = "OverviewSettingsService.";

    /** The user's settings row: one read per request, as the overview, its badge and its privacy switch each need it. */
    private record Row(OverviewSettings settings, boolean hidesIdentity) {
        static final Row DEFAULTS = new Row(OverviewSettings.DEFAULTS, false);
    }

    private Row row(String userHsaId) {
        return RequestMemo.get(MEMO + userHsaId, () -> jdbc.sql("""
                        select max_gap_days, ended_within_days, default_unit_id, overview_layout, hide_identity
                        from user_setting where user_hsa_id = ?""")
                .param(userHsaId)
                .query((rs, n) -> new Row(new OverviewSettings(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4)),
                        rs.getBoolean(5)))
                .optional().orElse(Row.DEFAULTS));
    }

    public OverviewSettings get(String userHsaId) {
        return row(userHsaId).settings();
    }

    @Transactional
    public void save(String userHsaId, OverviewSettings s) {
        if (s.maxGapDays() < 0 || s.maxGapDays() > 90) {
            throw new InvalidInputException("maxGapDays", "Max antal dagar mellan intyg ska vara 0-90");
        }
        if (s.endedWithinDays() < 0 || s.endedWithinDays() > 14) {
            throw new InvalidInputException("endedWithinDays", "Antal dagar efter avslut ska vara 0-14");
        }
        jdbc.sql("""
                insert into user_setting (user_hsa_id, max_gap_days, ended_within_days, default_unit_id, overview_layout)
                values (?, ?, ?, ?, ?)
                on conflict (user_hsa_id) do update set max_gap_days = excluded.max_gap_days,
                  ended_within_days = excluded.ended_within_days, default_unit_id = excluded.default_unit_id,
                  overview_layout = excluded.overview_layout""")
                .params(userHsaId, s.maxGapDays(), s.endedWithinDays(), s.defaultUnitId(), s.layout()).update();
        RequestMemo.forget(MEMO + userHsaId);
    }

    /** The user's privacy switch: names and personnummer hidden on the overview, its print and export, and the patient page. */
    public boolean hidesIdentity(String userHsaId) {
        return row(userHsaId).hidesIdentity();
    }

    /** Saves the privacy switch alone; the other settings keep their values (defaults for a new row). */
    @Transactional
    public void saveHidesIdentity(String userHsaId, boolean hide) {
        jdbc.sql("""
                insert into user_setting (user_hsa_id, hide_identity) values (?, ?)
                on conflict (user_hsa_id) do update set hide_identity = excluded.hide_identity""")
                .params(userHsaId, hide).update();
        RequestMemo.forget(MEMO + userHsaId);
    }
}
