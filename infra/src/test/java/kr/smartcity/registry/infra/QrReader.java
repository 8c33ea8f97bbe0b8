package kr.smartcity.registry.infra;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/** Reads a QR code back from a rendered page or image, as a phone's camera would find it. */
final class QrReader {

    private QrReader() {
    }

    static String read(BufferedImage image) throws NotFoundException {
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return reader.decodeWithState(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }
}
