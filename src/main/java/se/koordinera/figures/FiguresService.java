package se.koordinera.figures;

import java.time.Clock;
import se.koordinera.sickleave.SickLeaveService;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.koordinera.access.AccessControl;
import se.koordinera.access.Assignment;
import se.koordinera.access.KoordineraUser;
import se.koordinera.access.Role;
import se.koordinera.coordination.Outcome;
import se.koordinera.shared.ForbiddenException;
import se.koordinera.shared.NotFoundException;

/**
 * The unit's figures per month for the verksamhetschef and staff, and the same summed over a
 * region for the region administrator. Counts only: no patient is named, so nothing is written to
 * the PDL log, but the user must hold an assignment for the unit (or, for a region, be region
 * administrator with an assignment at one of its units).
 */
@Service
public class FiguresService {

    private final FiguresRepository figures;
    private final AccessControl access;

    private final Clock clock;

    private final SickLeaveService sickLeaves;

    public FiguresService(FiguresRepository figures, AccessControl access, SickLeaveService sickLeaves, Clock clock) {
        this.sickLeaves = sickLeaves;

        this.clock = clock;
        this.figures = figures;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<MonthFigures> unit(String unitId, String from, String to) {
        access.requireCareAssignment(unitId);
        return compute(new String[] {unitId}, FiguresMath.range(from, to, YearMonth.now(clock)));
    }

    @Transactional(readOnly = true)
    public List<MonthFigures> region(String regionId, String from, String to) {
        KoordineraUser user = access.currentUser();
        if (!user.hasRole(Role.REGION_ADMIN)) {
            throw new ForbiddenException("Regionens nyckeltal är för regionadministratören");
        }
        List<String> units = figures.unitsOfRegion(regionId);
        if (user.assignments().stream().map(Assignment::unitId).noneMatch(units::contains)) {
            throw new ForbiddenException("Du saknar uppdrag i regionen " + regionId);
        }
        if (!figures.regionExists(regionId)) {
            throw new NotFoundException("Regionen finns inte");
        }
        return compute(units.toArray(String[]::new), FiguresMath.range(from, to, YearMonth.now(clock)));
    }

    /** The three KVÅ codes of the coordination work, each counted (0 when none), in a fixed order. */
    static Map<String, Integer> kvaOf(Map<String, Integer> counts, String month) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String code : KVA_CODES) {
            out.put(code, counts.getOrDefault(month + "|" + code, 0));
        }
        return out;
    }

    static final List<String> KVA_CODES = List.of("GC001", "DV077", "AW026");

    private List<MonthFigures> compute(String[] units, FiguresMath.Range range) {
        LocalDate from = range.from().atDay(1);
        LocalDate to = range.to().plusMonths(1).atDay(1);
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> gc001 = figures.gc001(units, from, to);
        Map<String, Integer> kva = figures.kva(units, from, to);
        Map<String, Integer> patients = figures.patientsWithInterventions(units, from, to);
        Map<String, Integer> opened = figures.casesOpened(units, from, to);
        Map<String, Integer> closed = figures.closedByOutcome(units, from, to);
        Map<String, Integer> given = figures.consentsGiven(units, from, to);
        Map<String, Integer> withdrawn = figures.consentsWithdrawn(units, from, to);
        Map<String, Integer> fk = figures.fkNotifications(units, from, to);
        Map<String, Integer> overdue = figures.followUpsOverdue(units, from, to, today);
        Map<String, List<Long>> offerDays = new HashMap<>();
        // One read per unit of the offered patients' certificates; the engine merges them (one copy of the rule).
        Map<String, List<FiguresRepository.Offer>> offersByUnit = new HashMap<>();
        figures.offers(units, from, to).forEach(o -> offersByUnit.computeIfAbsent(o.unitId(), u -> new ArrayList<>()).add(o));
        for (Map.Entry<String, List<FiguresRepository.Offer>> unitOffers : offersByUnit.entrySet()) {
            Map<SickLeaveService.PatientOnDay, LocalDate> starts = sickLeaves.caseStarts(unitOffers.getKey(),
                    unitOffers.getValue().stream().map(o -> new SickLeaveService.PatientOnDay(o.patientId(), o.date())).toList());
            for (FiguresRepository.Offer o : unitOffers.getValue()) {
            LocalDate start = starts.get(new SickLeaveService.PatientOnDay(o.patientId(), o.date()));
            if (start != null) {
                offerDays.computeIfAbsent(YearMonth.from(o.date()).toString(), k -> new ArrayList<>())
                        .add(ChronoUnit.DAYS.between(start, o.date()));
            }
            }
        }
        List<MonthFigures> result = new ArrayList<>();
        for (YearMonth m : range.months()) {
            String k = m.toString();
            Map<String, Integer> byOutcome = new LinkedHashMap<>();
            int closedTotal = 0;
            for (Outcome outcome : Outcome.values()) {
                int n = closed.getOrDefault(k + "|" + outcome.name(), 0);
                byOutcome.put(outcome.name(), n);
                closedTotal += n;
            }
            result.add(new MonthFigures(k, gc001.getOrDefault(k, 0), patients.getOrDefault(k, 0), opened.getOrDefault(k, 0), closedTotal,
                    byOutcome, given.getOrDefault(k, 0), withdrawn.getOrDefault(k, 0), fk.getOrDefault(k, 0), overdue.getOrDefault(k, 0),
                    FiguresMath.median(offerDays.getOrDefault(k, List.of())), kvaOf(kva, k)));
        }
        return result;
    }
}
