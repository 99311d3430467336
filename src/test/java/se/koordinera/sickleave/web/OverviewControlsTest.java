package se.koordinera.sickleave.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.koordinera.sickleave.Icd10Chapters;
import se.koordinera.sickleave.SickLeaveQuery;

class OverviewControlsTest {

    @Test
    @DisplayName("Doctor names from certificates are HTML-escaped, and only the chosen doctor is selected")
    void doctorOptionsEscapeAndSelect() {
        Map<String, String> doctors = new LinkedHashMap<>();
        doctors.put("D1", "<script>alert(1)</script>");
        doctors.put("D\"2", "Bo \"Bänk\" & Co");
        String html = OverviewControls.doctorOptions(doctors, "D\"2");

        assertThat(html).doesNotContain("<script>", "\"Bänk\"", "value=\"D\"2\"")
                .contains("<option value=\"D1\">&lt;script&gt;alert(1)&lt;/script&gt;</option>",
                        "<option value=\"D&quot;2\" selected=\"selected\">Bo &quot;Bänk&quot; &amp; Co</option>");
        assertThat(html.split("selected=", -1)).hasSize(2);
    }

    @Test
    @DisplayName("Each chapter and degree has its checkbox, its count and the same count out of band for htmx (seeded random counts)")
    void choicesCarryTheirCounts() {
        Random random = new Random(13);
        for (int round = 0; round < 50; round++) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            List<Icd10Chapters.Chapter> chapters = Icd10Chapters.ALL;
            chapters.forEach(c -> counts.put("diagnosisChapter:" + c.range(), random.nextInt(3000)));
            SickLeaveQuery.DEGREES.forEach(d -> counts.put("degree:" + d, random.nextInt(3000)));
            Icd10Chapters.Chapter chosen = chapters.get(random.nextInt(chapters.size()));
            int chosenDegree = SickLeaveQuery.DEGREES.get(random.nextInt(4));

            String choices = OverviewControls.chapterChoices(List.of(chosen.range()), counts)
                    + OverviewControls.degreeChoices(Set.of(chosenDegree), counts);
            String outOfBand = OverviewControls.countsOutOfBand(counts);

            for (int i = 0; i < chapters.size(); i++) {
                String range = chapters.get(i).range();
                assertThat(count(choices, "n-ch-" + i, false)).isEqualTo(counts.get("diagnosisChapter:" + range));
                assertThat(count(outOfBand, "n-ch-" + i, true)).isEqualTo(counts.get("diagnosisChapter:" + range));
                assertThat(choices).contains("id=\"f-ch-" + i + "\" value=\"" + range + "\"" + (chapters.get(i) == chosen ? " checked" : ">"));
            }
            for (int d : SickLeaveQuery.DEGREES) {
                assertThat(count(choices, "n-deg-" + d, false)).isEqualTo(counts.get("degree:" + d));
                assertThat(count(outOfBand, "n-deg-" + d, true)).isEqualTo(counts.get("degree:" + d));
                assertThat(choices).contains("id=\"f-deg-" + d + "\" value=\"" + d + "\"" + (d == chosenDegree ? " checked" : ">"));
            }
            assertThat(choices.split("checked=", -1)).hasSize(3);
        }
    }

    @Test
    @DisplayName("The column list keeps the order, the shown columns, the disabled buttons at the ends and the focus on the button last pressed")
    void columnEntriesFollowTheLayout() {
        ColumnLayout layout = ColumnLayout.parse("age,-name,id").move(Column.ID, true);
        String html = OverviewControls.columnEntries(layout, "id:up");

        List<String> order = Pattern.compile("name=\"order\" value=\"([a-z]+)\"").matcher(html).results().map(m -> m.group(1)).toList();
        assertThat(order).isEqualTo(layout.entries().stream().map(e -> e.column().key()).toList());
        assertThat(order.subList(0, 3)).containsExactly("age", "id", "name");
        assertThat(html).contains("id=\"col-age\" value=\"age\" checked", "id=\"col-name\" value=\"name\">",
                "id=\"move-age-up\" aria-label=\"Flytta Ålder upp\" disabled=\"disabled\">↑",
                "id=\"move-id-up\" aria-label=\"Flytta Personnummer upp\" autofocus=\"autofocus\">↑");
        String last = order.get(order.size() - 1);
        assertThat(html).contains("id=\"move-" + last + "-down\"", "disabled=\"disabled\">↓");
        assertThat(html.split("disabled=", -1)).hasSize(3);
        assertThat(html.split("autofocus=", -1)).hasSize(2);
    }

    private static int count(String html, String id, boolean outOfBand) {
        Matcher m = Pattern.compile("<span id=\"" + id + "\" class=\"option-count\"" + (outOfBand ? " hx-swap-oob=\"true\"" : "")
                + ">\\((\\d+)\\)</span>").matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
