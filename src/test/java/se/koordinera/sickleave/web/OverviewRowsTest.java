package se.koordinera.sickleave.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.koordinera.sickleave.SickLeaveItem;

class OverviewRowsTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 1);

    private static SickLeaveItem item(String id, String name, String diagnosisText, String doctor) {
        return new SickLeaveItem(new SickLeaveItem.PatientSummary(id, name, "F", 40, false), START, START.plusDays(60), 61, 50,
                List.of(100, 50), new SickLeaveItem.Diagnosis("F43", diagnosisText), List.of(new SickLeaveItem.Diagnosis("M54", null)),
                new SickLeaveItem.Doctor("D1", doctor), 2, List.of("c1", "c2"), true, "STUDIER", null);
    }

    private static final OverviewRows.Coordination NO_CASES = new OverviewRows.Coordination(Map.of(), Map.of(), true, s -> s == null ? "–" : s);

    @Test
    @DisplayName("Every text a certificate or register brings is HTML-escaped, in text and in attributes")
    void escapesEveryText() {
        SickLeaveItem hostile = item("191212121212", "<script>alert(1)</script> \"Anna\" & Co", "a\"><img src=x onerror=alert(1)>", "<b>Bo</b>");
        String html = OverviewRows.html(OverviewRows.of(List.of(hostile), List.of(Column.values()), Column.NAME, 0, false, NO_CASES,
                id -> "ref\"" + id));

        assertThat(html).doesNotContain("<script>", "<img", "<b>", "\"Anna\"", "ref\"");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;Anna&quot; &amp; Co", "&lt;b&gt;Bo&lt;/b&gt;",
                "title=\"a&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"", "href=\"/patient/ref&quot;191212121212\"",
                "aria-label=\"Registrera ärende för &lt;script&gt;alert(1)&lt;/script&gt; &quot;Anna&quot; &amp; Co\"");
        // No form (and so no token) per row: each row's button names its patient and submits the page's one register form.
        assertThat(html).contains("<button type=\"submit\" form=\"" + OverviewRows.REGISTER_FORM_ID
                + "\" class=\"small register-case\" name=\"patientId\" value=\"191212121212\"").doesNotContain("<form", "_csrf");
    }

    @Test
    @DisplayName("Each shown column gives one cell in its order, with the texts the print view and Excel show")
    void cellsFollowTheColumnsWithTheirLabels() {
        List<Column> columns = List.of(Column.NUMBER, Column.NAME, Column.ID, Column.GENDER, Column.OCCUPATION, Column.DEGREE, Column.START,
                Column.COORDINATION);
        List<OverviewRows.Row> rows = OverviewRows.of(List.of(item("191212121212", "Tolvan", null, "Bo"), item("201212121212", "Elva", null, "Bo")),
                columns, Column.NAME, 100, false, NO_CASES, id -> "r" + id);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).cells()).extracting(OverviewRows.Cell::key).containsExactlyElementsOf(columns.stream().map(Column::key).toList());
        assertThat(rows.get(1).cells()).extracting(OverviewRows.Cell::text)
                .containsExactly("102", "Elva", Labels.personnummer("201212121212"), "Kvinna", "Studier", "50 % (100, 50)", "2026-10-01", null);
        assertThat(rows.get(1).cells().get(1).kind()).isEqualTo(OverviewRows.Kind.LINK);
        assertThat(rows.get(1).cells().get(1).css()).isEqualTo("sticky");
        assertThat(rows.get(1).cells().get(6).css()).isEqualTo("date");
        assertThat(rows.get(1).cells().get(7).ariaLabel()).isEqualTo("Registrera ärende för Elva");
    }

    @Test
    @DisplayName("Under the privacy switch no row names its patient: no data-patient, the link and the button say the row number")
    void privacyHidesThePatient() {
        List<OverviewRows.Row> rows = OverviewRows.of(List.of(item("191212121212", "Tolvan", null, "Bo")), List.of(Column.NUMBER, Column.COORDINATION),
                Column.NUMBER, 0, true, NO_CASES, id -> "r");
        String html = OverviewRows.html(rows);

        assertThat(html).doesNotContain("Tolvan", "data-patient");
        assertThat(html).contains("aria-label=\"Öppna patienten på rad 1\"", "aria-label=\"Registrera ärende för patienten på rad 1\"");
    }

    @Test
    @DisplayName("An open case links to the case with its state and what it waits for; no register button then")
    void openCaseLinksToTheCase() {
        SickLeaveItem withCase = item("191212121212", "Tolvan", null, "Bo");
        OverviewRows.Coordination cases = new OverviewRows.Coordination(Map.of("191212121212", 7L), Map.of(7L, "Väntar på arbetsgivaren"), true,
                s -> "Aktiv");
        String html = OverviewRows.html(OverviewRows.of(List.of(withCase), List.of(Column.NAME, Column.COORDINATION), Column.NAME, 0, false, cases,
                id -> "r"));

        assertThat(html).contains("<a class=\"case-link\" href=\"/koordinering/arenden/7\">Aktiv</a>", "Väntar på arbetsgivaren")
                .doesNotContain("register-case");
    }
}
