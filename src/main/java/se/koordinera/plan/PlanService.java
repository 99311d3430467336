package se.koordinera.plan;

import java.time.Clock;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import se.koordinera.access.CurrentUser;
import se.koordinera.access.KoordineraUser;
import se.koordinera.audit.AccessAction;
import se.koordinera.audit.PatientData;
import se.koordinera.audit.PatientListing;
import se.koordinera.audit.UnitId;
import se.koordinera.coordination.CaseRef;
import se.koordinera.coordination.CaseService;
import se.koordinera.journal.JournalService;
import se.koordinera.patient.Personnummer;
import se.koordinera.sickleave.SickLeaveService;
import se.koordinera.sickleave.engine.Period;
import se.koordinera.shared.ConflictException;
import se.koordinera.shared.NotFoundException;

/**
 * The care plan with return-to-work plan of a coordination case (R9): every save is a new
 * version (optimistic: it names the version it was edited from, else 409); the planned sick
 * leave is shown beside the actual certificates with the deviations.
 */
@Service
public class PlanService {
    static final String FUNCTION = "rehabiliteringsplan";

    private final PlanRepository plans;
    private final CaseService cases;
    private final SickLeaveService sickLeaves;
    private final CurrentUser currentUser;
    private final JournalService journal;

    private final Clock clock;

    private final org.springframework.beans.factory.ObjectProvider<FollowUpDates> followUpDates;

    public PlanService(PlanRepository plans, CaseService cases, SickLeaveService sickLeaves, CurrentUser currentUser, Clock clock,
            JournalService journal, org.springframework.beans.factory.ObjectProvider<FollowUpDates> followUpDates) {
        this.journal = journal;
        this.followUpDates = followUpDates;

        this.clock = clock;
        this.plans = plans;
        this.cases = cases;
        this.sickLeaves = sickLeaves;
        this.currentUser = currentUser;
    }

    public record VersionSummary(int version, OffsetDateTime created, CarePlan.By createdBy, LocalDate nextFollowUp) {
    }

    public record ActualPeriod(LocalDate from, LocalDate to, int degree) {
    }

    /** The latest version (null before the first save), every version, and the plan beside the certificates. */
    public record PlanView(long caseId, String patientId, String patientName, boolean caseOpen, CarePlan latest,
            List<VersionSummary> versions, List<ActualPeriod> certificatePeriods, List<PlanRules.Deviation> deviations,
            PlanRules.Timeline timeline, List<CarePlan.Activity> meetingActionsNotInPlan) implements PatientListing {
        @Override
        @JsonIgnore
        public Collection<String> listedPatientIds() {
            return List.of(patientId);
        }
    }

    public record Comparison(long caseId, String patientId, CarePlan a, CarePlan b, List<PlanRules.Difference> differences)
            implements PatientListing {
        @Override
        @JsonIgnore
        public Collection<String> listedPatientIds() {
            return List.of(patientId);
        }
    }

    @PatientData(function = FUNCTION)
    public PlanView plan(@UnitId String unitId, long caseId) {
        CaseRef c = found(cases.caseRef(unitId, caseId));
        List<CarePlan> all = plans.versions(c);
        CarePlan latest = all.isEmpty() ? null : all.get(0);
        List<Period> periods = actualPeriods(unitId, c);
        List<CarePlan.Step> steps = latest == null ? List.of() : latest.steps();
        return new PlanView(c.id(), c.patientId(), c.patientName(), c.open(), latest,
                all.stream().map(p -> new VersionSummary(p.version(), p.created(), p.createdBy(), p.nextFollowUp())).toList(),
                periods.stream().map(p -> new ActualPeriod(p.from(), p.to(), p.degree())).toList(),
                PlanRules.deviations(steps, periods), PlanRules.timeline(steps, periods), meetingActionsNotInPlan(c, latest));
    }

    @PatientData(function = FUNCTION)
    public CarePlan version(@UnitId String unitId, long caseId, int version) {
        CaseRef c = found(cases.caseRef(unitId, caseId));
        return plans.version(c, version).orElseThrow(() -> new NotFoundException("Planen har ingen version " + version));
    }

    @PatientData(function = FUNCTION)
    public Comparison compare(@UnitId String unitId, long caseId, Integer a, Integer b) {
        if (a == null || b == null) {
            throw new se.koordinera.shared.InvalidInputException("Ogiltig indata", java.util.stream.Stream.of(a == null ? "a" : null,
                    b == null ? "b" : null).filter(java.util.Objects::nonNull)
                    .map(f -> new se.koordinera.shared.FieldProblem(f, "Välj vilka två versioner som ska jämföras")).toList());
        }
        CaseRef c = found(cases.caseRef(unitId, caseId));
        CarePlan x = plans.version(c, a).orElseThrow(() -> new NotFoundException("Planen har ingen version " + a));
        CarePlan y = plans.version(c, b).orElseThrow(() -> new NotFoundException("Planen har ingen version " + b));
        return new Comparison(c.id(), c.patientId(), x, y, PlanRules.compare(x, y));
    }

    /** A new version; refused (409) when the case is closed or the plan changed since {@code basedOnVersion}. */
    @PatientData(function = FUNCTION, action = AccessAction.WRITE)
    public CarePlan save(@UnitId String unitId, long caseId, PlanRules.Draft draft) {
        CaseRef c = found(cases.lockCase(unitId, caseId));
        if (!c.open()) {
            throw new ConflictException("Ärendet är avslutat: planen kan inte ändras.");
        }
        int latest = plans.latestVersion(c.id());
        if (draft.basedOnVersion() != latest) {
            throw new ConflictException("Planen har ändrats sedan du läste den (din version " + draft.basedOnVersion()
                    + ", aktuell version " + latest + "). Läs om planen och försök igen.");
        }
        KoordineraUser user = currentUser.get();
        LocalDate today = LocalDate.now(clock);
        plans.insert(c, latest + 1, draft, PlanRules.nextFollowUp(draft.followUpDates(), today), user);
        // R15 with VGR's KVÅ codes: the first version establishes the return-to-work plan (DV077), each later one follows it up (AW026).
        journal.record(new se.koordinera.journal.NewJournalEntry(unitId, c.patientId(), c.id(),
                latest == 0 ? se.koordinera.journal.JournalType.PLAN : se.koordinera.journal.JournalType.FOLLOW_UP, null, null, today,
                planJournalText(latest == 0, latest + 1, draft, PlanRules.nextFollowUp(draft.followUpDates(), today)), null, null));
        return plans.version(c, latest + 1).orElseThrow();
    }

    /** The journal text of a plan version: what was planned, never a diagnosis (R6). */
    static String planJournalText(boolean established, int version, PlanRules.Draft draft, LocalDate nextFollowUp) {
        StringBuilder t = new StringBuilder(established
                ? "Rehabiliteringsplan med inriktning mot återgång i arbete upprättad"
                : "Sjukskrivning och rehabiliteringsplan följda upp; planen reviderad");
        t.append(" (version ").append(version).append(").");
        if (draft.steps() != null && !draft.steps().isEmpty()) {
            t.append(" Planerad sjukskrivning: ");
            t.append(String.join(", ", draft.steps().stream().map(s -> s.degree() + " % " + s.from() + "–" + s.to()).toList())).append('.');
        }
        if (nextFollowUp != null) {
            t.append(" Nästa uppföljning ").append(nextFollowUp).append('.');
        }
        return t.toString();
    }

    /** R16: open cases with an overdue or soon due follow-up, none planned, or a change of the sick leave since the last one. */
    @PatientData(function = "uppföljning av koordineringsärenden")
    public FollowUpList followUps(@UnitId String unitId, LocalDate today) {
        return followUps(unitId, today, FollowUpRules.DEFAULT_HORIZON_DAYS);
    }

    /** As {@link #followUps(String, LocalDate)} with the horizon of "due soon" in days (1-365). */
    @PatientData(function = "uppföljning av koordineringsärenden")
    public FollowUpList followUps(@UnitId String unitId, LocalDate today, int horizonDays) {
        if (horizonDays < 1 || horizonDays > 365) {
            throw new se.koordinera.shared.InvalidInputException("withinDays", "Ange ett antal dagar mellan 1 och 365");
        }
        List<CaseRef> open = cases.openCases(unitId);
        java.util.Map<Long, PlanRepository.LatestPlan> latest = plans.latestPlans(open.stream().map(CaseRef::id).toList());
        java.util.Map<String, List<Period>> periods = sickLeaves.visiblePeriods(unitId, open.stream().map(CaseRef::patientId).distinct().toList());
        java.util.Map<Long, LocalDate> checks = new java.util.HashMap<>();
        List<Long> openIds = open.stream().map(CaseRef::id).toList();
        followUpDates.orderedStream().forEach(f -> f.checkDates(unitId, openIds).forEach((id, d) -> checks.merge(id, d, FollowUpRules::earlier)));
        List<FollowUpList.Item> items = new ArrayList<>();
        for (CaseRef c : open) {
            PlanRepository.LatestPlan plan = latest.get(c.id());
            LocalDate planned = plan == null ? null : plan.nextFollowUp();
            LocalDate next = FollowUpRules.earlier(planned, checks.get(c.id()));
            FollowUpRules.Status status = FollowUpRules.status(next, today, horizonDays);
            java.util.Set<FollowUpRules.Flag> flags = FollowUpRules.flags(periods.getOrDefault(c.patientId(), List.of()),
                    plan != null ? plan.saved() : c.opened(), today);
            if (checks.containsKey(c.id()) && !checks.get(c.id()).isAfter(today.plusDays(horizonDays))) {
                flags.add(FollowUpRules.Flag.WAITING_CHECK);
            }
            if (status != FollowUpRules.Status.PLANNED || !flags.isEmpty()) {
                items.add(new FollowUpList.Item(c.id(), c.patientId(), c.patientName(), c.state().name(), next, status, flags));
            }
        }
        items.sort(java.util.Comparator.comparing((FollowUpList.Item i) -> i.status().ordinal())
                .thenComparing(i -> i.nextFollowUp() == null ? LocalDate.MAX : i.nextFollowUp()));
        int overdue = (int) items.stream().filter(i -> i.status() == FollowUpRules.Status.OVERDUE).count();
        return new FollowUpList(today, horizonDays, overdue, items.size(), List.copyOf(items));
    }

    /** Actions agreed at meetings that the latest plan does not have yet (same text, actor and date), to carry into the next version. */
    private List<CarePlan.Activity> meetingActionsNotInPlan(CaseRef c, CarePlan latest) {
        List<CarePlan.Activity> in = latest == null ? List.of() : latest.activities();
        List<CarePlan.Activity> out = new ArrayList<>();
        for (String text : plans.agreedActionsOfMeetings(c.id())) {
            for (CarePlan.Activity a : plans.activities(text)) {
                if (!in.contains(a) && !out.contains(a)) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /**
     * The certificate periods the user may see, through the sick-leave feature's unguarded read:
     * none for a preventive case (R4) or a patient whose sick leave is hidden from the user.
     */
    private List<Period> actualPeriods(String unitId, CaseRef c) {
        return sickLeaves.visiblePeriods(unitId, List.of(c.patientId())).getOrDefault(c.patientId(), List.of());
    }

    private static CaseRef found(java.util.Optional<CaseRef> c) {
        return c.orElseThrow(() -> new NotFoundException("Koordineringsärendet finns inte på vårdenheten"));
    }
}
