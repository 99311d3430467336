package se.koordinera.sickleave;

import java.util.Collection;
import java.util.Map;

/**
 * Lets the coordination feature tell the overview each patient's open coordination case state
 * without the sick-leave feature depending on it.
 */
public interface CoordinationStatusLookup {
    /** State name of the open coordination case at the unit, per patient id; patients without one are absent. */
    Map<String, String> openCaseStates(String unitId, Collection<String> patientIds);

    /**
     * The day each patient's latest coordination case at the unit (open or closed) was opened; absent
     * without one. The candidate worklist uses it to tell an ended sick leave with a follow-up from one without.
     */
    default Map<String, java.time.LocalDate> latestCaseOpened(String unitId, Collection<String> patientIds) {
        return Map.of();
    }

    /** Id of the open coordination case at the unit, per patient id (the overview links to the case); patients without one are absent. */
    default Map<String, Long> openCaseIds(String unitId, Collection<String> patientIds) {
        return Map.of();
    }

    /** Every state an open case can be in, in the order of the case's life, with its Swedish label. */
    Map<String, String> openStateLabels();
}
