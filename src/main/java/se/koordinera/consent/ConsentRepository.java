package se.koordinera.consent;

import se.koordinera.shared.SwedishTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.koordinera.access.KoordineraUser;

/** Consents and withdrawals: inserts only, the database refuses updates and deletes. */
@Repository
class ConsentRepository {

    private static final String SELECT = """
            select c.*, w.withdrawn, w.note as w_note, w.recorded_by as w_by, w.recorded_by_name as w_by_name, w.recorded_at as w_at
            from consent c left join consent_withdrawal w on w.consent_id = c.id""";

    private final JdbcClient jdbc;

    ConsentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String unitId, String patientId, ConsentScope scope, ConsentForm form, LocalDate given, String note, KoordineraUser by) {
        return jdbc.sql("""
                insert into consent (unit_id, patient_id, scope, form, given, note, recorded_by, recorded_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(unitId, patientId, scope.name(), form.name(), given, note, by.hsaId(), by.name()).query(Long.class).single();
    }

    void insertWithdrawal(long consentId, LocalDate withdrawn, String note, KoordineraUser by) {
        jdbc.sql("insert into consent_withdrawal (consent_id, withdrawn, note, recorded_by, recorded_by_name) values (?, ?, ?, ?, ?)")
                .params(consentId, withdrawn, note, by.hsaId(), by.name()).update();
    }

    Optional<Consent> find(String unitId, long id, LocalDate today) {
        return jdbc.sql(SELECT + " where c.unit_id = ? and c.id = ?").params(unitId, id).query((rs, n) -> map(rs, today)).optional();
    }

    /**
     * Serialises, until the transaction ends, everything that records or relies on the patient's
     * consents at the unit: a withdrawal and an action checking the consent it withdraws cannot
     * overlap, so a withdrawn consent blocks at once (R5, R13).
     */
    void lockPatient(String unitId, String patientId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(? || '|' || ?, 0))").params(unitId, patientId)
                .query((rs, n) -> 1).list();
    }

    /** Oldest first. Locks nothing: consents never change, only new rows appear. */
    List<Consent> ofPatient(String unitId, String patientId, LocalDate today) {
        return jdbc.sql(SELECT + " where c.unit_id = ? and c.patient_id = ? order by c.given, c.id").params(unitId, patientId)
                .query((rs, n) -> map(rs, today)).list();
    }

    private static Consent map(ResultSet rs, LocalDate today) throws SQLException {
        Consent.Withdrawal withdrawal = null;
        LocalDate withdrawn = rs.getObject("withdrawn", LocalDate.class);
        if (withdrawn != null) {
            withdrawal = new Consent.Withdrawal(withdrawn, rs.getString("w_note"), new Consent.Person(rs.getString("w_by"),
                    rs.getString("w_by_name")), swedish(rs.getObject("w_at", OffsetDateTime.class)));
        }
        ConsentScope scope = ConsentScope.valueOf(rs.getString("scope"));
        LocalDate given = rs.getObject("given", LocalDate.class);
        boolean active = new ConsentPolicy.Fact(scope, given, withdrawn).activeOn(today);
        return new Consent(rs.getLong("id"), rs.getString("patient_id").trim(), rs.getString("unit_id"), scope,
                ConsentForm.valueOf(rs.getString("form")), given, rs.getString("note"),
                new Consent.Person(rs.getString("recorded_by"), rs.getString("recorded_by_name")),
                swedish(rs.getObject("recorded_at", OffsetDateTime.class)), withdrawal, active);
    }

    /** Timestamps are shown in Swedish time (the database session runs in UTC). */
    private static OffsetDateTime swedish(OffsetDateTime t) {
        return SwedishTime.local(t);
    }
}
