package se.koordinera.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import se.koordinera.coordination.FkLetter;

/**
 * The patient agreement as a PDF for the patient, in plain Swedish (R8): what you expect and
 * worry about, what we agreed, who does what by when, your contact person and the next contact.
 */
public final class AgreementPdf {

    private static final float MARGIN = 60;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private AgreementPdf() {
    }

    public record Content(String unitName, String unitPhone, String patientName, String patientId, Agreement agreement) {
    }

    public static byte[] render(Content c) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        Agreement a = c.agreement();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle("Vår överenskommelse");
            doc.getDocumentInformation().setAuthor(c.unitName());
            Writer w = new Writer(doc);
            w.line(bold, 16, "Vår överenskommelse");
            w.line(regular, 11, safe(c.unitName(), regular) + (c.unitPhone() == null ? "" : ", telefon " + safe(c.unitPhone(), regular)));
            w.space(10);
            w.line(regular, 11, "Till: " + safe(c.patientName(), regular) + ", " + FkLetter.formatPersonnummer(c.patientId()));
            w.line(regular, 11, "Datum: " + a.created().toLocalDate() + " (version " + a.version() + ")");
            w.space(12);
            w.paragraph(regular, 11, "Här står det vi har kommit överens om för att du ska kunna komma tillbaka till arbetet. "
                    + "Du kan alltid ändra dig. Hör av dig till din kontaktperson om något inte stämmer.");
            section(w, bold, regular, "Det här hoppas du på", a.expectations());
            section(w, bold, regular, "Det här oroar dig", a.worries());
            section(w, bold, regular, "Det här har vi kommit överens om", a.agreed());
            w.space(8);
            w.line(bold, 12, "Vem gör vad och när");
            if (a.actions().isEmpty()) {
                w.line(regular, 11, "Inget särskilt just nu.");
            }
            for (CarePlan.Activity act : a.actions()) {
                w.paragraph(regular, 11, "- " + safe(act.actor().label(), regular) + ": " + safe(act.text(), regular) + ". Senast "
                        + act.due() + ".");
            }
            w.space(8);
            w.line(bold, 12, "Din kontaktperson");
            w.line(regular, 11, safe(a.contactPerson(), regular) + (a.contactPhone() == null ? "" : ", telefon " + safe(a.contactPhone(), regular)));
            w.space(8);
            w.line(bold, 12, "Nästa gång vi hörs");
            w.line(regular, 11, a.nextContact().toString());
            w.space(12);
            w.paragraph(regular, 10, "Koordineringen är gratis för dig. Den är frivillig och bygger på ditt samtycke, som du kan ta tillbaka när du vill.");
            w.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(Writer w, PDType1Font bold, PDType1Font regular, String title, String text) throws IOException {
        if (text == null || text.isBlank()) {
            return;
        }
        w.space(8);
        w.line(bold, 12, title);
        w.paragraph(regular, 11, safe(text, regular));
    }

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

    /** Writes lines top-down and starts a new page when one is full. */
    private static final class Writer {
        private final PDDocument doc;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc) throws IOException {
            this.doc = doc;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        void line(PDType1Font font, float size, String text) throws IOException {
            if (y - size * 1.4f < MARGIN) {
                newPage();
            }
            y -= size * 1.4f;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(text);
            stream.endText();
        }

        void paragraph(PDType1Font font, float size, String text) throws IOException {
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
            for (String l : lines) {
                line(font, size, l);
            }
        }

        void space(float points) {
            y -= points;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
