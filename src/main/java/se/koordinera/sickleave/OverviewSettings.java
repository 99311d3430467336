package se.koordinera.sickleave;

/** A user's settings of the sick-leave overview (Rehabstöd users know them as "Inställningar"). */
public record OverviewSettings(int maxGapDays, int endedWithinDays, String defaultUnitId, String layout) {
    public static final OverviewSettings DEFAULTS = new OverviewSettings(5, 0, null, null);
}
