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
import java.util.function.BiConsumer;
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
 * built in one pass over a pre-sized hash map keyed by patient id; a group is a linked list of
 * certificate indexes (no per-group arrays), so little garbage survives into the old generation.
 * Groups are processed in chunks, each chunk with reusable scratch arrays, in parallel for large
 * inputs. The overview finds case boundaries on primitive arrays and only materialises the one listed
 * case.
 *
 * <h2>Order of results</h2>
 * Groups appear in the order in which their first certificate appears in the input (no global sort:
 * callers sort by their own criteria, e.g. days); within a group {@link #allCases} lists the newest
 * case first. The cases themselves do not depend on the input order.
 */
public final class SickLeaveEngine {

    /** Below this many groups the fork/join overhead is larger than the gain. */
    private static final int PARALLEL_GROUPS = 20_000;

    /** Groups per parallel work item; each item allocates its scratch arrays once. */
    private static final int CHUNK = 4096;

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
        long day = activeOn.toEpochDay();
        return run(certificates, (w, g) -> w.allCases(g, maxGapDays, day));
    }

    /**
     * The overview on {@code p.activeOn()}: at most one case per (unitId, patientId), the active one,
     * else the one that ended last within {@code p.endedWithinDays()} days; groups in order of first
     * appearance in the input.
     */
    public static List<SickLeaveCase> overview(Collection<CertificateFacts> certificates, EngineParameters p) {
        Objects.requireNonNull(p, "parameters");
        long day = p.activeOn().toEpochDay();
        return run(certificates, (w, g) -> w.listed(g, p.maxGapDays(), day, p.endedWithinDays()));
    }

    /**
     * The engine's order among certificates covering a day: signed later; tie: later start, then
     * greater id. Shared with {@link CandidateRules} so that "the degree of a day" has one rule.
     */
    static boolean signedLater(CertificateFacts a, CertificateFacts b) {
        return Worker.laterSigned(a, b);
    }

    static void checkMaxGap(int maxGapDays) {
        if (maxGapDays < 0 || maxGapDays > 90) {
            throw new IllegalArgumentException("maxGapDays must be 0..90: " + maxGapDays);
        }
    }

    /** Groups the certificates and applies {@code perGroup} to every group, chunk by chunk. */
    private static List<SickLeaveCase> run(Collection<CertificateFacts> certificates,
                                           BiConsumer<Worker, Group> perGroup) {
        Objects.requireNonNull(certificates, "certificates");
        CertificateFacts[] all = certificates.toArray(new CertificateFacts[0]);
        int[] next = new int[all.length];
        Group[] groups = group(all, next);
        int chunks = (groups.length + CHUNK - 1) / CHUNK;
        IntStream range = IntStream.range(0, chunks);
        if (groups.length >= PARALLEL_GROUPS) {
            range = range.parallel();
        }
        List<List<SickLeaveCase>> perChunk = range.mapToObj(chunk -> {
            Worker w = new Worker(all, next);
            int to = Math.min(groups.length, (chunk + 1) * CHUNK);
            for (int i = chunk * CHUNK; i < to; i++) {
                perGroup.accept(w, groups[i]);
            }
            return w.out;
        }).toList();
        int total = 0;
        for (List<SickLeaveCase> l : perChunk) {
            total += l.size();
        }
        List<SickLeaveCase> result = new ArrayList<>(total);
        perChunk.forEach(result::addAll);
        return Collections.unmodifiableList(result);
    }

    /**
     * Builds the groups; {@code next[i]} links certificate i to the next one of its group (-1 ends).
     * The map is keyed by patient id only and sized for the worst case (one certificate per patient)
     * so it never rehashes; the rare patient seen at several units gets a short chain of groups. This
     * avoids a composite key object per certificate and comparing the long, shared unit id twice.
     */
    private static Group[] group(CertificateFacts[] all, int[] next) {
        int n = all.length;
        HashMap<String, Group> byPatient = new HashMap<>((int) (n / 0.75f) + 16);
        Group[] groups = new Group[Math.max(16, n / 2)];
        int count = 0;
        for (int i = 0; i < n; i++) {
            CertificateFacts c = all[i];
            String unitId = c.unitId();
            Group first = byPatient.get(c.patientId());
            Group g = first;
            while (g != null && g.unitId != unitId && !g.unitId.equals(unitId)) {
                g = g.nextUnit;
            }
            next[i] = -1;
            if (g == null) {
                g = new Group(unitId, c.patientId(), i);
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
            } else {
                next[g.tail] = i;
                g.tail = i;
                g.size++;
            }
        }
        return Arrays.copyOf(groups, count);
    }

    /** The certificates of one (unit, patient): a linked list of indexes into the input array. */
    private static final class Group {
        final String unitId;
        final String patientId;
        Group nextUnit;
        final int head;
        int tail;
        int size = 1;

        Group(String unitId, String patientId, int head) {
            this.unitId = unitId;
            this.patientId = patientId;
            this.head = head;
            this.tail = head;
        }
    }

    /** Processes groups one at a time in reusable scratch arrays; one per chunk (not thread-safe). */
    private static final class Worker {
        final CertificateFacts[] all;
        final int[] next;
        final List<SickLeaveCase> out = new ArrayList<>();
        // Scratch for the current group, sorted by time: certificates, their start and end epoch days,
        // case boundaries (index of each case's first certificate) and case ends.
        CertificateFacts[] certs = new CertificateFacts[16];
        long[] startDay = new long[16];
        long[] endDay = new long[16];
        long[] caseEnd = new long[16];
        int[] bounds = new int[17];
        long[] keys = new long[32];
        Period[] periods = new Period[32];
        int size;
        int cases;
        Group group;

        Worker(CertificateFacts[] all, int[] next) {
            this.all = all;
            this.next = next;
        }

        void allCases(Group g, int maxGapDays, long day) {
            load(g);
            split(maxGapDays);
            // Newest first: the case with the latest start comes first.
            for (int k = cases - 1; k >= 0; k--) {
                out.add(build(bounds[k], bounds[k + 1], day));
            }
        }

        void listed(Group g, int maxGapDays, long day, int endedWithinDays) {
            load(g);
            split(maxGapDays);
            int ended = -1;
            for (int k = 0; k < cases; k++) {
                if (startDay[bounds[k]] > day) {
                    break; // cases are in start order: all later ones start after D too
                }
                long end = caseEnd[k];
                if (end >= day) {
                    if (coversDay(bounds[k], bounds[k + 1], day)) {
                        out.add(build(bounds[k], bounds[k + 1], day));
                        return;
                    }
                    // D lies in a gap of this case: neither active nor ended.
                } else if (end >= day - endedWithinDays) {
                    ended = k; // a later k ended later: cases are disjoint and in time order
                }
            }
            if (ended >= 0) {
                out.add(build(bounds[ended], bounds[ended + 1], day));
            }
        }

        /**
         * Copies the group into the scratch arrays sorted by TIME_ORDER. Groups are small (a handful
         * of certificates), so an insertion sort keyed on cached epoch days beats a comparator sort.
         */
        private void load(Group g) {
            group = g;
            size = g.size;
            if (certs.length < size) {
                int cap = Math.max(size, certs.length * 2);
                certs = new CertificateFacts[cap];
                startDay = new long[cap];
                endDay = new long[cap];
                caseEnd = new long[cap];
                bounds = new int[cap + 1];
            }
            if (size > 32) {
                // Large group: sort with the comparator first, the insertion steps below are then no-ops.
                for (int i = 0, c = g.head; i < size; i++, c = next[c]) {
                    certs[i] = all[c];
                }
                Arrays.sort(certs, 0, size, TIME_ORDER);
            }
            for (int i = 0, idx = g.head; i < size; i++, idx = next[idx]) {
                CertificateFacts c = size > 32 ? certs[i] : all[idx];
                List<Period> ps = c.periods();
                long start = ps.get(0).from().toEpochDay();
                long end = ps.get(0).to().toEpochDay();
                for (int p = 1; p < ps.size(); p++) {
                    end = Math.max(end, ps.get(p).to().toEpochDay());
                }
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

        /** Fills bounds (first certificate of each case, bounds[cases] == size) and caseEnd. */
        private void split(int maxGapDays) {
            cases = 0;
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
        }

        private boolean coversDay(int from, int to, long day) {
            for (int i = from; i < to; i++) {
                if (startDay[i] > day || endDay[i] < day) {
                    continue;
                }
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
            if (keys.length < periodCount) {
                keys = new long[Math.max(periodCount, keys.length * 2)];
                periods = new Period[keys.length];
            }
            // Periods packed as (fromEpochDay << 32 | sequence) so one primitive sort gives time order;
            // the sequence (certificate time order, then period order) breaks ties deterministically.
            int seq = 0;
            CertificateFacts current = null;
            int currentDegree = 0;
            boolean active = false;
            CertificateFacts lastEnded = null;
            long lastEndedEnd = Long.MIN_VALUE;
            for (int i = from; i < to; i++) {
                CertificateFacts c = certs[i];
                Period covering = null;
                for (Period p : c.periods()) {
                    long pf = p.from().toEpochDay();
                    keys[seq] = (pf << 32) | seq;
                    periods[seq++] = p;
                    if (pf <= day && day <= p.to().toEpochDay()) {
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
                long certEnd = endDay[i];
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
                Arrays.sort(keys, 0, periodCount);
            }
            long days = 0;
            long coveredTo = Long.MIN_VALUE;
            int seenDegrees = 0; // bit set of degree / 25
            Integer[] degrees = new Integer[4];
            int degreeCount = 0;
            LocalDate start = null;
            LocalDate end = null;
            for (int k = 0; k < periodCount; k++) {
                long key = keys[k];
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
            Arrays.fill(periods, 0, periodCount, null); // do not keep certificates reachable
            List<CertificateFacts> caseCerts = List.of(Arrays.copyOfRange(certs, from, to));
            return new SickLeaveCase(group.patientId, group.unitId, start, end, (int) days,
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
