package se.koordinera.sickleave;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.koordinera.access.CurrentUser;
import se.koordinera.access.KoordineraUser;
import se.koordinera.patient.PatientRecord;
import se.koordinera.sickleave.engine.CandidateCriteria;
import se.koordinera.sickleave.engine.CandidateRules;
import se.koordinera.sickleave.engine.SickLeaveCase;
import se.koordinera.sickleave.engine.SickLeaveEngine;

/**
 * Builds the candidate worklist: the engine's cases of the last 3 years, the flags of
 * {@link CandidateRules} with the unit's criteria, the dismissals, and the overview's filters, sort
 * and paging ({@link SickLeaveQuery}, one copy). Unlogged: only {@link SickLeaveService}'s
 * {@code @PatientData} methods call it.
 */
@Component
class Candidates {

    private final CertificateRepository certificates;
    private final CandidateRepository dismissals;
    private final OverviewSettingsService settings;
    private final CurrentUser currentUser;
    private final ObjectProvider<CoordinationStatusLookup> coordination;
    private final ObjectProvider<CandidateCriteriaSource> criteriaSource;
    private final SickLeaveComputation computation;

    Candidates(CertificateRepository certificates, CandidateRepository dismissals, OverviewSettingsService settings, CurrentUser currentUser,
            ObjectProvider<CoordinationStatusLookup> coordination, ObjectProvider<CandidateCriteriaSource> criteriaSource,
            SickLeaveComputation computation) {
        this.certificates = certificates;
        this.dismissals = dismissals;
        this.settings = settings;
        this.currentUser = currentUser;
        this.coordination = coordination;
        this.criteriaSource = criteriaSource;
        this.computation = computation;
    }

    /** The unit's criteria with the unit's long-sick-leave threshold. */
    CandidateCriteria criteria(String unitId, int minDays) {
        CandidateCriteriaSource source = criteriaSource.getIfAvailable();
        CandidateCriteria criteria = source == null ? CandidateCriteria.DEFAULTS : source.criteria(unitId);
        return criteria.withLongSickLeaveDays(minDays);
    }

    /**
     * The worklist on {@code today}.
     *
     * @param query            the overview's filters, sort and paging, applied to each candidate's sick-leave case
     * @param flag             only candidates with this flag not dismissed (null: any)
     * @param includeDismissed also candidates whose every flag is dismissed
     */
    CandidateList list(String unitId, int minDays, LocalDate today, SickLeaveQuery query, CandidateRules.Flag flag, boolean includeDismissed) {
        List<CandidateList.Candidate> all = all(unitId, minDays, today, includeDismissed);
        java.util.function.Predicate<SickLeaveItem> filter = SickLeaveService.filter(query);
        java.util.Comparator<SickLeaveItem> order = SickLeaveService.comparator(query.sortOrDefault());
        List<CandidateList.Candidate> matching = all.stream()
                .filter(c -> filter.test(c.sickLeave()))
                .filter(c -> flag == null || c.reasons().contains(flag))
                .sorted((a, b) -> order.compare(a.sickLeave(), b.sickLeave()))
                .toList();
        int from = Math.min(query.offset() == null ? 0 : query.offset(), matching.size());
        int to = query.limit() == null ? matching.size() : Math.min(matching.size(), from + query.limit());
        return new CandidateList(today, minDays, criteria(unitId, minDays), matching.size(), all.size(), query.limit(), from,
                List.copyOf(matching.subList(from, to)));
    }

    private List<CandidateList.Candidate> all(String unitId, int minDays, LocalDate today, boolean includeDismissed) {
        KoordineraUser user = currentUser.get();
        CandidateCriteria criteria = criteria(unitId, minDays);
        int maxGap = settings.get(user.hsaId()).maxGapDays();
        LocalDate threeYears = today.minusYears(3);
        List<SickLeaveCase> cases = SickLeaveEngine.allCases(certificates.relevantForOverview(unitId, threeYears), maxGap, today);
        Map<String, List<SickLeaveCase>> byPatient = new LinkedHashMap<>();
        for (SickLeaveCase c : cases) {
            if (!c.start().isAfter(today) && !c.end().isBefore(threeYears)) {
                byPatient.computeIfAbsent(c.patientId(), k -> new ArrayList<>()).add(c);
            }
        }
        if (byPatient.isEmpty()) {
            return List.of();
        }
        Set<String> patientIds = byPatient.keySet();
        Map<String, PatientRecord> patients = computation.patients(unitId, patientIds);
        CoordinationStatusLookup lookup = coordination.getIfAvailable();
        Map<String, String> open = lookup == null ? Map.of() : lookup.openCaseStates(unitId, patientIds);
        Map<String, LocalDate> opened = lookup == null ? Map.of() : lookup.latestCaseOpened(unitId, patientIds);
        Map<String, List<CandidateList.Dismissal>> dismissed = dismissals.ofUnit(unitId);
        List<CandidateList.Candidate> items = new ArrayList<>();
        byPatient.forEach((patientId, patientCases) -> {
            if (open.containsKey(patientId)) {
                return;
            }
            PatientRecord patient = patients.get(patientId);
            // A protected patient's cases count only where the user may see them: a hidden case raises nothing.
            List<SickLeaveCase> visible = patientCases.stream().filter(c -> SickLeaveService.visible(user, patient, c)).toList();
            if (visible.isEmpty()) {
                return;
            }
            List<CandidateRules.Raised> raised = CandidateRules.flags(visible, criteria, today, opened.get(patientId));
            if (raised.isEmpty()) {
                return;
            }
            List<CandidateList.Dismissal> ofPatient = dismissed.getOrDefault(patientId, List.of());
            List<CandidateList.FlagView> views = raised.stream().map(r -> new CandidateList.FlagView(r.flag(), r.flag().label(), r.because(),
                    r.caseStart(), ofPatient.stream().filter(d -> d.flag() == r.flag() && d.caseStart().equals(r.caseStart()))
                            .reduce((first, second) -> second).orElse(null))).toList();
            List<CandidateRules.Flag> reasons = views.stream().filter(v -> v.dismissal() == null).map(CandidateList.FlagView::flag).toList();
            if (reasons.isEmpty() && !includeDismissed) {
                return;
            }
            SickLeaveCase active = visible.stream().filter(SickLeaveCase::active).findFirst().orElse(null);
            SickLeaveCase shown = active != null ? active
                    : visible.stream().max(java.util.Comparator.comparing(SickLeaveCase::start)).orElseThrow();
            SickLeaveItem item = SickLeaveService.toItem(shown, patient, today, null);
            items.add(new CandidateList.Candidate(item.patient(), reasons, active == null ? null : active.days(),
                    active == null ? null : active.start(), CandidateRules.facts(visible, today).casesLast12Months(), item, views));
        });
        return items;
    }

    /** The flags raised now for the patient (for a dismissal: only a raised flag can be dismissed). */
    List<CandidateRules.Raised> raised(String unitId, int minDays, String patientId, LocalDate today) {
        KoordineraUser user = currentUser.get();
        int maxGap = settings.get(user.hsaId()).maxGapDays();
        PatientRecord patient = computation.patients(unitId, List.of(patientId)).get(patientId);
        List<SickLeaveCase> visible = SickLeaveEngine.allCases(certificates.ofPatientAtUnit(unitId, patientId), maxGap, today).stream()
                .filter(c -> !c.end().isBefore(today.minusYears(3)))
                .filter(c -> SickLeaveService.visible(user, patient, c)).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        CoordinationStatusLookup lookup = coordination.getIfAvailable();
        Collection<String> one = List.of(patientId);
        LocalDate opened = lookup == null ? null : lookup.latestCaseOpened(unitId, one).get(patientId);
        return CandidateRules.flags(visible, criteria(unitId, minDays), today, opened);
    }
}
