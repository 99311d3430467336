package se.koordinera.sickleave;

import java.util.List;
import java.util.Optional;

/**
 * A length interval of a sick-leave case in days, as the overview's filter offers them (Rehabstöd's
 * "Sjukskrivningslängd"). Both ends inclusive; {@code maxDays} null means no upper limit.
 */
public record LengthBand(String key, int minDays, Integer maxDays, String label) {

    public static final List<LengthBand> FILTER_BANDS = List.of(
            new LengthBand("0-14", 0, 14, "0–14 dagar"),
            new LengthBand("15-30", 15, 30, "15–30 dagar"),
            new LengthBand("31-60", 31, 60, "31–60 dagar"),
            new LengthBand("61-90", 61, 90, "61–90 dagar"),
            new LengthBand("91-180", 91, 180, "91–180 dagar"),
            new LengthBand("181-365", 181, 365, "181–365 dagar"),
            new LengthBand("366-730", 366, 730, "1–2 år"),
            new LengthBand("731-", 731, null, "Över 2 år"));

    /** The coarser bands of the statistics panel. */
    public static final List<LengthBand> STATISTICS_BANDS = List.of(
            new LengthBand("0-89", 0, 89, "Under 90 dagar"),
            new LengthBand("90-180", 90, 180, "90–180 dagar"),
            new LengthBand("181-365", 181, 365, "181–365 dagar"),
            new LengthBand("366-", 366, null, "Över 365 dagar"));

    public boolean contains(int days) {
        return days >= minDays && (maxDays == null || days <= maxDays);
    }

    public static Optional<LengthBand> filterBand(String key) {
        return FILTER_BANDS.stream().filter(b -> b.key.equals(key)).findFirst();
    }
}
