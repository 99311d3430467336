package se.koordinera.sickleave.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.koordinera.sickleave.SickLeaveItem;

/**
 * The overview table's body rows, written here in Java with every text HTML-escaped, and printed
 * by the template as one block. Evaluating the cells in Thymeleaf (a switch over fifteen column
 * keys per cell, each value read through SpEL) was three quarters of the page's time for a page
 * of 100 rows (issue 13, docs/benchmarks.md §6); the header, filters and the print view stay templates.
 */
final class OverviewRows {

    /** How the template prints a cell. */
    enum Kind { TEXT, LINK, DIAGNOSIS, COORDINATION }

    /**
     * One cell. {@code text}: what it shows (the link's text, the diagnosis code, the case state);
     * {@code ariaLabel}: the patient link's or the register button's accessible name where the text alone does not say it;
     * {@code href}: the coordination case; {@code title}: the diagnosis text; {@code extra}: the secondary
     * diagnoses (" F32 M54") or what the case waits for.
     */
    record Cell(String key, String css, Kind kind, String text, String ariaLabel, String href, String title, String extra,
            boolean mayRegister) {
    }

    /** One row: the patient (null under the privacy switch, for {@code data-patient}), the patient page's address and the cells. */
    record Row(String dataPatient, String patientId, String patientHref, List<Cell> cells) {
    }

    /** What the coordination column needs to know about the listed patients. */
    record Coordination(Map<String, Long> caseIds, Map<Long, String> waiting, boolean mayRegister, Function<String, String> label) {
    }

    private OverviewRows() {
    }

    /** The form (in the template, with its token) that every row's "Registrera ärende" button submits. */
    static final String REGISTER_FORM_ID = "register-case-form";

    /** The rows as the {@code <tbody>}'s HTML. Every text and attribute value is escaped. */
    static String html(List<Row> rows) {
        StringBuilder out = new StringBuilder(rows.size() * 900);
        for (Row row : rows) {
            out.append("<tr");
            if (row.dataPatient() != null) {
                Html.attr(out, "data-patient", row.dataPatient());
            }
            out.append(">\n");
            for (Cell cell : row.cells()) {
                out.append("  <td");
                if (cell.css() != null) {
                    Html.attr(out, "class", cell.css());
                }
                Html.attr(out, "data-col", cell.key());
                out.append('>');
                switch (cell.kind()) {
                    case TEXT -> Html.text(out, cell.text());
                    case LINK -> {
                        out.append("<a");
                        Html.attr(out, "href", row.patientHref());
                        out.append(" class=\"patient-link\"");
                        if (cell.ariaLabel() != null) {
                            Html.attr(out, "aria-label", cell.ariaLabel());
                        }
                        out.append('>');
                        Html.text(out, cell.text());
                        out.append("</a>");
                    }
                    case DIAGNOSIS -> {
                        out.append("<abbr");
                        if (cell.title() != null) {
                            Html.attr(out, "title", cell.title());
                        }
                        out.append('>');
                        Html.text(out, cell.text());
                        out.append("</abbr>");
                        if (cell.title() != null) {
                            out.append("<span class=\"visually-hidden\"> ");
                            Html.text(out, cell.title());
                            out.append("</span>");
                        }
                        if (cell.extra() != null) {
                            out.append(" <span class=\"secondary\"><span class=\"visually-hidden\">Bidiagnoser:</span>");
                            Html.text(out, cell.extra());
                            out.append("</span>");
                        }
                    }
                    case COORDINATION -> coordinationHtml(out, row, cell);
                }
                out.append("</td>\n");
            }
            out.append("</tr>\n");
        }
        return out.toString();
    }

    private static void coordinationHtml(StringBuilder out, Row row, Cell cell) {
        if (cell.href() != null) {
            out.append("<a class=\"case-link\"");
            Html.attr(out, "href", cell.href());
            out.append('>');
            Html.text(out, cell.text());
            out.append("</a>");
            if (cell.extra() != null) {
                out.append(" <span class=\"waiting hint\">");
                Html.text(out, cell.extra());
                out.append("</span>");
            }
        } else if (cell.mayRegister()) {
            // A button of the one register form, naming its patient: a form per row repeated the
            // token and three fields a hundred times, a fifth of the page's bytes (issue 13).
            out.append("<button type=\"submit\" form=\"" + REGISTER_FORM_ID + "\" class=\"small register-case\" name=\"patientId\"");
            Html.attr(out, "value", row.patientId());
            Html.attr(out, "aria-label", cell.ariaLabel());
            out.append(">Registrera ärende</button>");
        } else {
            out.append('–');
        }
    }

    static List<Row> of(List<SickLeaveItem> items, List<Column> columns, Column linkColumn, int offset, boolean privacy,
            Coordination coordination, Function<String, String> patientReference) {
        List<Row> rows = new ArrayList<>(items.size());
        for (int n = 0; n < items.size(); n++) {
            SickLeaveItem item = items.get(n);
            int number = offset + n + 1;
            List<Cell> cells = new ArrayList<>(columns.size());
            for (Column col : columns) {
                String css = col == linkColumn ? "sticky" : col.date() ? "date" : null;
                cells.add(col == linkColumn ? link(col, item, number, privacy, css) : cell(col, item, number, privacy, css, coordination));
            }
            String id = item.patient().id();
            rows.add(new Row(privacy ? null : id, id, "/patient/" + patientReference.apply(id), List.copyOf(cells)));
        }
        return rows;
    }

    private static Cell link(Column col, SickLeaveItem item, int number, boolean privacy, String css) {
        String text = col == Column.NAME ? item.patient().name() : col == Column.ID ? Labels.personnummer(item.patient().id()) : String.valueOf(number);
        return new Cell(col.key(), css, Kind.LINK, text, privacy ? "Öppna patienten på rad " + number : null, null, null, null, false);
    }

    private static Cell cell(Column col, SickLeaveItem item, int number, boolean privacy, String css, Coordination coordination) {
        return switch (col) {
            case NUMBER -> text(col, css, String.valueOf(number));
            case COORDINATION -> coordination(col, item, number, privacy, css, coordination);
            case ID -> text(col, css, Labels.personnummer(item.patient().id()));
            case AGE -> text(col, css, String.valueOf(item.patient().age()));
            case NAME -> text(col, css, item.patient().name());
            case GENDER -> text(col, css, Labels.gender(item.patient().gender()));
            case DIAGNOSIS -> new Cell(col.key(), css, Kind.DIAGNOSIS, item.diagnosis().code(), null, null, item.diagnosis().text(),
                    item.secondaryDiagnoses().isEmpty() ? null
                            : item.secondaryDiagnoses().stream().map(d -> " " + d.code()).reduce("", String::concat), false);
            case OCCUPATION -> text(col, css, Labels.occupation(item.occupation()));
            case START -> text(col, css, String.valueOf(item.start()));
            case END -> text(col, css, String.valueOf(item.end()));
            case DAYS -> text(col, css, String.valueOf(item.days()));
            case CHAIN -> text(col, css, Labels.chain(item));
            case CERTIFICATES -> text(col, css, String.valueOf(item.certificates()));
            case DEGREE -> text(col, css, Labels.degree(item));
            case DOCTOR -> text(col, css, item.doctor().name());
        };
    }

    private static Cell text(Column col, String css, String text) {
        return new Cell(col.key(), css, Kind.TEXT, text, null, null, null, null, false);
    }

    /** The open case's state linking to the case, and what it waits for; else "Registrera ärende" for those who may, else "–". */
    private static Cell coordination(Column col, SickLeaveItem item, int number, boolean privacy, String css, Coordination c) {
        Long caseId = c.caseIds().get(item.patient().id());
        if (caseId != null) {
            return new Cell(col.key(), css, Kind.COORDINATION, c.label().apply(item.coordination()), null, "/koordinering/arenden/" + caseId,
                    null, c.waiting().get(caseId), false);
        }
        String register = privacy ? "Registrera ärende för patienten på rad " + number : "Registrera ärende för " + item.patient().name();
        return new Cell(col.key(), css, Kind.COORDINATION, null, c.mayRegister() ? register : null, null, null, null, c.mayRegister());
    }
}
