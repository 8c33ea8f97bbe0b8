package kr.smartcity.registry.web.certificate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks a text into lines that fit a width: between words (Korean is written with spaces too),
 * and inside a word only when the word alone is wider than the line, as a long address can be.
 */
final class LineBreaker {

    private final PDFont font;
    private final float size;

    LineBreaker(PDFont font, float size) {
        this.font = font;
        this.size = size;
    }

    float width(String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    List<String> lines(String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.strip().split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (width(longer) <= maxWidth) {
                line = longer;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = word;
            while (width(line) > maxWidth) {
                int fits = fittingLength(line, maxWidth);
                lines.add(line.substring(0, fits));
                line = line.substring(fits);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** How many characters of the text fit, at least one so that breaking always ends. */
    private int fittingLength(String text, float maxWidth) throws IOException {
        int length = text.offsetByCodePoints(0, 1);
        while (length < text.length()) {
            int next = text.offsetByCodePoints(length, 1);
            if (width(text.substring(0, next)) > maxWidth) {
                break;
            }
            length = next;
        }
        return length;
    }
}
