package se.koordinera.sickleave.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The rehabilitation chain (<em>rehabiliteringskedjan</em>, SFB 27 kap.): Försäkringskassan
 * assesses work capacity against the own job up to day 90, any work at the employer from day 91,
 * the normal labour market from day 181, and more strictly still from day 366.
 *
 * <h2>Rule (the one copy)</h2>
 * <ul>
 *   <li>The chain day on a reference day D is the number of calendar days from the case start to D,
 *       both included: the start day is day 1. Gap days inside the case count, as Försäkringskassan
 *       counts calendar days (unlike {@link SickLeaveCase#days()}, which counts covered days).</li>
 *   <li>A case that has ended before D stops on its last day: its chain day is that of its end and
 *       it has no next limit. A case starting after D is not in the chain yet ({@link #position}
 *       gives null).</li>
 *   <li>The next limit is the first of day 90, 180 and 365 that the chain day has not passed
 *       (on day 90 the next limit is day 90 itself, on day 91 it is day 180); its date is
 *       {@code start + limit - 1}. After day 365 there is none.</li>
 * </ul>
 * Earlier sick-leave periods that Försäkringskassan adds to the chain (a new period within 90 days
 * of an earlier one, periods at other care providers) are not known here: the chain day is a lower
 * bound of Försäkringskassan's.
 */
public final class RehabChain {

    /** The limits of the chain, in order. */
    public static final List<Integer> LIMITS = List.of(90, 180, 365);

    private RehabChain() {
    }

    /** A limit of the chain and the calendar date of that day of the case. */
    public record Milestone(int day, LocalDate date) {
    }

    /**
     * Where a case stands in the chain on a day.
     *
     * @param day  the chain day (1 = the start day)
     * @param next the next limit, null after day 365 or when the case has ended
     */
    public record Position(int day, Milestone next) {

        /** Days from the reference day to the next limit's day (0 on the limit day), null without a next limit. */
        public Integer daysToNext() {
            return next == null ? null : next.day() - day;
        }

        /** True when the case reaches its next limit within {@code days} days of the reference day (0: today). */
        public boolean reachesLimitWithin(int days) {
            return next != null && next.day() - day <= days;
        }
    }

    /** The chain day on {@code on} of a case that started on {@code start}: {@code on - start + 1}. */
    public static int day(LocalDate start, LocalDate on) {
        return Math.toIntExact(on.toEpochDay() - start.toEpochDay() + 1);
    }

    /** The next limit on chain day {@code day} of a case that started on {@code start}; null after day 365. */
    public static Milestone nextMilestone(LocalDate start, int day) {
        for (int limit : LIMITS) {
            if (day <= limit) {
                return new Milestone(limit, start.plusDays(limit - 1L));
            }
        }
        return null;
    }

    /**
     * The position of a case spanning {@code start..end} on {@code on}; null when it starts after {@code on}.
     * An ended case (end before {@code on}) stands still on its last day, without a next limit.
     */
    public static Position position(LocalDate start, LocalDate end, LocalDate on) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(on, "on");
        if (start.isAfter(on)) {
            return null;
        }
        if (end.isBefore(on)) {
            return new Position(day(start, end), null);
        }
        int day = day(start, on);
        return new Position(day, nextMilestone(start, day));
    }

    /** The position of an engine case on {@code on}. */
    public static Position position(SickLeaveCase c, LocalDate on) {
        return position(c.start(), c.end(), on);
    }
}
