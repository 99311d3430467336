package se.koordinera.coordination;

import java.util.List;
import java.util.Set;
import org.springframework.ui.Model;

/**
 * A part of the coordination pages that another feature contributes (the return-to-work plan,
 * the responsible person, the unit routine, the follow-up list), so that the case hub and the
 * worklist show them without the coordination feature depending on those features.
 */
public interface CoordinationPageSection {

    /** Adds this feature's part of the case hub of the case to the model. */
    default void caseHub(String unitId, long caseId, Model model) {
    }

    /**
     * This feature's entries of the case hub's timeline (meetings, the next follow-up), and the
     * actors its records plan to collaborate with (so the hub can say which consent is missing).
     */
    default TimelinePart timeline(String unitId, long caseId) {
        return TimelinePart.NONE;
    }

    /** Adds this feature's part of the unit's worklist to the model. */
    default void worklist(String unitId, Model model) {
    }

    record TimelinePart(List<CaseTimeline.Entry> entries, Set<Actor> plannedActors) {
        public static final TimelinePart NONE = new TimelinePart(List.of(), Set.of());
    }
}
