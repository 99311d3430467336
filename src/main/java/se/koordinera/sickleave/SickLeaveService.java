package se.koordinera.sickleave;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import se.koordinera.access.CurrentUser;
import se.koordinera.access.KoordineraUser;
import se.koordinera.access.Role;
import se.koordinera.audit.AccessAction;
import se.koordinera.audit.PatientData;
import se.koordinera.audit.WithinPatientData;
import se.koordinera.audit.PatientId;
import se.koordinera.audit.UnitId;
import se.koordinera.patient.PatientRecord;
import se.koordinera.patient.Personnummer;
import se.koordinera.sickleave.engine.CandidateRules;
import se.koordinera.sickleave.engine.CertificateFacts;
import se.koordinera.sickleave.engine.EngineParameters;
import se.koordinera.sickleave.engine.Period;
import se.koordinera.sickleave.engine.RehabChain;
import se.koordinera.sickleave.engine.SickLeaveCase;
import se.koordinera.sickleave.engine.SickLeaveEngine;
import se.koordinera.shared.NotFoundException;

/** The unit's sick-leave cases (sjukfall) and a patient's cases, computed by the engine from stored certificates. */
@Service
public class SickLeaveService {

    public static final String PROTECTED_NAME = "Skyddade personuppgifter";

    private final CertificateRepository certificates;
    private final OverviewSettingsService settings;
    private final CurrentUser currentUser;
    private final ObjectProvider<CoordinationStatusLookup> coordination;
    private final SickLeaveComputation computation;
    private final Candidates candidates;
    private final CandidateRepository dismissals;

    public SickLeaveService(CertificateRepository certificates, OverviewSettingsService settings, CurrentUser currentUser,
            ObjectProvider<CoordinationStatusLookup> coordination, SickLeaveComputation computation, Candidates candidates,
            CandidateRepository dismissals) {
        this.candidates = candidates;
        this.dismissals = dismissals;
        this.certificates = certificates;
        this.settings = settings;
        this.currentUser = currentUser;
        this.coordination = coordination;
        this.computation = computation;
    }

    @PatientData(function = "sjukfallsöversikt")
    public SickLeaveList overview(@UnitId String unitId, SickLeaveQuery query) {
        Computed computed = computation.compute(unitId, query);
        return list(computed, query, computation.matching(computed, query));
    }

    /** The cases that match the query's filters, in its order. */
    static List<SickLeaveItem> match(List<SickLeaveItem> visible, SickLeaveQuery query) {
        return visible.stream().filter(filter(query)).sorted(comparator(query.sortOrDefault())).toList();
    }

    /** The query's page of the matching cases. */
    static SickLeaveList list(Computed computed, SickLeaveQuery query, List<SickLeaveItem> matching) {
        int from = Math.min(query.offset() == null ? 0 : query.offset(), matching.size());
        int to = query.limit() == null ? matching.size() : Math.min(matching.size(), from + query.limit());
        EngineParameters parameters = computed.parameters();
        return new SickLeaveList(parameters.activeOn(), parameters.maxGapDays(), parameters.endedWithinDays(), matching.size(),
                matching.subList(from, to), matching);
    }

    /** The engine parameters used, every case the user may see, and what that list is a function of. */
    record Computed(EngineParameters parameters, List<SickLeaveItem> visible, UnitCasesCache.Visible version) {
    }

    /** Every case of the patient at the unit, also ended ones, newest first; 404 when the unit has none. */
    @PatientData(function = "patientens sjukfall")
    public List<PatientCase> patientCases(@UnitId String unitId, @PatientId Personnummer patientId, LocalDate today) {
        return computation.patientCases(unitId, patientId, today);
    }

    /**
     * Candidates for coordination (worklist, R16): patients without an open coordination case at the
     * unit whose sick leave raises a flag of the unit's criteria ({@code minDays}: the long-sick-leave
     * threshold); longest sick leave first, every candidate, dismissed flags shown but not counted.
     */
    @PatientData(function = "koordineringskandidater")
    public CandidateList candidates(@UnitId String unitId, int minDays, LocalDate today) {
        return candidates.list(unitId, minDays, today, SickLeaveQuery.parse(Map.of(), today), null, false);
    }

    /**
     * The worklist with the overview's filters, sort and paging ({@code query}), optionally only one
     * kind of flag, and optionally also the candidates whose every flag is dismissed.
     */
    @PatientData(function = "koordineringskandidater")
    public CandidateList candidates(@UnitId String unitId, int minDays, LocalDate today, SickLeaveQuery query, CandidateRules.Flag flag,
            boolean includeDismissed) {
        return candidates.list(unitId, minDays, today, query, flag, includeDismissed);
    }

    /**
     * Dismisses a flag raised now for the patient's sick-leave case, with a reason (kept, append-only).
     * 404 when the user may not see the patient's sick leave; 409 when the flag is not raised for that case.
     */
    @PatientData(function = "koordineringskandidater", action = AccessAction.WRITE)
    public CandidateList.Dismissal dismissCandidateFlag(@UnitId String unitId, @PatientId Personnummer patientId, int minDays,
            CandidateRequests.DismissFlag request, LocalDate today) {
        List<CandidateRules.Raised> raised = candidates.raised(unitId, minDays, patientId.value(), today);
        if (raised.isEmpty() && computation.visiblePatients(unitId, List.of(patientId.value())).isEmpty()) {
            throw new NotFoundException("Patienten har inga sjukfall på vårdenheten");
        }
        if (raised.stream().noneMatch(r -> r.flag() == request.flag() && r.caseStart().equals(request.caseStart()))) {
            throw new se.koordinera.shared.ConflictException("Flaggan " + request.flag().label().toLowerCase(Locale.ROOT)
                    + " gäller inte patientens sjukfall just nu och kan inte avfärdas");
        }
        KoordineraUser user = currentUser.get();
        long id = dismissals.dismiss(unitId, patientId.value(), request.flag(), request.caseStart(), request.reason().trim(), user);
        return dismissals.ofPatient(unitId, patientId.value()).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    /** The patient's dismissed worklist flags at the unit, newest first (shown on the patient page). */
    @PatientData(function = "koordineringskandidater")
    public List<CandidateList.Dismissal> candidateDismissals(@UnitId String unitId, @PatientId Personnummer patientId) {
        return dismissals.ofPatient(unitId, patientId.value());
    }

    /**
     * Of these patients, those with a sick leave at the unit that the current user may see (the
     * overview's rule, protected identity included). Not guarded or logged: a published read for
     * other features' {@code @PatientData} methods, which log what they show.
     */
    @WithinPatientData
    public java.util.Set<String> visiblePatients(String unitId, java.util.Collection<String> patientIds) {
        return computation.visiblePatients(unitId, patientIds);
    }

    /**
     * Every certificate period at the unit of those of these patients whose sick leave the current
     * user may see, by patient. Not guarded or logged: for other features' {@code @PatientData} methods.
     */
    @WithinPatientData
    public Map<String, List<Period>> visiblePeriods(String unitId, java.util.Collection<String> patientIds) {
        Map<String, List<Period>> periods = new java.util.HashMap<>();
        computation.visibleCertificates(unitId, patientIds).forEach((patient, certs) ->
                periods.put(patient, certs.stream().flatMap(c -> c.periods().stream()).toList()));
        return periods;
    }

    /** A patient on a day, e.g. the day coordination was offered. */
    public record PatientOnDay(String patientId, LocalDate day) {
    }

    /**
     * The first day of each patient's sick-leave case on the day (the case covering the day, else
     * the last one that ended before it), merged by the engine with the default gap; absent when
     * no sick leave started by then. Counts for figures only: not guarded, logged or shown per patient.
     */
    public Map<PatientOnDay, LocalDate> caseStarts(String unitId, java.util.Collection<PatientOnDay> points) {
        Map<PatientOnDay, LocalDate> starts = new java.util.HashMap<>();
        if (points.isEmpty()) {
            return starts;
        }
        List<CertificateFacts> facts = certificates.ofPatientsAtUnit(unitId, points.stream().map(PatientOnDay::patientId).distinct().toList());
        Map<String, List<CertificateFacts>> byPatient = new java.util.HashMap<>();
        facts.forEach(f -> byPatient.computeIfAbsent(f.patientId(), k -> new ArrayList<>()).add(f));
        for (PatientOnDay p : points) {
            SickLeaveEngine.allCases(byPatient.getOrDefault(p.patientId(), List.of()), EngineParameters.DEFAULT_MAX_GAP_DAYS, p.day())
                    .stream().map(SickLeaveCase::start).filter(s -> !s.isAfter(p.day())).max(LocalDate::compareTo)
                    .ifPresent(s -> starts.put(p, s));
        }
        return starts;
    }

    /** A case and its certificates with periods, for the patient page and API. */
    public record PatientCase(SickLeaveItem summary, List<CertificateFacts> certificates) {
    }

    /**
     * Protected identity (skyddade personuppgifter): shown only to a doctor, for cases where the
     * doctor issued the current certificate, and then without the name.
     */
    static boolean visible(KoordineraUser user, PatientRecord patient, SickLeaveCase c) {
        if (patient == null) {
            return false;
        }
        if (!patient.protectedIdentity()) {
            return true;
        }
        return user.hasRole(Role.DOCTOR) && user.hsaId().equals(c.current().doctorId());
    }


    static SickLeaveItem toItem(SickLeaveCase c, PatientRecord patient, LocalDate on, String state) {
        Personnummer pnr = Personnummer.parse(c.patientId());
        CertificateFacts cur = c.current();
        String name = patient.protectedIdentity() ? PROTECTED_NAME : patient.name();
        RehabChain.Position chain = RehabChain.position(c, on);
        return new SickLeaveItem(
                new SickLeaveItem.PatientSummary(pnr.value(), name, pnr.gender().name(), pnr.ageOn(on), patient.protectedIdentity()),
                c.start(), c.end(), c.days(), c.currentDegree(), c.degrees(),
                new SickLeaveItem.Diagnosis(cur.diagnosisCode(), cur.diagnosisText()),
                cur.secondaryDiagnosisCodes().stream().map(code -> new SickLeaveItem.Diagnosis(code, null)).toList(),
                new SickLeaveItem.Doctor(cur.doctorId(), cur.doctorName()),
                c.certificates().size(), c.certificates().stream().map(CertificateFacts::id).toList(),
                c.active(), cur.occupation(), state, chain == null ? null : chain.day(), chain == null ? null : chain.next(),
                c.certificates().stream().map(CertificateFacts::signed).max(LocalDate::compareTo).orElse(null));
    }

    public static Predicate<SickLeaveItem> filter(SickLeaveQuery q) {
        Predicate<SickLeaveItem> p = i -> true;
        if (!q.lengthBands().isEmpty()) {
            p = p.and(i -> q.lengthBands().stream().anyMatch(b -> b.contains(i.days())));
        }
        if (q.minDays() != null) {
            p = p.and(i -> i.days() >= q.minDays());
        }
        if (q.maxDays() != null) {
            p = p.and(i -> i.days() <= q.maxDays());
        }
        if (q.doctorId() != null) {
            p = p.and(i -> q.doctorId().equals(i.doctor().id()));
        }
        if (!q.diagnosisChapters().isEmpty()) {
            p = p.and(i -> q.diagnosisChapters().stream().anyMatch(range -> Icd10.inRange(i.diagnosis().code(), range)));
        }
        if (!q.degrees().isEmpty()) {
            p = p.and(i -> q.degrees().contains(i.degree()));
        }
        if (q.gender() != null) {
            p = p.and(i -> q.gender().equals(i.patient().gender()));
        }
        if (q.minAge() != null) {
            p = p.and(i -> i.patient().age() >= q.minAge());
        }
        if (q.maxAge() != null) {
            p = p.and(i -> i.patient().age() <= q.maxAge());
        }
        if (q.occupation() != null) {
            p = p.and(i -> q.occupation().equals(i.occupation()));
        }
        if (q.endFrom() != null) {
            p = p.and(i -> !i.end().isBefore(q.endFrom()));
        }
        if (q.endTo() != null) {
            p = p.and(i -> !i.end().isAfter(q.endTo()));
        }
        if (q.coordination() != null) {
            p = "NONE".equals(q.coordination()) ? p.and(i -> i.coordination() == null) : p.and(i -> q.coordination().equals(i.coordination()));
        }
        if (q.milestoneWithinDays() != null) {
            // "Passerar en gräns inom N dagar": the next limit of the rehabilitation chain is at most N days away.
            p = p.and(i -> i.daysToNextMilestone() != null && i.daysToNextMilestone() <= q.milestoneWithinDays());
        }
        if (q.newSince() != null) {
            p = p.and(i -> i.latestSigned() != null && !i.latestSigned().isBefore(q.newSince()));
        }
        if (q.q() != null) {
            String text = q.q().toLowerCase(Locale.ROOT);
            String digits = text.replaceAll("[^0-9]", "");
            p = p.and(i -> (!i.patient().protectedIdentity() && i.patient().name().toLowerCase(Locale.ROOT).contains(text))
                    || (!digits.isEmpty() && i.patient().id().contains(digits)));
        }
        return p;
    }

    public static Comparator<SickLeaveItem> comparator(String sort) {
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        Comparator<SickLeaveItem> c = switch (key) {
            case "start" -> Comparator.comparing(SickLeaveItem::start);
            case "end" -> Comparator.comparing(SickLeaveItem::end);
            case "patient" -> Comparator.comparing((SickLeaveItem i) -> i.patient().name(), SWEDISH);
            case "id" -> Comparator.comparing((SickLeaveItem i) -> i.patient().id());
            case "age" -> Comparator.comparingInt((SickLeaveItem i) -> i.patient().age());
            case "gender" -> Comparator.comparing((SickLeaveItem i) -> i.patient().gender());
            case "degree" -> Comparator.comparingInt(SickLeaveItem::degree);
            case "diagnosis" -> Comparator.comparing((SickLeaveItem i) -> i.diagnosis().code());
            case "doctor" -> Comparator.comparing((SickLeaveItem i) -> String.valueOf(i.doctor().name()), SWEDISH);
            case "certificates" -> Comparator.comparingInt(SickLeaveItem::certificates);
            case "occupation" -> Comparator.comparing((SickLeaveItem i) -> String.valueOf(i.occupation()));
            case "coordination" -> Comparator.comparing((SickLeaveItem i) -> i.coordination() == null ? "" : i.coordination());
            case "milestone" -> Comparator.comparing((SickLeaveItem i) -> i.daysToNextMilestone() == null ? Integer.MAX_VALUE : i.daysToNextMilestone());
            default -> Comparator.comparingInt(SickLeaveItem::days);
        };
        if (descending) {
            c = c.reversed();
        }
        // A stable tie-break keeps paging consistent between requests.
        return c.thenComparing(i -> i.patient().id());
    }

    private static final Comparator<String> SWEDISH = java.text.Collator.getInstance(Locale.forLanguageTag("sv-SE"))::compare;
}
