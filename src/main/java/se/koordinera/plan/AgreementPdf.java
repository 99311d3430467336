package se.koordinera.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import se.koordinera.coordination.FkLetter;
import se.koordinera.web.PdfPages;

/**
 * The patient agreement as a PDF for the patient, in plain Swedish (R8): what you expect and
 * worry about, what we agreed, who does what by when, your contact person and the next contact.
 */
public final class AgreementPdf {


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
            PdfPages w = new PdfPages(doc);
            w.line(bold, 16, "Vår överenskommelse");
            w.line(regular, 11, PdfPages.safe(c.unitName(), regular) + (c.unitPhone() == null ? "" : ", telefon " + PdfPages.safe(c.unitPhone(), regular)));
            w.space(10);
            w.line(regular, 11, "Till: " + PdfPages.safe(c.patientName(), regular) + ", " + FkLetter.formatPersonnummer(c.patientId()));
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
                w.paragraph(regular, 11, "- " + PdfPages.safe(act.actor().label(), regular) + ": " + PdfPages.safe(act.text(), regular) + ". Senast "
                        + act.due() + ".");
            }
            w.space(8);
            w.line(bold, 12, "Din kontaktperson");
            w.line(regular, 11, PdfPages.safe(a.contactPerson(), regular) + (a.contactPhone() == null ? "" : ", telefon " + PdfPages.safe(a.contactPhone(), regular)));
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

    private static void section(PdfPages w, PDType1Font bold, PDType1Font regular, String title, String text) throws IOException {
        if (text == null || text.isBlank()) {
            return;
        }
        w.space(8);
        w.line(bold, 12, title);
        w.paragraph(regular, 11, PdfPages.safe(text, regular));
    }

}
