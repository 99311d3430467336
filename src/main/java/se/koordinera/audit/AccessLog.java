package se.koordinera.audit;

import java.time.Clock;
import se.koordinera.shared.SwedishTime;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.koordinera.access.KoordineraUser;
import se.koordinera.access.Purpose;

/**
 * Writes and reads the PDL access log. The table is append-only (a trigger refuses UPDATE,
 * DELETE and TRUNCATE). Listings are written as one statement however many patients they show.
 */
@Component
public class AccessLog {
    private final JdbcClient jdbc;

    private final Clock clock;

    /**
     * The listed patients already logged under the key. A join with the list, not {@code patient_id = any(…)}:
     * PgJDBC prepares the statement on the server after five uses, and PostgreSQL's generic plan for
     * {@code any} compares every patient logged under the key with every listed one (a filter, not an
     * index condition): 37 ms instead of 0.9 ms for 100 listed patients once a user's day key of the API
     * holds a unit's 2 000 (issue 13, docs/benchmarks.md §6 "Change 5").
     */
    static final String LOGGED_OF_LISTING = """
            select l.patient_id from unnest(:patients::char(12)[]) p(id)
            join access_log l on l.dedupe_key = :key and l.patient_id = p.id and l.function = :function""";

    public AccessLog(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Logs one access to one patient: every single access counts. */
    public void record(KoordineraUser user, String unitId, String patientId, String function, AccessAction action) {
        insert(user, unitId, List.of(patientId), function, action, null, Purpose.VARD_OCH_BEHANDLING.label());
    }

    /**
     * Logs one access made under another purpose than care, e.g. a log reviewer's provider-wide
     * extract ("Kvalitetssäkring"); {@code scopeId} is then the care provider's HSA-id.
     */
    void recordForPurpose(KoordineraUser user, String scopeId, String patientId, String function, AccessAction action, String purpose) {
        insert(user, scopeId, List.of(patientId), function, action, null, purpose);
    }

    /**
     * Logs the patients of a listing, once per user, function and session (or, for session-less
     * API calls, per day), as the log extract needs to show who saw the patient, not how often
     * they refreshed the page.
     */
    public void recordListing(KoordineraUser user, String unitId, Collection<String> patientIds, String function, AccessAction action) {
        if (patientIds.isEmpty()) {
            return;
        }
        if (action != AccessAction.READ) {
            insert(user, unitId, patientIds, function, action, null, Purpose.VARD_OCH_BEHANDLING.label());
            return;
        }
        String key = dedupeKey(user, unitId);
        // Most refreshes list patients already logged under this key: look them up first, so that
        // concurrent requests do not queue behind each other's uncommitted inserts of the same keys.
        String[] ids = patientIds.toArray(String[]::new);
        java.util.Set<String> logged = new java.util.HashSet<>(jdbc.sql(LOGGED_OF_LISTING)
                .param("key", key).param("function", function).param("patients", ids).query(String.class).list());
        if (logged.size() < ids.length) {
            insert(user, unitId, java.util.Arrays.stream(ids).filter(id -> !logged.contains(id)).toList(), function, action, key,
                    Purpose.VARD_OCH_BEHANDLING.label());
        }
    }

    private void insert(KoordineraUser user, String unitId, Collection<String> patientIds, String function, AccessAction action,
            String dedupeKey, String purpose) {
        jdbc.sql("""
                insert into access_log (user_hsa_id, user_name, assignment, unit_id, patient_id, function, action, dedupe_key)
                select :user, :name, :assignment, :unit, p, :function, :action, :dedupe from unnest(:patients::text[]) p
                on conflict do nothing""")
                .param("user", user.hsaId()).param("name", user.name())
                .param("assignment", purpose)
                .param("unit", unitId).param("function", function).param("action", action.name())
                .param("dedupe", dedupeKey)
                .param("patients", patientIds.toArray(String[]::new))
                .update();
    }

    /** The unit manager's extract: the patient's accesses at this one unit, newest first. */
    List<AccessLogEntry> extractOfUnit(String patientId, String unitId) {
        return extract("l.unit_id = :scope", patientId, unitId);
    }

    /** The log reviewer's extract: the patient's accesses at every unit of the care provider, and at the provider itself. */
    List<AccessLogEntry> extractOfProvider(String patientId, String careProviderId) {
        return extract("(u.region_id = :scope or l.unit_id = :scope)", patientId, careProviderId);
    }

    /** Whether the unit (or provider) has logged any access to the patient: else there is nothing to extract. */
    boolean hasAccesses(String patientId, String scopeId, boolean provider) {
        return jdbc.sql(provider
                        ? "select exists (select 1 from access_log l left join care_unit u on u.id = l.unit_id where l.patient_id = :patient and (u.region_id = :scope or l.unit_id = :scope))"
                        : "select exists (select 1 from access_log l where l.patient_id = :patient and l.unit_id = :scope)")
                .param("patient", patientId).param("scope", scopeId).query(Boolean.class).single();
    }

    private List<AccessLogEntry> extract(String where, String patientId, String scope) {
        return jdbc.sql("""
                select l.time, l.user_hsa_id, l.user_name, l.assignment, l.unit_id, coalesce(u.name, r.name) as unit_name, l.function, l.action
                from access_log l left join care_unit u on u.id = l.unit_id left join region r on r.id = l.unit_id
                where l.patient_id = :patient and %s
                order by l.time desc, l.id desc""".formatted(where))
                .param("patient", patientId).param("scope", scope)
                .query((rs, n) -> new AccessLogEntry(SwedishTime.local(rs.getObject("time", java.time.OffsetDateTime.class)),
                        rs.getString("user_hsa_id"), rs.getString("user_name"), rs.getString("assignment"), rs.getString("unit_id"),
                        rs.getString("unit_name"), rs.getString("function"), AccessAction.valueOf(rs.getString("action"))))
                .list();
    }

    private String dedupeKey(KoordineraUser user, String unitId) {
        String scope = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            var session = attrs.getRequest().getSession(false);
            if (session != null) {
                scope = "session:" + session.getId();
            }
        }
        if (scope == null) {
            scope = "day:" + LocalDate.now(clock);
        }
        return user.hsaId() + "|" + unitId + "|" + scope;
    }
}
