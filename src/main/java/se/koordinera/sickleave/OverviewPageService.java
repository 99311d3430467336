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
        List<SickLeaveItem> matching = computation.matching(computed, query);
        SickLeaveList list = SickLeaveService.list(computed, query, matching);
        Summary summary = computation.derived(computed, query, Summary.class, () -> new Summary(doctors(computed.visible()),
                SickLeaveStatistics.of(matching), optionCounts(computed.visible(), query)));
        return new OverviewPage(list, computed.visible().size(), summary.doctors(), summary.statistics(), summary.optionCounts());
    }

    /** What the page shows besides its rows; the same for every page of the same list and filters. */
    private record Summary(Map<String, String> doctors, SickLeaveStatistics statistics, Map<String, Integer> optionCounts) {
    }

    /** Id to name of the doctors of these cases, sorted by name, for the doctor filter. */
    private static Map<String, String> doctors(List<SickLeaveItem> visible) {
        // Each doctor once (by the first name in alphabetical order), then the few doctors sorted, not every case.
        Map<String, SickLeaveItem.Doctor> distinct = new LinkedHashMap<>();
        for (SickLeaveItem item : visible) {
            SickLeaveItem.Doctor d = item.doctor();
            if (d.id() != null) {
                distinct.merge(d.id(), d, (a, b) -> String.valueOf(b.name()).compareTo(String.valueOf(a.name())) < 0 ? b : a);
            }
        }
        Map<String, String> doctors = new LinkedHashMap<>();
        distinct.values().stream().sorted(Comparator.comparing(d -> String.valueOf(d.name())))
                .forEach(d -> doctors.put(d.id(), d.name() == null ? d.id() : d.name()));
        return java.util.Collections.unmodifiableMap(doctors);
    }

    /** Every matching case for the print view; each listed patient is logged as printed. */
    @PatientData(function = "sjukfallsöversikt", action = AccessAction.PRINT)
    public SickLeaveList printList(@UnitId String unitId, SickLeaveQuery query) {
        return allMatching(unitId, query);
    }

    /** Every matching case for the Excel file; each listed patient is logged as exported. */
    @PatientData(function = "sjukfallsöversikt", action = AccessAction.EXPORT)
    public SickLeaveList exportList(@UnitId String unitId, SickLeaveQuery query) {
        return allMatching(unitId, query);
    }

    /** Every matching case, unpaged (print and export; each logs with its own action). */
    private SickLeaveList allMatching(String unitId, SickLeaveQuery query) {
        SickLeaveService.Computed computed = computation.compute(unitId, query);
        return SickLeaveService.list(computed, query.unpaged(), computation.matching(computed, query));
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
        java.util.function.Predicate<SickLeaveItem> forLength = SickLeaveService.filter(query.without("lengthBand"));
        java.util.function.Predicate<SickLeaveItem> forDegree = SickLeaveService.filter(query.without("degree"));
        java.util.function.Predicate<SickLeaveItem> forChapter = SickLeaveService.filter(query.without("diagnosisChapter"));
        List<LengthBand> bands = LengthBand.FILTER_BANDS;
        List<Integer> degrees = SickLeaveQuery.DEGREES;
        int[] byBand = new int[bands.size()];
        int[] byDegree = new int[degrees.size()];
        int[] byChapter = new int[Icd10Chapters.ALL.size()];
        // One pass over the cases (the page asks on every request, for every case the user may see).
        for (SickLeaveItem i : visible) {
            if (forLength.test(i)) {
                for (int b = 0; b < byBand.length; b++) {
                    if (bands.get(b).contains(i.days())) {
                        byBand[b]++;
                    }
                }
            }
            if (forDegree.test(i)) {
                for (int d = 0; d < degrees.size(); d++) {
                    if (i.degree() == degrees.get(d)) {
                        byDegree[d]++;
                    }
                }
            }
            // The chapters do not overlap, so a case counts for its one chapter.
            if (forChapter.test(i)) {
                int chapter = Icd10Chapters.indexOf(i.diagnosis().code());
                if (chapter >= 0) {
                    byChapter[chapter]++;
                }
            }
        }
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (int b = 0; b < byBand.length; b++) {
            counts.put("lengthBand:" + bands.get(b).key(), byBand[b]);
        }
        for (int d = 0; d < degrees.size(); d++) {
            counts.put("degree:" + degrees.get(d), byDegree[d]);
        }
        for (int c = 0; c < byChapter.length; c++) {
            counts.put("diagnosisChapter:" + Icd10Chapters.ALL.get(c).range(), byChapter[c]);
        }
        return Map.copyOf(counts);
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
