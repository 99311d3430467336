package se.koordinera.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * Writes plain text top-down on A4 pages with PDFBox, wrapping paragraphs and starting a new page
 * when one is full. Shared by the letters and documents Koordinera prints (FK letter, patient agreement).
 */
public final class PdfPages implements AutoCloseable {

    public static final float MARGIN = 60;
    public static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument doc;
    private PDPageContentStream stream;
    private float y;

    public PdfPages(PDDocument doc) throws IOException {
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

    public void line(PDType1Font font, float size, String text) throws IOException {
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

    public void paragraph(PDType1Font font, float size, String text) throws IOException {
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

    public void space(float points) {
        y -= points;
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }

    /** Replaces characters the standard font cannot encode (WinAnsi), so that no input can break the document. */
    public static String safe(String text, PDType1Font font) {
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
}
