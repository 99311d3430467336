package se.koordinera.coordination;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The letter informing Försäkringskassan that the patient needs rehabilitation measures
 * (R7; socialförsäkringsbalken 30 kap., lag 2019:1297 4 §). Swedish, on the unit's letterhead,
 * with the patient, the contact person and the date; never a diagnosis (R6). Rendered once and
 * stored, so the letter read later is the letter that was sent.
 */
public final class FkLetter {

    public record Content(String unitName, String unitAddress, String unitPhone, String patientName, String patientId,
            String contactName, String contactProfession, LocalDate date, String note) {
    }

    private static final float MARGIN = 60;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private FkLetter() {
    }

    public static String formatPersonnummer(String id) {
        return id.length() == 12 ? id.substring(0, 8) + "-" + id.substring(8) : id;
    }

    public static byte[] render(Content c) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Information till Försäkringskassan om behov av rehabiliteringsåtgärder");
            info.setAuthor(c.unitName());
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("Europe/Stockholm"));
            created.clear();
            created.set(c.date().getYear(), c.date().getMonthValue() - 1, c.date().getDayOfMonth());
            info.setCreationDate(created);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            Writer w = new Writer(doc, page, regular, bold);
            w.line(bold, 14, safe(c.unitName(), bold));
            if (c.unitAddress() != null) {
                w.line(regular, 10, safe(c.unitAddress(), regular));
            }
            if (c.unitPhone() != null) {
                w.line(regular, 10, "Telefon: " + safe(c.unitPhone(), regular));
            }
            w.space(24);
            w.line(regular, 11, "Till: Försäkringskassan");
            w.line(regular, 11, "Datum: " + c.date());
            w.space(18);
            w.line(bold, 13, "Information om behov av rehabiliteringsåtgärder");
            w.space(8);
            w.line(regular, 11, "Patient: " + safe(c.patientName(), regular));
            w.line(regular, 11, "Personnummer: " + formatPersonnummer(c.patientId()));
            w.space(12);
            w.paragraph(regular, 11, "Vårdenheten informerar härmed Försäkringskassan, med patientens samtycke, om att patienten "
                    + "är i behov av rehabiliteringsåtgärder enligt 30 kap. socialförsäkringsbalken (2010:110). Informationen lämnas "
                    + "inom ramen för koordineringsinsatser enligt lagen (2019:1297) om koordineringsinsatser för sjukskrivna patienter, 4 §.");
            w.space(8);
            w.paragraph(regular, 11, "Vårdenheten medverkar gärna vid ett avstämningsmöte. Kontakta kontaktpersonen nedan.");
            if (c.note() != null && !c.note().isBlank()) {
                w.space(8);
                w.line(bold, 11, "Övrigt");
                w.paragraph(regular, 11, safe(c.note(), regular));
            }
            w.space(18);
            w.line(bold, 11, "Kontaktperson");
            w.line(regular, 11, safe(c.contactName(), regular) + ", " + safe(c.contactProfession(), regular));
            w.line(regular, 11, safe(c.unitName(), regular) + (c.unitPhone() == null ? "" : ", telefon " + safe(c.unitPhone(), regular)));
            w.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces characters the standard font cannot encode (WinAnsi), so that no input can break the letter. */
    static String safe(String text, PDType1Font font) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String s = Character.isWhitespace(cp) ? " " : new String(Character.toChars(cp));
            try {
                font.encode(s);
                b.append(s);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }

    private static final class Writer {
        private final PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc, PDPage page, PDType1Font regular, PDType1Font bold) throws IOException {
            this.stream = new PDPageContentStream(doc, page);
            this.y = page.getMediaBox().getHeight() - MARGIN;
        }

        void line(PDType1Font font, float size, String text) throws IOException {
            y -= size * 1.4f;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(text);
            stream.endText();
        }

        void paragraph(PDType1Font font, float size, String text) throws IOException {
            for (String l : wrap(font, size, text)) {
                line(font, size, l);
            }
        }

        void space(float points) {
            y -= points;
        }

        void close() throws IOException {
            stream.close();
        }

        private static List<String> wrap(PDType1Font font, float size, String text) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !current.isEmpty()) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
            return lines.size() > 40 ? lines.subList(0, 40) : lines;
        }
    }
}
