package se.koordinera.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.koordinera.access.AccessControl;
import se.koordinera.access.KoordineraUser;
import se.koordinera.access.UserService;
import se.koordinera.patient.Personnummer;
import se.koordinera.shared.ForbiddenException;
import se.koordinera.shared.NotFoundException;
import se.koordinera.shared.SwedishTime;

/**
 * Logguppföljning (PDL 4 kap. 3 §): the care provider's systematic review of its access log. The
 * region administrator grants the log-review role per care provider; a log reviewer takes out a
 * patient's extract across every unit of that provider. A unit manager's extract covers only their
 * own unit ({@link AccessLogService}). Grants, revocations and every extract are themselves logged.
 */
@Service
public class LogReviewService {

    /** The purpose under which a reviewer reads the log (Loggtjänsten's word list). */
    static final String PURPOSE = "Kvalitetssäkring";
    static final String FUNCTION = "loggutdrag för vårdgivaren";

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AccessLog accessLog;
    private final UserService users;

    LogReviewService(JdbcClient jdbc, AccessControl access, AccessLog accessLog, UserService users) {
        this.jdbc = jdbc;
        this.access = access;
        this.accessLog = accessLog;
        this.users = users;
    }

    public record Reviewer(String hsaId, String name, OffsetDateTime since, String grantedBy) {
    }

    /** The provider's current log reviewers (region administrator). */
    @Transactional(readOnly = true)
    public List<Reviewer> reviewers(String careProviderId) {
        access.requireRegionAdmin(careProviderId);
        return jdbc.sql("""
                select g.user_hsa_id, u.name, g.changed_at, g.changed_by_name from (
                  select distinct on (user_hsa_id) * from log_review_grant where care_provider_id = ? order by user_hsa_id, id desc) g
                join app_user u on u.hsa_id = g.user_hsa_id where g.granted order by u.name""")
                .param(careProviderId)
                .query((rs, n) -> new Reviewer(rs.getString(1), rs.getString(2), SwedishTime.local(rs.getObject(3, OffsetDateTime.class)),
                        rs.getString(4)))
                .list();
    }

    /** Grants or revokes the role; a new row each time, so the history of who could review is kept. */
    @Transactional
    public List<Reviewer> setReviewer(String careProviderId, String userHsaId, boolean granted) {
        KoordineraUser admin = access.requireRegionAdmin(careProviderId);
        if (users.find(userHsaId).isEmpty()) {
            throw new NotFoundException("Användaren finns inte");
        }
        if (isReviewer(careProviderId, userHsaId) != granted) {
            jdbc.sql("""
                    insert into log_review_grant (care_provider_id, user_hsa_id, granted, changed_by, changed_by_name)
                    values (?, ?, ?, ?, ?)""").params(careProviderId, userHsaId, granted, admin.hsaId(), admin.name()).update();
        }
        return reviewers(careProviderId);
    }

    /**
     * The patient's extract across the provider, newest first. The guard requires the log-review
     * role and logs the reading under the purpose Kvalitetssäkring.
     */
    @PatientData(function = FUNCTION)
    public List<AccessLogEntry> providerExtract(@CareProviderId String careProviderId, @PatientId Personnummer patient) {
        if (!accessLog.hasAccesses(patient.value(), careProviderId, true)) {
            throw new NotFoundException("Patienten har inga uppgifter hos vårdgivaren");
        }
        return accessLog.extractOfProvider(patient.value(), careProviderId);
    }

    /** The current user, if they hold the log-review role for the provider; else 403. */
    KoordineraUser requireReviewer(String careProviderId) {
        KoordineraUser user = access.currentUser();
        if (!isReviewer(careProviderId, user.hsaId())) {
            throw new ForbiddenException("Loggutdrag för hela vårdgivaren tas ut av den som har uppdraget logguppföljning");
        }
        return user;
    }

    /** Whether the current user reviews the log of this provider. */
    public boolean isReviewer(String careProviderId) {
        return isReviewer(careProviderId, access.currentUser().hsaId());
    }

    private boolean isReviewer(String careProviderId, String userHsaId) {
        return jdbc.sql("""
                select coalesce((select granted from log_review_grant where care_provider_id = ? and user_hsa_id = ?
                  order by id desc limit 1), false)""").params(careProviderId, userHsaId).query(Boolean.class).single();
    }
}
