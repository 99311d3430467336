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
import se.koordinera.sickleave.SickLeaveStatistics;

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

    @Test
    @DisplayName("The statistics tables carry each group's escaped label, count, share and bar width (seeded random bars)")
    void statisticsCarryEveryBar() {
        Random random = new Random(1313);
        for (int round = 0; round < 30; round++) {
            List<List<SickLeaveStatistics.Bar>> groups = new java.util.ArrayList<>();
            for (int g = 0; g < 4; g++) {
                List<SickLeaveStatistics.Bar> bars = new java.util.ArrayList<>();
                for (int b = 0, n = random.nextInt(6); b < n; b++) {
                    int percent = random.nextInt(101);
                    bars.add(new SickLeaveStatistics.Bar("k" + b, "Grupp <" + g + "-" + b + "> & \"x\"", random.nextInt(5000), percent,
                            random.nextInt(101)));
                }
                groups.add(bars);
            }
            SickLeaveStatistics stats = new SickLeaveStatistics(random.nextInt(5000), groups.get(0), groups.get(1), groups.get(2), groups.get(3));
            String html = OverviewControls.statistics(stats);

            assertThat(html).doesNotContain("<" + 0 + "-").contains("<caption>Kön</caption>", "<caption>Diagnosgrupp (ICD-10-kapitel)</caption>",
                    "<caption>Nuvarande grad</caption>", "<caption>Sjukskrivningslängd</caption>");
            assertThat(html.split("<table class=\"chart\">", -1)).hasSize(5);
            int rows = 0;
            for (List<SickLeaveStatistics.Bar> bars : groups) {
                for (SickLeaveStatistics.Bar bar : bars) {
                    String label = bar.label().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
                    assertThat(html).contains("<tr><th scope=\"row\" title=\"" + label + "\">" + label + "</th><td class=\"num\">" + bar.count()
                            + "</td><td class=\"bar-cell\"><span class=\"bar\" aria-hidden=\"true\" style=\"width:" + bar.width()
                            + "%\"></span> <span class=\"pct\">" + bar.percent() + " %</span></td></tr>");
                    rows++;
                }
            }
            assertThat(html.split("<tr><th scope=\"row\"", -1)).hasSize(rows + 1);
        }
    }

    @Test
    @DisplayName("Column headers: the sorted column has aria-sort and its arrow, its link reverses the order, unsortable columns have no link")
    void headersShowTheOrder() {
        List<Column> columns = List.of(Column.NUMBER, Column.NAME, Column.DAYS, Column.END);
        for (String sort : List.of("-days", "days", "end", "patient")) {
            String html = OverviewControls.headers(columns, Column.NAME, new OverviewUrls(new org.springframework.util.LinkedMultiValueMap<>(), sort));
            String current = sort.replace("-", "");
            boolean descending = sort.startsWith("-");
            for (Column col : columns) {
                Matcher cell = Pattern.compile("<th scope=\"col\"([^>]*)>(.*?)</th>").matcher(html);
                String attrs = null;
                String content = null;
                while (cell.find()) {
                    if (cell.group(1).contains("data-col=\"" + col.key() + "\"")) {
                        attrs = cell.group(1);
                        content = cell.group(2);
                    }
                }
                assertThat(attrs).as(col.key()).isNotNull();
                assertThat(attrs.contains("class=\"sticky\"")).isEqualTo(col == Column.NAME);
                if (col.sortKey() == null) {
                    assertThat(content).isEqualTo("<span>" + col.label() + "</span>");
                    assertThat(attrs).doesNotContain("aria-sort");
                } else if (col.sortKey().equals(current)) {
                    assertThat(attrs).contains("aria-sort=\"" + (descending ? "descending" : "ascending") + "\"");
                    assertThat(content).contains(descending ? " ▼" : " ▲", "id=\"sort-" + col.key() + "\"",
                            "href=\"/oversikt?sort=" + (descending ? "" : "-") + current + "\"");
                } else {
                    assertThat(attrs).doesNotContain("aria-sort");
                    assertThat(content).doesNotContain("▲", "▼").contains("href=\"/oversikt?sort=" + col.sortKey() + "\"",
                            "hx-get=\"/oversikt?sort=" + col.sortKey() + "\"");
                }
            }
        }
    }
}
