package se.koordinera.sickleave.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Parameters of the sick-leave overview (<em>sjukfallsöversikt</em>).
 *
 * @param activeOn        the day D the overview is computed for
 * @param maxGapDays      the largest gap in days (0..90) between certificates of one case
 *                        (<em>max antal dagars glapp</em>)
 * @param endedWithinDays K: also list cases that ended at most K days before D (>= 0)
 */
public record EngineParameters(LocalDate activeOn, int maxGapDays, int endedWithinDays) {

    public static final int DEFAULT_MAX_GAP_DAYS = 5;

    public EngineParameters {
        Objects.requireNonNull(activeOn, "activeOn");
        SickLeaveEngine.checkMaxGap(maxGapDays);
        if (endedWithinDays < 0) {
            throw new IllegalArgumentException("endedWithinDays must be >= 0: " + endedWithinDays);
        }
    }
}
