package se.koordinera.staff;

import java.time.OffsetDateTime;
import java.util.List;

/** R19: the unit's routine for offering coordination: every version, and the latest approved one (null when none). */
public record Routine(String unitId, Version approved, Version latest, List<Version> versions, boolean warning) {

    public record Version(long id, int version, String text, OffsetDateTime created, String createdBy, OffsetDateTime approvedAt,
            String approvedBy) {
        public boolean isApproved() {
            return approvedAt != null;
        }
    }
}
