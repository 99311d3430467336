package se.koordinera.coordination;

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

    /** Adds this feature's part of the unit's worklist to the model. */
    default void worklist(String unitId, Model model) {
    }
}
