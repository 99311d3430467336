package se.koordinera.sickleave;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import se.koordinera.audit.AccessAction;
import se.koordinera.audit.PatientData;
import se.koordinera.audit.PatientId;
import se.koordinera.audit.PatientListing;
import se.koordinera.audit.UnitId;
import se.koordinera.patient.Personnummer;

/**
 * What the browser pages of the sick-leave overview show, each call PDL-logged: the overview page
 * (one page of cases, with the filter's doctors and the statistics of every matching case), its
 * print view and Excel export, and the print view of a patient's cases.
 */
@Service
public class OverviewPageService {

    private final SickLeaveComputation computation;

    OverviewPageService(SickLeaveComputation computation) {
        this.computation = computation;
    }

    /** One page of the list; the patients on the page are logged as read. */
    @PatientData(function = "sjukfallsöversikt")
    public OverviewPage page(@UnitId String unitId, SickLeaveQuery query) {
        SickLeaveService.Computed computed = computation.compute(unitId, query);
        SickLeaveList list = SickLeaveService.list(computed, query);
        Map<String, String> doctors = new LinkedHashMap<>();
        computed.visible().stream().map(SickLeaveItem::doctor).filter(d -> d.id() != null)
                .sorted(Comparator.comparing(d -> String.valueOf(d.name())))
                .forEach(d -> doctors.putIfAbsent(d.id(), d.name() == null ? d.id() : d.name()));
        return new OverviewPage(list, computed.visible().size(), doctors, SickLeaveStatistics.of(list.allMatching()),
                optionCounts(computed.visible(), query));
    }

    /** Every matching case for the print view; each listed patient is logged as printed. */
    @PatientData(function = "sjukfallsöversikt", action = AccessAction.PRINT)
    public SickLeaveList printList(@UnitId String unitId, SickLeaveQuery query) {
        return SickLeaveService.list(computation.compute(unitId, query), query.unpaged());
    }

    /** Every matching case for the Excel file; each listed patient is logged as exported. */
    @PatientData(function = "sjukfallsöversikt", action = AccessAction.EXPORT)
    public SickLeaveList exportList(@UnitId String unitId, SickLeaveQuery query) {
        return SickLeaveService.list(computation.compute(unitId, query), query.unpaged());
    }

    /** The patient's cases for the print view of the patient page, logged as printed. */
    @PatientData(function = "patientens sjukfall", action = AccessAction.PRINT)
    public List<SickLeaveService.PatientCase> printPatient(@UnitId String unitId, @PatientId Personnummer patientId, LocalDate today) {
        return computation.patientCases(unitId, patientId, today);
    }

    /**
     * How many cases each option of the length, degree and chapter filters would match, given every
     * other filter (as faceted search counts them): keys "lengthBand:0-14", "degree:50", "diagnosisChapter:F00-F99".
     */
    public static Map<String, Integer> optionCounts(List<SickLeaveItem> visible, SickLeaveQuery query) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        List<SickLeaveItem> base = visible.stream().filter(SickLeaveService.filter(query.without("lengthBand"))).toList();
        for (LengthBand b : LengthBand.FILTER_BANDS) {
            counts.put("lengthBand:" + b.key(), (int) base.stream().filter(i -> b.contains(i.days())).count());
        }
        base = visible.stream().filter(SickLeaveService.filter(query.without("degree"))).toList();
        for (int d : new int[] {25, 50, 75, 100}) {
            counts.put("degree:" + d, (int) base.stream().filter(i -> i.degree() == d).count());
        }
        // The chapters do not overlap, so a case counts for its one chapter: found once per case, not once per chapter.
        for (Icd10Chapters.Chapter c : Icd10Chapters.ALL) {
            counts.put("diagnosisChapter:" + c.range(), 0);
        }
        visible.stream().filter(SickLeaveService.filter(query.without("diagnosisChapter")))
                .forEach(i -> Icd10Chapters.of(i.diagnosis().code()).ifPresent(c -> counts.merge("diagnosisChapter:" + c.range(), 1, Integer::sum)));
        return counts;
    }

    /**
     * A page of the overview.
     *
     * @param unfilteredTotal cases the user may see before the filters
     * @param doctors         id to name of the doctors of those cases, for the doctor filter
     */
    public record OverviewPage(SickLeaveList list, int unfilteredTotal, Map<String, String> doctors, SickLeaveStatistics statistics,
            Map<String, Integer> optionCounts) implements PatientListing {
        @Override
        public Collection<String> listedPatientIds() {
            return list.listedPatientIds();
        }
    }
}
