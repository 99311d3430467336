package se.koordinera.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import se.koordinera.web.PdfPages;

/** The patient's log extract as a PDF, in plain Swedish: who, when, where, what. */
final class ExtractPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ExtractPdf() {
    }

    static byte[] render(String scopeName, String patient, List<AccessLogEntry> entries) {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (PdfPages pages = new PdfPages(doc)) {
                pages.line(bold, 16, "Loggutdrag");
                pages.line(plain, 11, PdfPages.safe("Patient: " + patient, plain));
                pages.line(plain, 11, PdfPages.safe("Omfattning: " + scopeName, plain));
                pages.line(plain, 11, "Antal händelser: " + entries.size());
                pages.space(12);
                for (AccessLogEntry e : entries) {
                    pages.line(bold, 10, PdfPages.safe(TIME.format(e.time()) + "  " + e.action().label() + "  " + e.function(), bold));
                    pages.paragraph(plain, 10, PdfPages.safe(e.userName() + " (" + e.userHsaId() + "), " + e.assignment() + ", "
                            + (e.unitName() == null ? e.unitId() : e.unitName()), plain));
                    pages.space(4);
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
