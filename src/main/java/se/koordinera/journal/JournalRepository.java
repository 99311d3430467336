package se.koordinera.journal;

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

/** The append-only coordination journal. Only inserts: the database refuses updates and deletes. */
@Repository
class JournalRepository {

    private final JdbcClient jdbc;

    JournalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    JournalEntry insert(NewJournalEntry e, KoordineraUser author) {
        // R15, R17: every coordination measure carries its KVÅ code and is free of charge.
        boolean coordination = e.type().kva() != null;
        long id = jdbc.sql("""
                insert into journal_entry (unit_id, patient_id, case_id, type, intervention_type, actor, occurred_on, kva, free_of_charge,
                  text, consent_id, corrects_id, author_id, author_name, author_profession)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(e.unitId(), e.patientId(), e.caseId(), e.type().name(), e.interventionType(), e.actor(), e.date(),
                        e.type().kva(), coordination, e.text(), e.consentId(), e.correctsId(),
                        author.hsaId(), author.name(), author.profession())
                .query(Long.class).single();
        return find(e.unitId(), id).orElseThrow();
    }

    /**
     * The latest date of the patient's entries of the type at the unit that were documented after
     * {@code recordedAfter} and are dated on or after {@code from}: what a consent given on
     * {@code from} and recorded then has covered.
     */
    Optional<LocalDate> latestDocumented(String unitId, String patientId, JournalType type, LocalDate from,
            java.time.OffsetDateTime recordedAfter) {
        return jdbc.sql("""
                select max(occurred_on) from journal_entry
                where unit_id = ? and patient_id = ? and type = ? and occurred_on >= ? and time >= ?""")
                .params(unitId, patientId, type.name(), from, recordedAfter)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class))).single();
    }

    /** The patient's entries at the unit, oldest first. */
    List<JournalEntry> ofPatient(String unitId, String patientId) {
        return jdbc.sql("select * from journal_entry where unit_id = ? and patient_id = ? order by time, id")
                .params(unitId, patientId).query(JournalRepository::map).list();
    }

    /** Every entry at the unit, oldest first. */
    List<JournalEntry> ofUnit(String unitId) {
        return jdbc.sql("select * from journal_entry where unit_id = ? order by time, id").params(unitId).query(JournalRepository::map).list();
    }

    /** The unit's entries that nobody has marked as transferred to the EHR yet, oldest first. */
    List<JournalEntry> notTransferred(String unitId) {
        return jdbc.sql("""
                select * from journal_entry j where unit_id = ?
                  and not exists (select 1 from journal_transfer t where t.journal_entry_id = j.id) order by time, id""")
                .params(unitId).query(JournalRepository::map).list();
    }

    java.util.Map<Long, Handoff.Transfer> transfers(String unitId, java.util.Collection<Long> entryIds) {
        java.util.Map<Long, Handoff.Transfer> out = new java.util.HashMap<>();
        if (entryIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select * from journal_transfer where unit_id = :unit and journal_entry_id = any(:ids)")
                .param("unit", unitId).param("ids", entryIds.toArray(Long[]::new))
                .query((rs, n) -> out.put(rs.getLong("journal_entry_id"), new Handoff.Transfer(
                        swedish(rs.getObject("transferred_at", OffsetDateTime.class)), rs.getString("transferred_by"),
                        rs.getString("transferred_by_name"))))
                .list();
        return out;
    }

    /** Marks an entry transferred; false when it already was (the first mark stands). */
    boolean markTransferred(String unitId, long entryId, KoordineraUser by) {
        return jdbc.sql("""
                insert into journal_transfer (journal_entry_id, unit_id, transferred_by, transferred_by_name) values (?, ?, ?, ?)
                on conflict (journal_entry_id) do nothing""")
                .params(entryId, unitId, by.hsaId(), by.name()).update() == 1;
    }

    Optional<JournalEntry> find(String unitId, long id) {
        return jdbc.sql("select * from journal_entry where unit_id = ? and id = ?").params(unitId, id)
                .query(JournalRepository::map).optional();
    }

    static JournalEntry map(ResultSet rs, int row) throws SQLException {
        return new JournalEntry(rs.getLong("id"), swedish(rs.getObject("time", OffsetDateTime.class)), JournalType.valueOf(rs.getString("type")),
                rs.getString("kva"), rs.getString("text"),
                new JournalEntry.Author(rs.getString("author_id"), rs.getString("author_name"), rs.getString("author_profession")),
                rs.getString("unit_id"), (Long) rs.getObject("case_id"), rs.getObject("occurred_on", LocalDate.class),
                rs.getString("intervention_type"), rs.getString("actor"), rs.getBoolean("free_of_charge"),
                (Long) rs.getObject("corrects_id"), (Long) rs.getObject("consent_id"), rs.getString("patient_id").trim());
    }

    /** Timestamps are shown in Swedish time (the database session runs in UTC). */
    private static OffsetDateTime swedish(OffsetDateTime t) {
        return SwedishTime.local(t);
    }
}
