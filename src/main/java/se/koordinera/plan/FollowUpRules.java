package se.koordinera.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.koordinera.sickleave.engine.Period;

/** R16: when a case is due for follow-up, and which changes of the sick leave call for one. */
public final class FollowUpRules {

    /**
     * Due: the next follow-up is within this many days (the horizon the list shows besides the
     * overdue ones). Two weeks by default: a week was too short to plan the meetings a follow-up
     * needs (issue 12); the follow-up page offers the other horizons.
     */
    public static final int DEFAULT_HORIZON_DAYS = 14;

    /** The horizons the follow-up page offers. */
    public static final List<Integer> HORIZONS = List.of(7, 14, 30, 90);

    public enum Status {
        OVERDUE("Försenad"), DUE("Snart"), NOT_PLANNED("Ingen uppföljning planerad"), PLANNED("Planerad");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Flag {
        SICK_LEAVE_ENDED("Sjukskrivningen har upphört"), DEGREE_CHANGED("Sjukskrivningsgraden har ändrats"),
        /** The case waits for someone and the date to check again is near or passed. */
        WAITING_CHECK("Väntar på svar: dags att kontrollera");

        private final String label;

        Flag(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private FollowUpRules() {
    }

    /** The earlier of two dates, either of which may be missing (a plan's follow-up and a check date). */
    public static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isBefore(a) ? a : b;
    }

    public static Status status(LocalDate nextFollowUp, LocalDate today) {
        return status(nextFollowUp, today, DEFAULT_HORIZON_DAYS);
    }

    /** R16: overdue before today, due within {@code horizonDays} from today, else planned. */
    public static Status status(LocalDate nextFollowUp, LocalDate today, int horizonDays) {
        if (nextFollowUp == null) {
            return Status.NOT_PLANNED;
        }
        if (nextFollowUp.isBefore(today)) {
            return Status.OVERDUE;
        }
        return nextFollowUp.isAfter(today.plusDays(horizonDays)) ? Status.PLANNED : Status.DUE;
    }

    /**
     * Changes since the last follow-up ({@code since}, the day the plan was last saved or the
     * case registered): the sick leave ended (its last period ended on or after {@code since}
     * and before today), or the degree changed: a period with another degree than the period
     * before it took effect after {@code since} and on or before today.
     * <p>
     * Grace period (issue 12: a minute-old plan was flagged): a change is news only once it has
     * taken effect after the save. A change still ahead was on the certificates the coordinator
     * planned from (the plan page shows them beside the plan), so it is not flagged before its
     * first day; and a change on the day of the save or earlier was seen when saving. So a plan
     * saved today is never flagged for a degree change, and a later change is flagged from the
     * day it starts until the next follow-up is saved.
     */
    public static Set<Flag> flags(List<Period> periods, LocalDate since, LocalDate today) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (periods.isEmpty()) {
            return flags;
        }
        List<Period> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(Period::from).thenComparing(Period::to));
        LocalDate lastEnd = sorted.stream().map(Period::to).max(Comparator.naturalOrder()).orElseThrow();
        if (lastEnd.isBefore(today) && !lastEnd.isBefore(since)) {
            flags.add(Flag.SICK_LEAVE_ENDED);
        }
        for (int i = 1; i < sorted.size(); i++) {
            Period p = sorted.get(i);
            if (p.from().isAfter(since) && !p.from().isAfter(today) && p.degree() != sorted.get(i - 1).degree()) {
                flags.add(Flag.DEGREE_CHANGED);
            }
        }
        return flags;
    }
}
