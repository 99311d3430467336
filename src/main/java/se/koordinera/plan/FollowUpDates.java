package se.koordinera.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * A date another feature sets for checking a case again (the "waiting for" of the task feature),
 * so that the follow-up list (R16) shows it without the plan feature depending on that feature.
 * Called inside the follow-up list's guarded method: an implementation reads unlogged.
 */
public interface FollowUpDates {

    /** The check date of each of the unit's cases that has one (absent otherwise). */
    Map<Long, LocalDate> checkDates(String unitId, Collection<Long> caseIds);
}
