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

    /** Due: the next follow-up is within this many days. */
    public static final int DUE_WITHIN_DAYS = 7;

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
        if (nextFollowUp == null) {
            return Status.NOT_PLANNED;
        }
        if (nextFollowUp.isBefore(today)) {
            return Status.OVERDUE;
        }
        return nextFollowUp.isAfter(today.plusDays(DUE_WITHIN_DAYS)) ? Status.PLANNED : Status.DUE;
    }

    /**
     * Changes since the last follow-up ({@code since}, the day the plan was last saved or the
     * case registered): the sick leave ended (its last period ended on or after {@code since}
     * and before today), or a period starting after {@code since} has another degree than the
     * period before it.
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
            if (p.from().isAfter(since) && p.degree() != sorted.get(i - 1).degree()) {
                flags.add(Flag.DEGREE_CHANGED);
            }
        }
        return flags;
    }
}
