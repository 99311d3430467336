package se.koordinera.sickleave;

import se.koordinera.sickleave.engine.CandidateCriteria;

/**
 * Lets the staff feature, which owns the unit's routine (R19), give the candidate worklist the
 * unit's thresholds without the sick-leave feature depending on it. Without an implementation the
 * defaults apply.
 */
public interface CandidateCriteriaSource {

    /** The unit's criteria; {@link CandidateCriteria#DEFAULTS} where the unit has set none. */
    CandidateCriteria criteria(String unitId);
}
