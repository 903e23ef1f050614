package org.yulu.system;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** The encodings a kept answer is sent in: brotli where its native library loads, gzip, or the bytes as they are. */
enum ContentCoding {
    BROTLI("br") {
        @Override
        byte[] encode(byte[] body) {
            try {
                return Encoder.compress(body, BROTLI_PARAMETERS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },
    GZIP("gzip") {
        @Override
        byte[] encode(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
                zip.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    },
    IDENTITY("identity") {
        @Override
        byte[] encode(byte[] body) {
            return body;
        }
    };

    private static final Logger log = LoggerFactory.getLogger(ContentCoding.class);
    /** Text-tuned and a middle quality: each answer is compressed once, but its first reader waits for it. */
    private static final Encoder.Parameters BROTLI_PARAMETERS = new Encoder.Parameters().setQuality(6)
            .setMode(Encoder.Mode.TEXT);

    final String token;

    ContentCoding(String token) {
        this.token = token;
    }

    abstract byte[] encode(byte[] body);

    /**
     * The coding a client's {@code Accept-Encoding} prefers among those it accepts (quality above 0, {@code *}
     * included, an explicit {@code q=0} refusing), brotli before gzip at equal quality; identity when it names
     * neither or the header is missing.
     */
    static ContentCoding preferred(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return IDENTITY;
        }
        ContentCoding best = IDENTITY;
        double bestQuality = 0;
        for (ContentCoding coding : List.of(BROTLI, GZIP)) {
            if (coding == BROTLI && !BrotliLibrary.AVAILABLE) {
                continue;
            }
            double quality = qualityOf(coding.token, acceptEncoding);
            if (quality > bestQuality) {
                best = coding;
                bestQuality = quality;
            }
        }
        return best;
    }

    /**
     * The quality the header gives the coding by name, else by {@code *}, else 0 (RFC 9110, 12.5.3). A quality that
     * is not a number between 0 and 1 counts as 0.
     */
    private static double qualityOf(String token, String acceptEncoding) {
        double wildcard = 0;
        for (String entry : acceptEncoding.split(",")) {
            String[] parts = entry.split(";");
            String named = parts[0].strip().toLowerCase(Locale.ROOT);
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    quality = quality(parameter.substring(2));
                }
            }
            if (named.equals(token)) {
                return quality;
            }
            if (named.equals("*")) {
                wildcard = quality;
            }
        }
        return wildcard;
    }

    private static double quality(String value) {
        try {
            double q = Double.parseDouble(value);
            return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Loaded when a client first asks for a compressed answer, not at the start. */
    private static final class BrotliLibrary {

        static final boolean AVAILABLE = load();

        private static boolean load() {
            try {
                Brotli4jLoader.ensureAvailability();
                return true;
            } catch (Exception | LinkageError e) {
                log.warn("Answers are not sent in brotli: its native library does not load on this platform ({}); "
                        + "gzip is", e.toString());
                return false;
            }
        }
    }
}
