package se.koordinera.coordination;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import se.koordinera.web.PdfPages;

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
            PdfPages w = new PdfPages(doc);
            w.line(bold, 14, PdfPages.safe(c.unitName(), bold));
            if (c.unitAddress() != null) {
                w.line(regular, 10, PdfPages.safe(c.unitAddress(), regular));
            }
            if (c.unitPhone() != null) {
                w.line(regular, 10, "Telefon: " + PdfPages.safe(c.unitPhone(), regular));
            }
            w.space(24);
            w.line(regular, 11, "Till: Försäkringskassan");
            w.line(regular, 11, "Datum: " + c.date());
            w.space(18);
            w.line(bold, 13, "Information om behov av rehabiliteringsåtgärder");
            w.space(8);
            w.line(regular, 11, "Patient: " + PdfPages.safe(c.patientName(), regular));
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
                w.paragraph(regular, 11, PdfPages.safe(c.note(), regular));
            }
            w.space(18);
            w.line(bold, 11, "Kontaktperson");
            w.line(regular, 11, PdfPages.safe(c.contactName(), regular) + ", " + PdfPages.safe(c.contactProfession(), regular));
            w.line(regular, 11, PdfPages.safe(c.unitName(), regular) + (c.unitPhone() == null ? "" : ", telefon " + PdfPages.safe(c.unitPhone(), regular)));
            w.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
