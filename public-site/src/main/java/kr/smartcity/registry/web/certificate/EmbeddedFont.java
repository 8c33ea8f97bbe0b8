package kr.smartcity.registry.web.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

/**
 * A TrueType font shipped on the classpath, read once and embedded into each PDF as the subset of
 * the glyphs that PDF uses (a few kilobytes instead of the whole Hangul set). Each document parses
 * its own copy: a parsed font is not safe to share between requests.
 */
final class EmbeddedFont {

    private final byte[] file;

    EmbeddedFont(String resource) {
        try {
            this.file = new ClassPathResource(resource).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + resource + " is missing from the classpath", e);
        }
    }

    /** Horizontal writing; the document closes the parsed font once it has written the subset. */
    PDType0Font into(PDDocument document) throws IOException {
        return PDType0Font.load(document, new RandomAccessReadBuffer(file), true, false);
    }
}
