package org.yulu.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A whole answer kept as bytes, sent again as it is: compressed in the coding the client prefers (each coding made
 * once, on the first request for it, and kept beside the plain bytes), with an ETag, and a 304 for a client that
 * holds it already. Safe for any number of threads.
 */
public final class KeptResponse {

    private final String contentType;
    private final Locale locale;
    private final byte[] plain;
    /** The plain bytes' hash; each coding's tag adds its name, as a different representation must have its own. */
    private final String hash;
    /** Each coding's bytes by its ordinal, once made. */
    private final AtomicReferenceArray<byte[]> encoded = new AtomicReferenceArray<>(ContentCoding.values().length);

    private KeptResponse(String contentType, Locale locale, byte[] plain) {
        this.contentType = contentType;
        this.locale = locale;
        this.plain = plain;
        this.hash = DigestUtils.md5DigestAsHex(plain);
    }

    /** @param locale the answer's language, sent as Content-Language; null for none */
    public static KeptResponse of(String contentType, Locale locale, byte[] body) {
        return new KeptResponse(contentType, locale, body);
    }

    /** The plain bytes' size. */
    public int size() {
        return plain.length;
    }

    /** Writes the answer, or a 304 when the request's If-None-Match names any coding of it. */
    public void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ContentCoding coding = ContentCoding.preferred(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String etag = coding == ContentCoding.IDENTITY ? "\"" + hash + "\"" : "\"" + hash + "-" + coding.token + "\"";
        addVaryAcceptEncoding(response);
        response.setHeader(HttpHeaders.ETAG, etag);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        if (locale != null) {
            response.setLocale(locale);
        }
        if (heldBy(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = bytesIn(coding);
        if (coding != ContentCoding.IDENTITY) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, coding.token);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The answer in that coding: made on the first request for it, then the same bytes each time. */
    byte[] bytesIn(ContentCoding coding) {
        if (coding == ContentCoding.IDENTITY) {
            return plain;
        }
        byte[] kept = encoded.get(coding.ordinal());
        if (kept == null) {
            // two first requests at once may both encode: the same bytes either way
            kept = coding.encode(plain);
            encoded.set(coding.ordinal(), kept);
        }
        return kept;
    }

    /** Whether an If-None-Match header names this answer in any coding (compared weakly, as RFC 9110 says). */
    private boolean heldBy(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.length() < 2 || t.charAt(0) != '"' || t.charAt(t.length() - 1) != '"') {
                continue;
            }
            String opaque = t.substring(1, t.length() - 1);
            int dash = opaque.indexOf('-');
            if ((dash < 0 ? opaque : opaque.substring(0, dash)).equals(hash)) {
                return true;
            }
        }
        return false;
    }

    /** Adds Accept-Encoding to the Vary header already set (the language's), so one header names both. */
    private static void addVaryAcceptEncoding(HttpServletResponse response) {
        List<String> vary = new ArrayList<>(response.getHeaders(HttpHeaders.VARY));
        if (vary.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("accept-encoding"))) {
            return;
        }
        vary.add(HttpHeaders.ACCEPT_ENCODING);
        response.setHeader(HttpHeaders.VARY, String.join(", ", vary));
    }
}
