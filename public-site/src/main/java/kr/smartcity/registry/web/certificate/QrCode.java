package kr.smartcity.registry.web.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR 코드: the modules of a QR code for a text, quiet zone included, as runs of dark modules row
 * by row. The SVG image and the PDF both draw these runs as rectangles, so they stay sharp at any
 * size and print the same code.
 */
public final class QrCode {

    /** The standard quiet zone: four light modules on every side. */
    private static final int QUIET_ZONE = 4;

    private final String text;
    private final int size;
    private final List<Run> darkRuns;

    private QrCode(String text, BitMatrix modules) {
        this.text = text;
        this.size = modules.getWidth();
        this.darkRuns = runs(modules);
    }

    /** Level M (about 15 % of the code can be soiled or torn) suits a printed sheet. */
    public static QrCode of(String text) {
        try {
            Map<EncodeHintType, Object> hints = Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE);
            return new QrCode(text, new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
        }
    }

    public String text() {
        return text;
    }

    /** Modules along one side, quiet zone included. */
    public int size() {
        return size;
    }

    public List<Run> darkRuns() {
        return darkRuns;
    }

    private static List<Run> runs(BitMatrix modules) {
        List<Run> runs = new ArrayList<>();
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < modules.getWidth()) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules.getWidth() && modules.get(x, y)) {
                    x++;
                }
                runs.add(new Run(start, y, x - start));
            }
        }
        return List.copyOf(runs);
    }

    /** {@code length} dark modules from column {@code x} in row {@code y}, counted from the top left. */
    public record Run(int x, int y, int length) {
    }
}
