package se.koordinera.sickleave.engine;

/**
 * A care unit's thresholds for the candidate worklist (<em>arbetslista, kriterier för
 * koordineringsbehov</em>): the verksamhetschef sets them in the unit's routine.
 *
 * @param longSickLeaveDays      a sick leave of at least this many days (covered days) is long
 * @param mentalDiagnosis        flag a current main diagnosis in ICD-10 chapter F (psykiska sjukdomar)
 * @param repeatedCases12Months  at least this many sick-leave cases in the last 12 months is repeated sick leave
 * @param repeatedDays3Years     more than this many sick-leave days in the last 3 years, over two or more cases, is repeated sick leave
 * @param chainLimitWithinDays   flag a case that reaches day 90 or 180 of the chain within this many days
 * @param degreeUnchangedWeeks   flag a degree that has stayed the same for more than this many weeks
 * @param endedWithinDays        flag a long case that ended at most this many days ago without a coordination case
 */
public record CandidateCriteria(int longSickLeaveDays, boolean mentalDiagnosis, int repeatedCases12Months, int repeatedDays3Years,
        int chainLimitWithinDays, int degreeUnchangedWeeks, int endedWithinDays) {

    /** The defaults where a unit has set nothing (Region Jönköping's weekly review, NAV's repeated-sick-leave rule). */
    public static final CandidateCriteria DEFAULTS = new CandidateCriteria(14, true, 3, 180, 14, 8, 30);

    public CandidateCriteria {
        check("longSickLeaveDays", longSickLeaveDays, 1, 365);
        check("repeatedCases12Months", repeatedCases12Months, 2, 20);
        check("repeatedDays3Years", repeatedDays3Years, 1, 1095);
        check("chainLimitWithinDays", chainLimitWithinDays, 0, 90);
        check("degreeUnchangedWeeks", degreeUnchangedWeeks, 1, 104);
        check("endedWithinDays", endedWithinDays, 0, 365);
    }

    /** The same criteria with another long-sick-leave threshold (the unit's coordination setting). */
    public CandidateCriteria withLongSickLeaveDays(int days) {
        return new CandidateCriteria(days, mentalDiagnosis, repeatedCases12Months, repeatedDays3Years, chainLimitWithinDays,
                degreeUnchangedWeeks, endedWithinDays);
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ": " + value);
        }
    }
}
