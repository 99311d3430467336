package se.koordinera.sickleave.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.koordinera.sickleave.SickLeaveItem;

/** The filtered list as an Excel file: the user's visible columns, without name and personnummer under the privacy switch. */
public final class OverviewExcel {

    private OverviewExcel() {
    }

    public static void write(String unitName, LocalDate activeOn, List<SickLeaveItem> items, List<Column> columns,
            java.util.function.Function<String, String> coordinationLabel, List<String> filters, OutputStream out)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Sjukfall");
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));

            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Pågående sjukfall " + activeOn + (unitName == null ? "" : ", " + unitName) + ": " + items.size() + " st");
            // The filters in words on the second row, so that a saved file tells which selection it holds.
            sheet.createRow(1).createCell(0).setCellValue(filters.isEmpty() ? "Filter: inga (alla sjukfall på enheten)"
                    : "Filter: " + String.join("; ", filters));
            Row head = sheet.createRow(2);
            for (int c = 0; c < columns.size(); c++) {
                var cell = head.createCell(c);
                cell.setCellValue(columns.get(c).label());
                cell.setCellStyle(header);
            }
            int r = 3;
            for (SickLeaveItem item : items) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < columns.size(); c++) {
                    var cell = row.createCell(c);
                    switch (columns.get(c)) {
                        case NUMBER -> cell.setCellValue(r - 2);
                        case COORDINATION -> cell.setCellValue(coordinationLabel.apply(item.coordination()));
                        case ID -> cell.setCellValue(Labels.personnummer(item.patient().id()));
                        case AGE -> cell.setCellValue(item.patient().age());
                        case NAME -> cell.setCellValue(item.patient().name());
                        case GENDER -> cell.setCellValue(Labels.gender(item.patient().gender()));
                        case DIAGNOSIS -> cell.setCellValue(item.diagnosis().code()
                                + (item.diagnosis().text() == null ? "" : " " + item.diagnosis().text())
                                + (item.secondaryDiagnoses().isEmpty() ? "" : " (" + item.secondaryDiagnoses().stream()
                                        .map(SickLeaveItem.Diagnosis::code).collect(Collectors.joining(", ")) + ")"));
                        case OCCUPATION -> cell.setCellValue(Labels.occupation(item.occupation()));
                        case START -> {
                            cell.setCellValue(item.start());
                            cell.setCellStyle(date);
                        }
                        case END -> {
                            cell.setCellValue(item.end());
                            cell.setCellStyle(date);
                        }
                        case DAYS -> cell.setCellValue(item.days());
                        case CHAIN -> cell.setCellValue(Labels.chain(item));
                        case CERTIFICATES -> cell.setCellValue(item.certificates());
                        case DEGREE -> cell.setCellValue(Labels.degree(item));
                        case DOCTOR -> cell.setCellValue(item.doctor().name() == null ? "" : item.doctor().name());
                    }
                }
                r++;
            }
            if (!columns.isEmpty()) {
                // Autofilter on the header row and the header frozen, as one expects of a list in Excel.
                sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(2, Math.max(2, r - 1), 0, columns.size() - 1));
                sheet.createFreezePane(0, 3);
            }
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(8, columns.get(c).label().length() + 4)) * 256);
            }
            book.write(out);
        }
    }
}
