package org.yulu.card;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;

/** The QR code of an address, module by module; the card's paper around it is its quiet zone. */
final class QrCode {

    private QrCode() {
    }

    static BitMatrix of(String address) {
        try {
            return new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 0,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    // Medium: a photo of a phone's screen still reads, with fewer and larger modules than high.
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("An address too long for a QR code: " + address, e);
        }
    }

    /** Draws the code in whole-pixel modules, as large as fit, centred in the box. */
    static void draw(Graphics2D g, BitMatrix matrix, Rectangle2D box, Color ink) {
        int module = (int) Math.floor(box.getWidth() / matrix.getWidth());
        int x0 = (int) Math.round(box.getX() + (box.getWidth() - module * matrix.getWidth()) / 2);
        int y0 = (int) Math.round(box.getY() + (box.getHeight() - module * matrix.getHeight()) / 2);
        g.setColor(ink);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    g.fillRect(x0 + x * module, y0 + y * module, module, module);
                }
            }
        }
    }
}
