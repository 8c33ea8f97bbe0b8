package kr.smartcity.registry.web.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table as CSV (RFC 4180: CRLF line ends; a cell with a comma, quote or line break in quotes, its quotes
 * doubled) in UTF-8 with a byte order mark, which Excel needs to read Korean. Empty cells stand for null. Public for
 * the staff pages' exports.
 */
public final class Csv {

    private static final String BOM = "\uFEFF";
    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Csv() {
    }

    /** A 200 answer that browsers save as the file {@code filename}; the caller adds the body. */
    public static ResponseEntity.BodyBuilder download(String filename) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString());
    }

    /** The header line, then one line per row with the cells {@code cells} gives for it, in header order. */
    public static <T> byte[] of(List<String> header, List<T> rows, Function<T, List<?>> cells) {
        StringBuilder csv = new StringBuilder(BOM).append(line(header));
        rows.forEach(row -> csv.append(line(cells.apply(row))));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        // Free text (names, reasons) must not run as a spreadsheet formula when the file is opened.
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
