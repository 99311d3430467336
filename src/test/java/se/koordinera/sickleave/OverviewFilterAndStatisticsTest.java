package se.koordinera.sickleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.koordinera.shared.InvalidInputException;

class OverviewFilterAndStatisticsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    static SickLeaveItem item(String id, String gender, int age, String diagnosis, int days, int degree) {
        return new SickLeaveItem(new SickLeaveItem.PatientSummary(id, "Namn " + id, gender, age, false), TODAY.minusDays(days - 1), TODAY,
                days, degree, List.of(degree), new SickLeaveItem.Diagnosis(diagnosis, null), List.of(), new SickLeaveItem.Doctor("D1", "Doktor"),
                1, List.of("c" + id), true, "NUVARANDE_ARBETE", null);
    }

    static final List<SickLeaveItem> ITEMS = List.of(
            item("1", "F", 30, "F43.2", 14, 100),   // 0-14
            item("2", "M", 40, "M54.5", 15, 50),    // 15-30
            item("3", "F", 50, "F32.1", 89, 25),    // 61-90, stats < 90
            item("4", "M", 60, "S82.1", 90, 75),    // 61-90, stats 90-180
            item("5", "F", 35, "J06.9", 180, 100),  // 91-180
            item("6", "M", 45, "Z73.0", 365, 100),  // 181-365
            item("7", "F", 55, "T14.9", 366, 50),   // 1-2 years, stats > 365
            item("8", "M", 65, "F41.1", 731, 100)); // over 2 years

    static SickLeaveQuery query(String... pairs) {
        Map<String, List<String>> params = Arrays.stream(pairs).map(p -> p.split("=", 2))
                .collect(Collectors.groupingBy(p -> p[0], Collectors.mapping(p -> p[1], Collectors.toList())));
        return SickLeaveQuery.parse(params, TODAY);
    }

    static List<String> ids(SickLeaveQuery q) {
        return ITEMS.stream().filter(SickLeaveService.filter(q)).map(i -> i.patient().id()).toList();
    }

    @Test
    void lengthBandsAreAUnionOfIntervalsWithInclusiveEdges() {
        assertThat(ids(query("lengthBand=0-14"))).containsExactly("1");
        assertThat(ids(query("lengthBand=0-14", "lengthBand=731-"))).containsExactly("1", "8");
        assertThat(ids(query("lengthBand=61-90,91-180"))).containsExactly("3", "4", "5");
        assertThat(ids(query("lengthBand=181-365", "lengthBand=366-730"))).containsExactly("6", "7");
        assertThat(ids(query("lengthBand=15-30", "lengthBand=31-60"))).containsExactly("2");
    }

    @Test
    void lengthBandsCombineWithOtherFilters() {
        assertThat(ids(query("lengthBand=0-14,15-30,61-90", "gender=F"))).containsExactly("1", "3");
        assertThat(ids(query("lengthBand=91-180,181-365,366-730,731-", "degree=100", "diagnosisChapter=F00-F99,Z00-Z99")))
                .containsExactly("6", "8");
    }

    @Test
    void unknownLengthBandIsRefusedInSwedish() {
        assertThatThrownBy(() -> query("lengthBand=1-3")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void chapterOfACodeFollowsIcd10Se() {
        assertThat(Icd10Chapters.of("F43.8A")).map(Icd10Chapters.Chapter::range).contains("F00-F99");
        assertThat(Icd10Chapters.of("D48.9")).map(Icd10Chapters.Chapter::range).contains("C00-D48");
        assertThat(Icd10Chapters.of("D50.0")).map(Icd10Chapters.Chapter::range).contains("D50-D89");
        assertThat(Icd10Chapters.of("T14.9")).map(Icd10Chapters.Chapter::range).contains("S00-T98");
        assertThat(Icd10Chapters.of("H65.0")).map(Icd10Chapters.Chapter::range).contains("H60-H95");
        assertThat(Icd10Chapters.of("x")).isEmpty();
    }

    static Map<String, Integer> counts(List<SickLeaveStatistics.Bar> bars) {
        return bars.stream().collect(Collectors.toMap(SickLeaveStatistics.Bar::key, SickLeaveStatistics.Bar::count));
    }

    @Test
    void statisticsCountBySexChapterDegreeAndLengthBand() {
        SickLeaveStatistics s = SickLeaveStatistics.of(ITEMS);
        assertThat(s.total()).isEqualTo(8);
        assertThat(counts(s.bySex())).isEqualTo(Map.of("F", 4, "M", 4));
        assertThat(counts(s.byChapter())).isEqualTo(Map.of("F00-F99", 3, "M00-M99", 1, "S00-T98", 2, "J00-J99", 1, "Z00-Z99", 1));
        assertThat(counts(s.byDegree())).isEqualTo(Map.of("25", 1, "50", 2, "75", 1, "100", 4));
        assertThat(counts(s.byLength())).isEqualTo(Map.of("0-89", 3, "90-180", 2, "181-365", 1, "366-", 2));
        // Every group sums to the total.
        for (List<SickLeaveStatistics.Bar> group : List.of(s.bySex(), s.byChapter(), s.byDegree(), s.byLength())) {
            assertThat(group.stream().mapToInt(SickLeaveStatistics.Bar::count).sum()).isEqualTo(8);
        }
    }

    @Test
    void barsGiveShareOfTotalAndWidthRelativeToTheLargest() {
        SickLeaveStatistics s = SickLeaveStatistics.of(ITEMS);
        SickLeaveStatistics.Bar full = s.byDegree().stream().filter(b -> b.key().equals("100")).findFirst().orElseThrow();
        SickLeaveStatistics.Bar quarter = s.byDegree().stream().filter(b -> b.key().equals("25")).findFirst().orElseThrow();
        assertThat(full.percent()).isEqualTo(50);
        assertThat(full.width()).isEqualTo(100);
        assertThat(quarter.percent()).isEqualTo(13);
        assertThat(quarter.width()).isEqualTo(25);
        assertThat(s.byChapter()).extracting(SickLeaveStatistics.Bar::key).doesNotContain("A00-B99");
    }

    @Test
    void optionCountsIgnoreTheirOwnFilterButHonourTheOthers() {
        Map<String, Integer> counts = OverviewPageService.optionCounts(ITEMS, query("lengthBand=0-14", "gender=F", "degree=100"));
        // Length options: women with degree 100, any length: items 1 (14 days) and 5 (180 days).
        assertThat(counts).containsEntry("lengthBand:0-14", 1).containsEntry("lengthBand:91-180", 1).containsEntry("lengthBand:731-", 0);
        // Degree options: women of 0-14 days, any degree: item 1 only.
        assertThat(counts).containsEntry("degree:100", 1).containsEntry("degree:25", 0);
        // Chapter options: women, 0-14 days, degree 100: item 1 (F43.2).
        assertThat(counts).containsEntry("diagnosisChapter:F00-F99", 1).containsEntry("diagnosisChapter:J00-J99", 0);
        Map<String, Integer> all = OverviewPageService.optionCounts(ITEMS, query());
        assertThat(all).containsEntry("lengthBand:61-90", 2).containsEntry("degree:100", 4).containsEntry("diagnosisChapter:S00-T98", 2);
    }

    @Test
    void statisticsOfNothingAreZeros() {
        SickLeaveStatistics s = SickLeaveStatistics.of(List.of());
        assertThat(s.total()).isZero();
        assertThat(s.bySex()).allMatch(b -> b.count() == 0 && b.width() == 0 && b.percent() == 0);
        assertThat(s.byChapter()).isEmpty();
    }
}
