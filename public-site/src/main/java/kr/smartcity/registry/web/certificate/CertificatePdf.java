package kr.smartcity.registry.web.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.springframework.stereotype.Component;

/**
 * The certificate as one A4 page of PDF: the words of {@link Certificate}, set in NanumGothic
 * (SIL OFL 1.1, embedded as a subset so Korean shows in any reader) and the 진위확인 QR code drawn
 * as vector squares, sharp on any printer.
 */
@Component
public class CertificatePdf {

    private static final PDRectangle PAGE = PDRectangle.A4;
    /** Text starts and ends about 32 mm from the page's edges, inside a double frame. */
    private static final float LEFT = 90;
    private static final float RIGHT = PAGE.getWidth() - 90;
    private static final float LABEL_SIZE = 11;
    private static final float LABEL_GAP = 16;
    private static final float QR_SIDE = 100;
    private static final float QR_BOTTOM = 78;
    private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    private static final Color FRAME = new Color(0x00, 0x4a, 0x99);
    private static final Color WARNING = new Color(0xa8, 0x00, 0x00);

    private final EmbeddedFont regular = new EmbeddedFont("fonts/NanumGothic.ttf");
    private final EmbeddedFont bold = new EmbeddedFont("fonts/NanumGothicBold.ttf");

    public byte[] of(Certificate certificate) {
        try (PDDocument document = new PDDocument()) {
            describe(document, certificate);
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new Sheet(content, regular.into(document), bold.into(document)).draw(certificate);
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the certificate " + certificate.number(), e);
        }
    }

    /** Title and language for readers, search and assistive technology. */
    private static void describe(PDDocument document, Certificate certificate) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(certificate.title() + " " + certificate.number());
        information.setAuthor(certificate.issuer());
        information.setSubject(certificate.verificationUrl());
        document.getDocumentCatalog().setLanguage(certificate.language());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    /** One page being drawn from the top down; {@code y} is the baseline of the next line. */
    private static final class Sheet {

        private final PDPageContentStream content;
        private final PDFont regular;
        private final PDFont bold;
        private float y = PAGE.getHeight() - 118;
        private float labelWidth;

        Sheet(PDPageContentStream content, PDFont regular, PDFont bold) {
            this.content = content;
            this.regular = regular;
            this.bold = bold;
        }

        void draw(Certificate certificate) throws IOException {
            frame();
            centred(certificate.title(), bold, 28, INK);
            y -= 46;
            if (certificate.notice() != null) {
                notice(certificate.notice());
            }
            labelWidth = widestLabel(certificate.entries()) + LABEL_GAP;
            for (Certificate.Entry entry : certificate.entries()) {
                entry(entry);
            }
            y -= 26;
            paragraph(certificate.statement(), regular, 13, 21, LEFT, RIGHT - LEFT, INK);
            y -= 30;
            centred(certificate.certifiedOn(), regular, 13, INK);
            y -= 44;
            centred(certificate.issuer(), bold, 22, INK);
            verification(certificate);
        }

        private void frame() throws IOException {
            content.setStrokingColor(FRAME);
            content.setLineWidth(2.5f);
            content.addRect(28, 28, PAGE.getWidth() - 56, PAGE.getHeight() - 56);
            content.stroke();
            content.setLineWidth(0.8f);
            content.addRect(35, 35, PAGE.getWidth() - 70, PAGE.getHeight() - 70);
            content.stroke();
        }

        /** 효력정지·취소·만료: a framed warning above the entries, in words first and colour second. */
        private void notice(String notice) throws IOException {
            float padding = 10;
            float lineHeight = 18;
            List<String> lines = new LineBreaker(bold, 12).lines(printable(notice, bold), RIGHT - LEFT - 2 * padding);
            float height = lines.size() * lineHeight + 2 * padding - 4;
            float top = y + 14;
            content.setStrokingColor(WARNING);
            content.setLineWidth(1.5f);
            content.addRect(LEFT, top - height, RIGHT - LEFT, height);
            content.stroke();
            y = top - padding - 12;
            for (String line : lines) {
                text(line, bold, 12, LEFT + padding, WARNING);
                y -= lineHeight;
            }
            y = top - height - 26;
        }

        /** 항목명 on the left, its value wrapped beside it in a column as wide as the longest label allows. */
        private void entry(Certificate.Entry entry) throws IOException {
            text(printable(entry.label(), bold), bold, LABEL_SIZE, LEFT, INK);
            paragraph(entry.value(), regular, 12, 18, LEFT + labelWidth, RIGHT - LEFT - labelWidth, INK);
            y -= 8;
        }

        private float widestLabel(List<Certificate.Entry> entries) throws IOException {
            LineBreaker labels = new LineBreaker(bold, LABEL_SIZE);
            float widest = 0;
            for (Certificate.Entry entry : entries) {
                widest = Math.max(widest, labels.width(printable(entry.label(), bold)));
            }
            return widest;
        }

        private void paragraph(String text, PDFont font, float size, float lineHeight, float x, float width,
                               Color color) throws IOException {
            for (String line : new LineBreaker(font, size).lines(printable(text, font), width)) {
                text(line, font, size, x, color);
                y -= lineHeight;
            }
        }

        /** One line in the middle of the page, set smaller where it would not fit between the margins. */
        private void centred(String text, PDFont font, float size, Color color) throws IOException {
            String printable = printable(text, font);
            float width = new LineBreaker(font, size).width(printable);
            float fitting = width > RIGHT - LEFT ? size * (RIGHT - LEFT) / width : size;
            text(printable, font, fitting, (PAGE.getWidth() - Math.min(width, RIGHT - LEFT)) / 2, color);
        }

        /** The QR code at the foot of the page, with the address it holds beside it. */
        private void verification(Certificate certificate) throws IOException {
            QrCode code = QrCode.of(certificate.verificationUrl());
            float module = QR_SIDE / code.size();
            content.setNonStrokingColor(Color.BLACK);
            for (QrCode.Run run : code.darkRuns()) {
                content.addRect(LEFT + run.x() * module, QR_BOTTOM + QR_SIDE - (run.y() + 1) * module,
                        run.length() * module, module);
            }
            content.fill();
            float captionX = LEFT + QR_SIDE + 12;
            float captionWidth = RIGHT - captionX;
            y = QR_BOTTOM + QR_SIDE - 22;
            paragraph(certificate.verificationLabel(), bold, 10, 15, captionX, captionWidth, INK);
            y -= 2;
            paragraph(certificate.verificationUrl(), regular, 10, 15, captionX, captionWidth, FRAME);
        }

        private void text(String text, PDFont font, float size, float x, Color color) throws IOException {
            content.beginText();
            content.setNonStrokingColor(color);
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        /** A character the font lacks (an emoji in a service name) prints as "?" rather than failing the PDF. */
        private static String printable(String text, PDFont font) {
            StringBuilder printable = new StringBuilder();
            text.codePoints().forEach(codePoint -> {
                String character = Character.isWhitespace(codePoint) ? " " : Character.toString(codePoint);
                printable.append(encodable(character, font) ? character : "?");
            });
            return printable.toString();
        }

        private static boolean encodable(String character, PDFont font) {
            try {
                font.encode(character);
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}
