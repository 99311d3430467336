package se.koordinera.audit;

import java.time.OffsetDateTime;

/** One row of the PDL access log, as shown in a patient's log extract (loggutdrag). */
public record AccessLogEntry(OffsetDateTime time, String userHsaId, String userName, String assignment, String unitId,
        String unitName, String function, AccessAction action) {
}
