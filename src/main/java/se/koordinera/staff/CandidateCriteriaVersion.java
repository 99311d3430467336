package se.koordinera.staff;

import java.time.OffsetDateTime;
import se.koordinera.sickleave.engine.CandidateCriteria;

/**
 * The unit's thresholds for the candidate worklist (part of the routine, R19) and who set them when;
 * {@code setAt} and {@code setBy} are null while the defaults apply.
 */
public record CandidateCriteriaVersion(CandidateCriteria criteria, OffsetDateTime setAt, String setBy) {
}
