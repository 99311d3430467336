package se.koordinera.sickleave.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The sick-leave case engine (<em>sjukfallsmotor</em>): merges certificates into sick-leave cases
 * (<em>sjukfall</em>). A pure function of its input; no I/O, no clock, thread-safe.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Certificates are grouped by (unitId, patientId): a unit sees only its own certificates.</li>
 *   <li>A certificate spans [start, end]: the earliest {@code from} and the latest {@code to} of its
 *       periods.</li>
 *   <li>Certificates are taken in order of start. The next certificate joins the current case when
 *       {@code gap = nextStart - caseEnd - 1 <= maxGapDays} (end 02-10, next start 02-16 is a gap of
 *       5 days: merged with maxGapDays 5, not with 4). Overlapping certificates and a certificate
 *       inside another have a negative gap and always merge.</li>
 *   <li>Case {@code start} = earliest start, {@code end} = latest end, {@code days} = number of
 *       distinct calendar days covered by the periods: gap days are not counted and overlapping
 *       periods count once (02-01..02-10 plus 02-12..02-20 is 19 days).</li>
 *   <li>On the reference day D a case is {@code active} when some period covers D. A case with D in a
 *       gap between its certificates is therefore not active.</li>
 *   <li>{@code current}: the certificate with a period covering D; among several the one signed
 *       latest (tie: later start, then greater id). When none covers D: the one that ended last (tie:
 *       signed latest, then later start, then greater id).</li>
 *   <li>{@code currentDegree}: degree of the period of {@code current} covering D, else the degree of
 *       its last period.</li>
 *   <li>{@code degrees}: the distinct degrees of the case's periods in time order of first appearance.
 *       {@code certificates}: ordered by start, then signing date, then id.</li>
 *   <li>Overview listing on D with K = endedWithinDays: a case is listed when it is active, or when it
 *       ended at most K days before D ({@code D - K <= end < D}, {@code active = false}). A case
 *       starting after D is not listed. At most one case per (unit, patient): the active one, else the
 *       listed one that ended last.</li>
 * </ul>
 *
 * <h2>Performance</h2>
 * Days are counted by merging the sorted periods as epoch-day intervals (no per-day sets). Groups are
 * built in one pre-sized hash map pass; groups are then processed in parallel for large inputs. The
 * overview finds case boundaries on primitive arrays and only materialises the one listed case.
 *
 * <h2>Order of results</h2>
 * Groups appear in the order in which their first certificate appears in the input (no global sort:
 * callers sort by their own criteria, e.g. days); within a group {@link #allCases} lists the newest
 * case first. The cases themselves do not depend on the input order.
 */
public final class SickLeaveEngine {

    /** Below this many groups the fork/join overhead is larger than the gain. */
    private static final int PARALLEL_GROUPS = 20_000;

    private static final Comparator<CertificateFacts> TIME_ORDER = (a, b) -> {
        int c = a.start().compareTo(b.start());
        if (c != 0) {
            return c;
        }
        c = a.signed().compareTo(b.signed());
        return c != 0 ? c : a.id().compareTo(b.id());
    };

    private SickLeaveEngine() {
    }

    /**
     * Every case of every (unitId, patientId) group, also ended and future ones; groups in order of
     * first appearance in the input, each group's cases newest (latest start) first. {@code active},
     * {@code current} and {@code currentDegree} refer to {@code activeOn}.
     */
    public static List<SickLeaveCase> allCases(Collection<CertificateFacts> certificates, int maxGapDays,
                                               LocalDate activeOn) {
        Objects.requireNonNull(activeOn, "activeOn");
        checkMaxGap(maxGapDays);
        Group[] groups = group(certificates);
        long day = activeOn.toEpochDay();
        List<List<SickLeaveCase>> perGroup = stream(groups)
                .mapToObj(i -> groups[i].allCases(maxGapDays, day))
                .toList();
        List<SickLeaveCase> result = new ArrayList<>(certificates.size() / 2 + 1);
        perGroup.forEach(result::addAll);
        return Collections.unmodifiableList(result);
    }

    /**
     * The overview on {@code p.activeOn()}: at most one case per (unitId, patientId), the active one,
     * else the one that ended last within {@code p.endedWithinDays()} days; groups in order of first
     * appearance in the input.
     */
    public static List<SickLeaveCase> overview(Collection<CertificateFacts> certificates, EngineParameters p) {
        Objects.requireNonNull(p, "parameters");
        Group[] groups = group(certificates);
        long day = p.activeOn().toEpochDay();
        return stream(groups)
                .mapToObj(i -> groups[i].listed(p.maxGapDays(), day, p.endedWithinDays()))
                .filter(Objects::nonNull)
                .toList();
    }

    static void checkMaxGap(int maxGapDays) {
        if (maxGapDays < 0 || maxGapDays > 90) {
            throw new IllegalArgumentException("maxGapDays must be 0..90: " + maxGapDays);
        }
    }

    private static IntStream stream(Group[] groups) {
        IntStream s = IntStream.range(0, groups.length);
        return groups.length >= PARALLEL_GROUPS ? s.parallel() : s;
    }

    private static Group[] group(Collection<CertificateFacts> certificates) {
        Objects.requireNonNull(certificates, "certificates");
        int n = certificates.size();
        // Keyed by patient id only, sized for the worst case (one certificate per patient) so the table
        // never rehashes; the rare patient seen at several units gets a short chain of groups. This
        // avoids a composite key object per certificate and comparing the (long, shared) unit id twice.
        HashMap<String, Group> byPatient = new HashMap<>((int) (n / 0.75f) + 16);
        Group[] groups = new Group[Math.max(16, n / 2)];
        int count = 0;
        for (CertificateFacts c : certificates) {
            String unitId = c.unitId();
            Group first = byPatient.get(c.patientId());
            Group g = first;
            while (g != null && g.unitId != unitId && !g.unitId.equals(unitId)) {
                g = g.nextUnit;
            }
            if (g == null) {
                g = new Group(unitId, c.patientId());
                if (first == null) {
                    byPatient.put(c.patientId(), g);
                } else {
                    g.nextUnit = first.nextUnit;
                    first.nextUnit = g;
                }
                if (count == groups.length) {
                    groups = Arrays.copyOf(groups, count * 2);
                }
                groups[count++] = g;
            }
            g.add(c);
        }
        return Arrays.copyOf(groups, count);
    }

    /** The certificates of one (unit, patient). */
    private static final class Group {
        final String unitId;
        final String patientId;
        Group nextUnit;
        CertificateFacts[] certs = new CertificateFacts[2];
        int size;
        /** Epoch days of each certificate's start and end, parallel to certs once sorted. */
        long[] startDay;
        long[] endDay;

        Group(String unitId, String patientId) {
            this.unitId = unitId;
            this.patientId = patientId;
        }

        void add(CertificateFacts c) {
            if (size == certs.length) {
                certs = Arrays.copyOf(certs, size * 2);
            }
            certs[size++] = c;
        }

        /**
         * Sorts the certificates and returns case boundaries: bounds[k] is the index of the first
         * certificate of case k, bounds[caseCount] == size. caseEnd[k] is the case's last day.
         */
        private int[] split(int maxGapDays, long[] caseEnd) {
            sortByTime();
            int[] bounds = new int[size + 1];
            int cases = 0;
            long end = Long.MIN_VALUE;
            for (int i = 0; i < size; i++) {
                long start = startDay[i];
                if (i == 0 || start - end - 1 > maxGapDays) {
                    if (i > 0) {
                        caseEnd[cases - 1] = end;
                    }
                    bounds[cases++] = i;
                    end = Long.MIN_VALUE;
                }
                end = Math.max(end, endDay[i]);
            }
            caseEnd[cases - 1] = end;
            bounds[cases] = size;
            return Arrays.copyOf(bounds, cases + 1);
        }

        /**
         * Sorts certs by TIME_ORDER and fills startDay/endDay. Groups are small (a handful of
         * certificates), so an insertion sort on the cached epoch days beats a comparator-based sort.
         */
        private void sortByTime() {
            if (size > 32) {
                Arrays.sort(certs, 0, size, TIME_ORDER);
            }
            startDay = new long[size];
            endDay = new long[size];
            for (int i = 0; i < size; i++) {
                CertificateFacts c = certs[i];
                List<Period> ps = c.periods();
                long start = ps.get(0).from().toEpochDay();
                long end = ps.get(0).to().toEpochDay();
                for (int p = 1; p < ps.size(); p++) {
                    end = Math.max(end, ps.get(p).to().toEpochDay());
                }
                // Insertion step (a no-op when already sorted, e.g. when size > 32).
                int j = i;
                while (j > 0 && (startDay[j - 1] > start
                        || startDay[j - 1] == start && TIME_ORDER.compare(certs[j - 1], c) > 0)) {
                    certs[j] = certs[j - 1];
                    startDay[j] = startDay[j - 1];
                    endDay[j] = endDay[j - 1];
                    j--;
                }
                certs[j] = c;
                startDay[j] = start;
                endDay[j] = end;
            }
        }

        List<SickLeaveCase> allCases(int maxGapDays, long day) {
            long[] caseEnd = new long[size];
            int[] bounds = split(maxGapDays, caseEnd);
            int cases = bounds.length - 1;
            SickLeaveCase[] result = new SickLeaveCase[cases];
            for (int k = 0; k < cases; k++) {
                // Newest first: the case with the latest start comes first.
                result[cases - 1 - k] = build(bounds[k], bounds[k + 1], day);
            }
            return List.of(result);
        }

        SickLeaveCase listed(int maxGapDays, long day, int endedWithinDays) {
            long[] caseEnd = new long[size];
            int[] bounds = split(maxGapDays, caseEnd);
            int cases = bounds.length - 1;
            int ended = -1;
            for (int k = 0; k < cases; k++) {
                long start = startDay[bounds[k]];
                if (start > day) {
                    break; // cases are in start order: all later ones start after D too
                }
                long end = caseEnd[k];
                if (end >= day) {
                    if (coversDay(bounds[k], bounds[k + 1], day)) {
                        return build(bounds[k], bounds[k + 1], day);
                    }
                    // D lies in a gap of this case: neither active nor ended.
                } else if (end >= day - endedWithinDays) {
                    ended = k; // later k ended later: cases are disjoint and in time order
                }
            }
            return ended < 0 ? null : build(bounds[ended], bounds[ended + 1], day);
        }

        private boolean coversDay(int from, int to, long day) {
            for (int i = from; i < to; i++) {
                for (Period p : certs[i].periods()) {
                    if (p.from().toEpochDay() <= day && day <= p.to().toEpochDay()) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Materialises the case made of certs[from, to). */
        private SickLeaveCase build(int from, int to, long day) {
            int periodCount = 0;
            for (int i = from; i < to; i++) {
                periodCount += certs[i].periods().size();
            }
            // Periods packed as (fromEpochDay << 32 | sequence) so one primitive sort gives time order;
            // the sequence (certificate time order, then period order) breaks ties deterministically.
            long[] keys = new long[periodCount];
            Period[] periods = new Period[periodCount];
            int seq = 0;
            CertificateFacts current = null;
            int currentDegree = 0;
            boolean active = false;
            CertificateFacts lastEnded = null;
            long lastEndedEnd = Long.MIN_VALUE;
            for (int i = from; i < to; i++) {
                CertificateFacts c = certs[i];
                long certEnd = Long.MIN_VALUE;
                Period covering = null;
                for (Period p : c.periods()) {
                    long pf = p.from().toEpochDay();
                    long pt = p.to().toEpochDay();
                    keys[seq] = (pf << 32) | seq;
                    periods[seq++] = p;
                    certEnd = Math.max(certEnd, pt);
                    if (pf <= day && day <= pt) {
                        covering = p;
                    }
                }
                if (covering != null) {
                    active = true;
                    if (current == null || laterSigned(c, current)) {
                        current = c;
                        currentDegree = covering.degree();
                    }
                }
                if (lastEnded == null || certEnd > lastEndedEnd
                        || (certEnd == lastEndedEnd && laterSigned(c, lastEnded))) {
                    lastEnded = c;
                    lastEndedEnd = certEnd;
                }
            }
            if (current == null) {
                current = lastEnded;
                List<Period> ps = current.periods();
                Period last = ps.get(0);
                for (Period p : ps) {
                    if (p.to().isAfter(last.to()) || p.to().equals(last.to()) && p.from().isAfter(last.from())) {
                        last = p;
                    }
                }
                currentDegree = last.degree();
            }
            if (periodCount > 1) {
                Arrays.sort(keys);
            }
            long days = 0;
            long coveredTo = Long.MIN_VALUE;
            int seenDegrees = 0; // bit set of degree / 25
            Integer[] degrees = new Integer[4];
            int degreeCount = 0;
            LocalDate start = null;
            LocalDate end = null;
            for (long key : keys) {
                Period p = periods[(int) (key & 0xFFFF_FFFFL)];
                long pf = key >> 32;
                long pt = p.to().toEpochDay();
                if (start == null) {
                    start = p.from();
                }
                if (end == null || pt > coveredTo) {
                    end = p.to();
                }
                if (pf > coveredTo) {
                    days += pt - pf + 1;
                    coveredTo = pt;
                } else if (pt > coveredTo) {
                    days += pt - coveredTo;
                    coveredTo = pt;
                }
                int bit = 1 << (p.degree() / 25);
                if ((seenDegrees & bit) == 0) {
                    seenDegrees |= bit;
                    degrees[degreeCount++] = p.degree();
                }
            }
            List<CertificateFacts> caseCerts = List.of(Arrays.copyOfRange(certs, from, to));
            return new SickLeaveCase(patientId, unitId, start, end, (int) days,
                    List.of(Arrays.copyOf(degrees, degreeCount)), current, currentDegree, caseCerts, active);
        }

        /** Signed later; tie: later start, then greater id. */
        private static boolean laterSigned(CertificateFacts a, CertificateFacts b) {
            int c = a.signed().compareTo(b.signed());
            if (c == 0) {
                c = a.start().compareTo(b.start());
            }
            if (c == 0) {
                c = a.id().compareTo(b.id());
            }
            return c > 0;
        }
    }
}
