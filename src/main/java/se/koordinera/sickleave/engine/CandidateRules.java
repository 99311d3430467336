package se.koordinera.sickleave.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Why a patient may need coordination (R16, the unit's regular follow-up of sick-listed
 * patients): each flag of the candidate worklist with its reason in words. Pure: the caller gives
 * the patient's cases at the unit (the engine's {@link SickLeaveEngine#allCases}), the unit's
 * criteria, the day, and when the patient's latest coordination case was opened.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>{@link Flag#LONG_SICK_LEAVE}: the active case (a period covers today) has at least
 *       {@code longSickLeaveDays} sick-leave days.</li>
 *   <li>{@link Flag#MENTAL_DIAGNOSIS}: the active case's current main diagnosis is in ICD-10 chapter F.</li>
 *   <li>{@link Flag#REPEATED_SICK_LEAVE}: at least {@code repeatedCases12Months} cases touch the last
 *       12 months (end on or after today minus 12 months), or two or more cases together cover more than
 *       {@code repeatedDays3Years} days of the last 3 years (the days from today minus 3 years + 1 day to today).</li>
 *   <li>{@link Flag#CHAIN_LIMIT}: the active case reaches day 90 or day 180 of the rehabilitation
 *       chain ({@link RehabChain}) within {@code chainLimitWithinDays} days.</li>
 *   <li>{@link Flag#DEGREE_UNCHANGED}: the active case's degree today has been the same on every
 *       covered day for more than {@code degreeUnchangedWeeks} weeks (gap days do not break the run).
 *       The degree of a day is that of the latest signed certificate covering it (the engine's rule).</li>
 *   <li>{@link Flag#ENDED_WITHOUT_FOLLOW_UP}: no case is active, the last case ended at most
 *       {@code endedWithinDays} days ago, had at least {@code longSickLeaveDays} days, and no
 *       coordination case was opened on or after its start.</li>
 * </ul>
 * Each raised flag names the start of the case it concerns, so that a dismissal holds for that
 * case only and a new sick leave raises the flag again.
 */
public final class CandidateRules {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private CandidateRules() {
    }

    /** The kinds of flag; the Swedish label is what the worklist shows. */
    public enum Flag {
        LONG_SICK_LEAVE("Lång sjukskrivning"),
        MENTAL_DIAGNOSIS("Psykisk diagnos"),
        REPEATED_SICK_LEAVE("Upprepade sjukfall"),
        CHAIN_LIMIT("Gräns i rehabiliteringskedjan"),
        DEGREE_UNCHANGED("Oförändrad sjukskrivningsgrad"),
        ENDED_WITHOUT_FOLLOW_UP("Avslutat utan uppföljning");

        private final String label;

        Flag(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A raised flag: its kind, the reason in words, and the start of the case it concerns. */
    public record Raised(Flag flag, String because, LocalDate caseStart) {
    }

    /** The patient's figures the flags are judged on. */
    public record Facts(int casesLast12Months, int daysLast3Years, int casesLast3Years) {
    }

    /**
     * The flags of one patient, in the order of {@link Flag}.
     *
     * @param cases            the patient's cases at the unit (any order; cases starting after today are ignored)
     * @param latestCaseOpened the day the patient's latest coordination case at the unit was opened, null when none
     */
    public static List<Raised> flags(List<SickLeaveCase> cases, CandidateCriteria criteria, LocalDate today, LocalDate latestCaseOpened) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(today, "today");
        List<SickLeaveCase> started = cases.stream().filter(c -> !c.start().isAfter(today))
                .sorted(Comparator.comparing(SickLeaveCase::start)).toList();
        List<Raised> raised = new ArrayList<>();
        if (started.isEmpty()) {
            return raised;
        }
        SickLeaveCase active = started.stream().filter(c -> covers(c, today)).findFirst().orElse(null);
        SickLeaveCase last = started.get(started.size() - 1);
        if (active != null && active.days() >= criteria.longSickLeaveDays()) {
            raised.add(new Raised(Flag.LONG_SICK_LEAVE, "Pågående sjukskrivning i " + active.days() + " dagar (enhetens gräns: minst "
                    + criteria.longSickLeaveDays() + " dagar)", active.start()));
        }
        if (active != null && criteria.mentalDiagnosis() && isChapterF(degreeCertificate(active, today).diagnosisCode())) {
            raised.add(new Raised(Flag.MENTAL_DIAGNOSIS, "Huvuddiagnosen i det gällande intyget hör till kapitel F (psykiska sjukdomar"
                    + " och syndrom samt beteendestörningar)", active.start()));
        }
        Facts facts = facts(started, today);
        if (facts.casesLast12Months() >= criteria.repeatedCases12Months()) {
            raised.add(new Raised(Flag.REPEATED_SICK_LEAVE, facts.casesLast12Months() + " sjukfall de senaste 12 månaderna (enhetens gräns: minst "
                    + criteria.repeatedCases12Months() + ")", last.start()));
        } else if (facts.casesLast3Years() >= 2 && facts.daysLast3Years() > criteria.repeatedDays3Years()) {
            raised.add(new Raised(Flag.REPEATED_SICK_LEAVE, facts.daysLast3Years() + " sjukskrivningsdagar i " + facts.casesLast3Years()
                    + " sjukfall de senaste 3 åren (enhetens gräns: mer än " + criteria.repeatedDays3Years() + " dagar)", last.start()));
        }
        if (active != null) {
            RehabChain.Position position = RehabChain.position(active, today);
            if (position != null && position.next() != null && position.next().day() <= 180
                    && position.reachesLimitWithin(criteria.chainLimitWithinDays())) {
                int left = position.daysToNext();
                raised.add(new Raised(Flag.CHAIN_LIMIT, "Dag " + position.day() + " i rehabiliteringskedjan: dag " + position.next().day()
                        + " nås " + DATE.format(position.next().date()) + (left == 0 ? " (i dag)" : " (om " + left + (left == 1 ? " dag)" : " dagar)"))
                        + ", enhetens gräns: inom " + criteria.chainLimitWithinDays() + " dagar", active.start()));
            }
            LocalDate since = degreeUnchangedSince(active, today);
            long unchangedDays = today.toEpochDay() - since.toEpochDay() + 1;
            if (unchangedDays > criteria.degreeUnchangedWeeks() * 7L) {
                raised.add(new Raised(Flag.DEGREE_UNCHANGED, "Sjukskrivningsgraden " + degreeOn(active, today) + " % har varit oförändrad i "
                        + unchangedDays / 7 + " veckor, sedan " + DATE.format(since) + " (enhetens gräns: mer än " + criteria.degreeUnchangedWeeks()
                        + " veckor)", active.start()));
            }
        } else if (!last.end().isBefore(today.minusDays(criteria.endedWithinDays())) && last.end().isBefore(today)
                && last.days() >= criteria.longSickLeaveDays()
                && (latestCaseOpened == null || latestCaseOpened.isBefore(last.start()))) {
            raised.add(new Raised(Flag.ENDED_WITHOUT_FOLLOW_UP, "Sjukfallet på " + last.days() + " dagar avslutades " + DATE.format(last.end())
                    + " utan koordineringsärende (enhetens gräns: minst " + criteria.longSickLeaveDays() + " dagar, avslutat inom "
                    + criteria.endedWithinDays() + " dagar)", last.start()));
        }
        return raised;
    }

    /** Cases touching the last 12 months, and days and cases of the last 3 years (both ends included). */
    public static Facts facts(List<SickLeaveCase> cases, LocalDate today) {
        LocalDate year = today.minusMonths(12);
        LocalDate threeYears = today.minusYears(3).plusDays(1);
        int last12 = 0;
        int days = 0;
        int cases3 = 0;
        for (SickLeaveCase c : cases) {
            if (c.start().isAfter(today)) {
                continue;
            }
            if (!c.end().isBefore(year)) {
                last12++;
            }
            int d = coveredDays(c, threeYears, today);
            if (d > 0) {
                days += d;
                cases3++;
            }
        }
        return new Facts(last12, days, cases3);
    }

    /** Distinct calendar days of {@code from..to} (inclusive) covered by the case's periods. */
    public static int coveredDays(SickLeaveCase c, LocalDate from, LocalDate to) {
        long lo = from.toEpochDay();
        long hi = to.toEpochDay();
        long[][] spans = c.certificates().stream().flatMap(x -> x.periods().stream())
                .map(p -> new long[] {Math.max(lo, p.from().toEpochDay()), Math.min(hi, p.to().toEpochDay())})
                .filter(s -> s[0] <= s[1]).sorted(Comparator.comparingLong(s -> s[0])).toArray(long[][]::new);
        long days = 0;
        long coveredTo = Long.MIN_VALUE;
        for (long[] s : spans) {
            if (s[0] > coveredTo) {
                days += s[1] - s[0] + 1;
                coveredTo = s[1];
            } else if (s[1] > coveredTo) {
                days += s[1] - coveredTo;
                coveredTo = s[1];
            }
        }
        return Math.toIntExact(days);
    }

    /** The degree on a day: of the latest signed certificate with a period covering it (0 on a gap day). */
    public static int degreeOn(SickLeaveCase c, LocalDate day) {
        CertificateFacts best = null;
        int degree = 0;
        for (CertificateFacts cert : c.certificates()) {
            for (Period p : cert.periods()) {
                if (p.covers(day) && (best == null || SickLeaveEngine.signedLater(cert, best))) {
                    best = cert;
                    degree = p.degree();
                }
            }
        }
        return degree;
    }

    /** The first day of the run of covered days up to {@code today} that all have today's degree (gap days skipped). */
    public static LocalDate degreeUnchangedSince(SickLeaveCase c, LocalDate today) {
        int degree = degreeOn(c, today);
        LocalDate since = today;
        for (LocalDate d = today.minusDays(1); !d.isBefore(c.start()); d = d.minusDays(1)) {
            int on = degreeOn(c, d);
            if (on == 0) {
                continue;
            }
            if (on != degree) {
                break;
            }
            since = d;
        }
        return since;
    }

    private static CertificateFacts degreeCertificate(SickLeaveCase c, LocalDate day) {
        CertificateFacts best = null;
        for (CertificateFacts cert : c.certificates()) {
            if (cert.periods().stream().anyMatch(p -> p.covers(day)) && (best == null || SickLeaveEngine.signedLater(cert, best))) {
                best = cert;
            }
        }
        return best == null ? c.current() : best;
    }

    private static boolean covers(SickLeaveCase c, LocalDate day) {
        return c.certificates().stream().anyMatch(cert -> cert.periods().stream().anyMatch(p -> p.covers(day)));
    }

    /** ICD-10 chapter F (F00-F99): the code starts with F. */
    static boolean isChapterF(String code) {
        return code != null && !code.isBlank() && Character.toUpperCase(code.trim().charAt(0)) == 'F';
    }

}
