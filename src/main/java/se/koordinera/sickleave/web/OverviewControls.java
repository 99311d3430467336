package se.koordinera.sickleave.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import se.koordinera.sickleave.Icd10Chapters;
import se.koordinera.sickleave.SickLeaveQuery;
import se.koordinera.sickleave.SickLeaveStatistics;

/**
 * The overview's repeated parts, written in Java like the rows ({@link OverviewRows}) with every text
 * escaped ({@link Html}): the 22 diagnosis chapters and four degrees with their counts, the doctor
 * options, the column list, the statistics tables and the table's column headers. In the template each
 * of them was a loop of a dozen expressions per item (plus a fragment call per count); together they
 * cost more of the page than the 100 rows (issue 13, docs/benchmarks.md §6 "Change 5" and "Change 6").
 * The fields around them stay in the template.
 */
final class OverviewControls {

    private OverviewControls() {
    }

    /** The chapter checkboxes of the filter, each with the number of cases it would add. */
    static String chapterChoices(Collection<String> selected, Map<String, Integer> counts) {
        StringBuilder out = new StringBuilder(4096);
        List<Icd10Chapters.Chapter> chapters = Icd10Chapters.ALL;
        for (int i = 0; i < chapters.size(); i++) {
            Icd10Chapters.Chapter c = chapters.get(i);
            String id = "f-ch-" + i;
            out.append("<div class=\"choice\"><input type=\"checkbox\" name=\"diagnosisChapter\"");
            Html.attr(out, "id", id);
            Html.attr(out, "value", c.range());
            checked(out, selected.contains(c.range()));
            out.append("><label");
            Html.attr(out, "for", id);
            out.append("><span>");
            Html.text(out, c.label());
            out.append("</span> ");
            count(out, "n-ch-" + i, chapterCount(counts, c), false);
            out.append("</label></div>\n");
        }
        return out.toString();
    }

    /** The degree checkboxes of the filter, with their counts. */
    static String degreeChoices(Collection<Integer> selected, Map<String, Integer> counts) {
        StringBuilder out = new StringBuilder(1024);
        for (int d : SickLeaveQuery.DEGREES) {
            String id = "f-deg-" + d;
            out.append("<span class=\"choice\"><input type=\"checkbox\" name=\"degree\"");
            Html.attr(out, "id", id);
            Html.attr(out, "value", String.valueOf(d));
            checked(out, selected.contains(d));
            out.append("><label");
            Html.attr(out, "for", id);
            out.append("><span>").append(d).append(" %</span> ");
            count(out, "n-deg-" + d, degreeCount(counts, d), false);
            out.append("</label></span>");
        }
        return out.toString();
    }

    /**
     * The counts again, each marked to replace its namesake out of band: the htmx answer to a filter
     * change updates them next to the form's checkboxes, which it does not redraw.
     */
    static String countsOutOfBand(Map<String, Integer> counts) {
        StringBuilder out = new StringBuilder(2048);
        List<Icd10Chapters.Chapter> chapters = Icd10Chapters.ALL;
        for (int i = 0; i < chapters.size(); i++) {
            count(out, "n-ch-" + i, chapterCount(counts, chapters.get(i)), true);
        }
        for (int d : SickLeaveQuery.DEGREES) {
            count(out, "n-deg-" + d, degreeCount(counts, d), true);
        }
        return out.toString();
    }

    /** The doctors of the unit's cases as options of the doctor filter, the chosen one selected. */
    static String doctorOptions(Map<String, String> doctors, String selectedId) {
        StringBuilder out = new StringBuilder(doctors.size() * 64);
        doctors.forEach((id, name) -> {
            out.append("<option");
            Html.attr(out, "value", id);
            if (id.equals(selectedId)) {
                out.append(" selected=\"selected\"");
            }
            out.append('>');
            Html.text(out, name);
            out.append("</option>\n");
        });
        return out.toString();
    }

    /**
     * The column list of "Anpassa kolumner": per column its place in the order, whether it is shown,
     * and the buttons that move it; {@code focusMove} ("age:up") is the button pressed last, which gets the focus back.
     */
    static String columnEntries(ColumnLayout layout, String focusMove) {
        StringBuilder out = new StringBuilder(layout.entries().size() * 600);
        List<ColumnLayout.Entry> entries = layout.entries();
        for (int i = 0; i < entries.size(); i++) {
            Column column = entries.get(i).column();
            String key = column.key();
            out.append("<li><input type=\"hidden\" name=\"order\"");
            Html.attr(out, "value", key);
            out.append("><input type=\"checkbox\" name=\"visible\"");
            Html.attr(out, "id", "col-" + key);
            Html.attr(out, "value", key);
            checked(out, entries.get(i).visible());
            out.append("><label");
            Html.attr(out, "for", "col-" + key);
            out.append('>');
            Html.text(out, column.label());
            out.append("</label><span class=\"move\">");
            move(out, column, "up", "upp", i == 0, focusMove);
            move(out, column, "down", "ned", i == entries.size() - 1, focusMove);
            out.append("</span></li>\n");
        }
        return out.toString();
    }

    /**
     * The statistics of the matching cases: a table per grouping (sex, chapter, degree, length), a row
     * per group with its count, its share and a bar of that width.
     */
    static String statistics(SickLeaveStatistics stats) {
        StringBuilder out = new StringBuilder(8192);
        chart(out, "Kön", stats.bySex());
        chart(out, "Diagnosgrupp (ICD-10-kapitel)", stats.byChapter());
        chart(out, "Nuvarande grad", stats.byDegree());
        chart(out, "Sjukskrivningslängd", stats.byLength());
        return out.toString();
    }

    private static void chart(StringBuilder out, String caption, List<SickLeaveStatistics.Bar> bars) {
        out.append("<table class=\"chart\"><caption>");
        Html.text(out, caption);
        out.append("</caption>\n<thead><tr><th scope=\"col\">Grupp</th><th scope=\"col\">Antal</th><th scope=\"col\">Andel</th></tr></thead>\n<tbody>\n");
        for (SickLeaveStatistics.Bar bar : bars) {
            out.append("<tr><th scope=\"row\"");
            Html.attr(out, "title", bar.label());
            out.append('>');
            Html.text(out, bar.label());
            out.append("</th><td class=\"num\">").append(bar.count())
                    .append("</td><td class=\"bar-cell\"><span class=\"bar\" aria-hidden=\"true\" style=\"width:").append(bar.width())
                    .append("%\"></span> <span class=\"pct\">").append(bar.percent()).append(" %</span></td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    /**
     * The header cells of the case table: per shown column its label, and for a sortable one the link
     * that sorts by it (the other way round when it is the current order) with aria-sort and the arrow.
     */
    static String headers(List<Column> columns, Column linkColumn, OverviewUrls urls) {
        StringBuilder out = new StringBuilder(columns.size() * 300);
        for (Column col : columns) {
            String sort = urls.ariaSort(col.sortKey());
            out.append("<th scope=\"col\"");
            if (sort != null) {
                Html.attr(out, "aria-sort", sort);
            }
            Html.attr(out, "data-col", col.key());
            if (col == linkColumn) {
                out.append(" class=\"sticky\"");
            }
            out.append('>');
            if (col.sortKey() != null) {
                String href = urls.sortBy(col.sortKey());
                out.append("<a");
                Html.attr(out, "href", href);
                Html.attr(out, "hx-get", href);
                Html.attr(out, "id", "sort-" + col.key());
                out.append("><span>");
                Html.text(out, col.label());
                out.append("</span><span class=\"sort-mark\" aria-hidden=\"true\">")
                        .append("ascending".equals(sort) ? " ▲" : "descending".equals(sort) ? " ▼" : "").append("</span></a>");
            } else {
                out.append("<span>");
                Html.text(out, col.label());
                out.append("</span>");
            }
            out.append("</th>\n");
        }
        return out.toString();
    }

    private static void move(StringBuilder out, Column column, String direction, String swedish, boolean atEdge, String focusMove) {
        String value = column.key() + ":" + direction;
        out.append("<button type=\"submit\" name=\"move\"");
        Html.attr(out, "value", value);
        Html.attr(out, "id", "move-" + column.key() + "-" + direction);
        Html.attr(out, "aria-label", "Flytta " + column.label() + " " + swedish);
        if (atEdge) {
            out.append(" disabled=\"disabled\"");
        }
        if (value.equals(focusMove)) {
            out.append(" autofocus=\"autofocus\"");
        }
        out.append('>').append("up".equals(direction) ? '↑' : '↓').append("</button>");
    }

    private static int chapterCount(Map<String, Integer> counts, Icd10Chapters.Chapter chapter) {
        return counts.getOrDefault("diagnosisChapter:" + chapter.range(), 0);
    }

    private static int degreeCount(Map<String, Integer> counts, int degree) {
        return counts.getOrDefault("degree:" + degree, 0);
    }

    private static void count(StringBuilder out, String id, int n, boolean outOfBand) {
        out.append("<span");
        Html.attr(out, "id", id);
        out.append(" class=\"option-count\"");
        if (outOfBand) {
            out.append(" hx-swap-oob=\"true\"");
        }
        out.append(">(").append(n).append(")</span>");
    }

    private static void checked(StringBuilder out, boolean checked) {
        if (checked) {
            out.append(" checked=\"checked\"");
        }
    }
}
