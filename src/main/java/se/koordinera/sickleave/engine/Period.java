package se.koordinera.sickleave.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One sick-leave period (<em>sjukskrivningsperiod</em>) of a certificate: inclusive dates and the
 * degree of sick leave (<em>sjukskrivningsgrad</em>) in percent.
 */
public record Period(LocalDate from, LocalDate to, int degree) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        if (degree != 25 && degree != 50 && degree != 75 && degree != 100) {
            throw new IllegalArgumentException("degree must be 25, 50, 75 or 100: " + degree);
        }
    }

    /** True when the period covers {@code date} (both ends inclusive). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Number of calendar days, both ends inclusive. */
    public int days() {
        return (int) (to.toEpochDay() - from.toEpochDay() + 1);
    }
}
