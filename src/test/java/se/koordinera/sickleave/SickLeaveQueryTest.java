package se.koordinera.sickleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.InvalidInputException;

class SickLeaveQueryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static SickLeaveQuery parse(Map<String, List<String>> params) {
        return SickLeaveQuery.parse(params, TODAY);
    }

    static SickLeaveItem item(String name, String id, String gender, int age, int days, int degree, String diagnosis, String doctor,
            LocalDate start, LocalDate end, String occupation, String coordination) {
        return new SickLeaveItem(new SickLeaveItem.PatientSummary(id, name, gender, age, false), start, end, days, degree, List.of(degree),
                new SickLeaveItem.Diagnosis(diagnosis, null), List.of(), new SickLeaveItem.Doctor(doctor, "Dr " + doctor), 1, List.of("c"),
                true, occupation, coordination);
    }

    @Test
    void defaultsAreTodayAndLongestFirst() {
        SickLeaveQuery q = parse(Map.of());
        assertThat(q.activeOn()).isEqualTo(TODAY);
        assertThat(q.sortOrDefault()).isEqualTo("-days");
        assertThat(q.maxGapDays()).isNull();
        assertThat(q.degrees()).isEmpty();
    }

    @Test
    void multiValuedFiltersAcceptRepeatsAndCommaLists() {
        SickLeaveQuery q = parse(Map.of("degree", List.of("25,50", "100"), "diagnosisChapter", List.of("F00-F99", "M00-M99")));
        assertThat(q.degrees()).containsExactlyInAnyOrder(25, 50, 100);
        assertThat(q.diagnosisChapters()).containsExactly("F00-F99", "M00-M99");
    }

    @Test
    void everyBadParameterIsReportedAtOnce() {
        assertThatThrownBy(() -> parse(Map.of("maxGapDays", List.of("91"), "endedWithinDays", List.of("x"), "minDays", List.of("10"),
                "maxDays", List.of("5"), "limit", List.of("0"), "offset", List.of("-1"), "endFrom", List.of("igår"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("maxGapDays", "endedWithinDays", "minDays", "limit", "offset", "endFrom"));
    }

    @Test
    void filtersCombineWithAnd() {
        LocalDate s = LocalDate.of(2026, 10, 1);
        List<SickLeaveItem> items = List.of(
                item("Åsa Öberg", "198001011234", "F", 46, 20, 100, "F43.8A", "D1", s, s.plusDays(60), "NUVARANDE_ARBETE", null),
                item("Bo Ek", "197001011234", "M", 56, 200, 50, "M54.5", "D2", s, s.plusDays(10), "ARBETSSOKANDE", "ACTIVE"),
                item("Ceci Al", "199001011234", "F", 36, 40, 50, "F32.1", "D2", s, s.plusDays(30), "NUVARANDE_ARBETE", null));
        assertThat(apply(items, Map.of("gender", List.of("F"), "degree", List.of("50")))).containsExactly("Ceci Al");
        assertThat(apply(items, Map.of("diagnosisChapter", List.of("F00-F99"), "doctorId", List.of("D2")))).containsExactly("Ceci Al");
        assertThat(apply(items, Map.of("occupation", List.of("ARBETSSOKANDE")))).containsExactly("Bo Ek");
        assertThat(apply(items, Map.of("coordination", List.of("NONE")))).containsExactlyInAnyOrder("Åsa Öberg", "Ceci Al");
        assertThat(apply(items, Map.of("coordination", List.of("ACTIVE")))).containsExactly("Bo Ek");
        assertThat(apply(items, Map.of("endTo", List.of(s.plusDays(30).toString())))).containsExactlyInAnyOrder("Bo Ek", "Ceci Al");
        assertThat(apply(items, Map.of("q", List.of("öberg")))).containsExactly("Åsa Öberg");
        assertThat(apply(items, Map.of("q", List.of("19700101-1234")))).containsExactly("Bo Ek");
        assertThat(apply(items, Map.of("minAge", List.of("40"), "maxDays", List.of("100")))).containsExactly("Åsa Öberg");
    }

    @Test
    void sortingIsSwedishAlphabeticalAndStable() {
        LocalDate s = LocalDate.of(2026, 10, 1);
        List<SickLeaveItem> items = new ArrayList<>(List.of(
                item("Östen", "198001011234", "M", 46, 20, 100, "F43", "D1", s, s, null, null),
                item("Åke", "197001011234", "M", 56, 20, 50, "M54", "D2", s, s, null, null),
                item("Zara", "199001011234", "F", 36, 40, 50, "F32", "D2", s, s, null, null)));
        assertThat(sorted(items, "patient")).containsExactly("Zara", "Åke", "Östen");
        assertThat(sorted(items, "-days")).containsExactly("Zara", "Åke", "Östen"); // ties broken by personnummer
        assertThat(sorted(items, "degree")).containsExactly("Åke", "Zara", "Östen");
    }

    static List<String> apply(List<SickLeaveItem> items, Map<String, List<String>> params) {
        return items.stream().filter(SickLeaveService.filter(parse(params))).map(i -> i.patient().name()).toList();
    }

    static List<String> sorted(List<SickLeaveItem> items, String sort) {
        return items.stream().sorted(SickLeaveService.comparator(sort)).map(i -> i.patient().name()).toList();
    }
}
