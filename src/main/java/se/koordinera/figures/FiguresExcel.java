package se.koordinera.figures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.koordinera.coordination.Outcome;

/** The figures as an Excel file: one row per month, one column per figure and outcome. */
public final class FiguresExcel {

    private FiguresExcel() {
    }

    public static List<String> headers() {
        List<String> h = new ArrayList<>(List.of("Månad", "GC001-registreringar", "Patienter med insatser", "Nya ärenden", "Avslutade ärenden"));
        for (Outcome o : Outcome.values()) {
            h.add("Avslutade: " + o.label());
        }
        h.addAll(List.of("Samtycken lämnade", "Samtycken återkallade", "Information till FK", "Försenade uppföljningar",
                "DV077-registreringar", "AW026-registreringar", "Median dagar sjukskrivningsstart till erbjudande"));
        return h;
    }

    public static byte[] write(String title, List<MonthFigures> months) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Nyckeltal");
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            sheet.createRow(0).createCell(0).setCellValue(title);
            Row head = sheet.createRow(2);
            List<String> headers = headers();
            for (int c = 0; c < headers.size(); c++) {
                var cell = head.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
            }
            int r = 3;
            for (MonthFigures m : months) {
                Row row = sheet.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(m.month());
                row.createCell(c++).setCellValue(m.gc001());
                row.createCell(c++).setCellValue(m.patientsWithInterventions());
                row.createCell(c++).setCellValue(m.casesOpened());
                row.createCell(c++).setCellValue(m.casesClosed());
                for (Outcome o : Outcome.values()) {
                    row.createCell(c++).setCellValue(m.closedByOutcome().getOrDefault(o.name(), 0));
                }
                row.createCell(c++).setCellValue(m.consentsGiven());
                row.createCell(c++).setCellValue(m.consentsWithdrawn());
                row.createCell(c++).setCellValue(m.fkNotifications());
                row.createCell(c++).setCellValue(m.followUpsOverdue());
                row.createCell(c++).setCellValue(m.kva().getOrDefault("DV077", 0));
                row.createCell(c++).setCellValue(m.kva().getOrDefault("AW026", 0));
                if (m.medianDaysSickLeaveStartToOffer() != null) {
                    row.createCell(c).setCellValue(m.medianDaysSickLeaveStartToOffer());
                } else {
                    row.createCell(c).setCellValue("–");
                }

            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
