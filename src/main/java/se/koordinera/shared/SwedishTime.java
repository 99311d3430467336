package se.koordinera.shared;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Swedish time, declared once. Every "today" of the application comes from the one {@link Clock}
 * bean (in this zone), so that a test can pin the date and never straddles midnight.
 */
public final class SwedishTime {

    /** The zone of every date the users see (Försäkringskassan's and the guidelines' calendar days). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private SwedishTime() {
    }

    /** The system clock in Swedish time: the application's default {@link Clock}. */
    public static Clock systemClock() {
        return Clock.system(ZONE);
    }

    /** A timestamp read from PostgreSQL (UTC) shown with the Swedish offset of its day. */
    public static OffsetDateTime local(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
