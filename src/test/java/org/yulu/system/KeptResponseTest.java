package org.yulu.system;

import com.aayushatharva.brotli4j.decoder.Decoder;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Kept answers: the coding a client asks for, made once; ETags per coding; 304 for a client holding any of them. */
class KeptResponseTest {

    private static final byte[] BODY = "{\"items\":[\"不是创新,而是习惯follow\"]}".repeat(40)
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void theCodingAClientPrefersAmongThoseItAccepts() {
        assertThat(ContentCoding.preferred("gzip, deflate, br, zstd")).isEqualTo(ContentCoding.BROTLI);
        assertThat(ContentCoding.preferred("gzip;q=1.0, br;q=0.5")).isEqualTo(ContentCoding.GZIP);
        assertThat(ContentCoding.preferred("br;q=0, gzip")).isEqualTo(ContentCoding.GZIP);
        assertThat(ContentCoding.preferred("GZIP")).isEqualTo(ContentCoding.GZIP);
        assertThat(ContentCoding.preferred("*")).isEqualTo(ContentCoding.BROTLI);
        assertThat(ContentCoding.preferred("*;q=0.5, br;q=0")).isEqualTo(ContentCoding.GZIP);
        assertThat(ContentCoding.preferred("gzip;q=0")).isEqualTo(ContentCoding.IDENTITY);
        assertThat(ContentCoding.preferred("deflate, identity")).isEqualTo(ContentCoding.IDENTITY);
        assertThat(ContentCoding.preferred("")).isEqualTo(ContentCoding.IDENTITY);
        assertThat(ContentCoding.preferred(null)).isEqualTo(ContentCoding.IDENTITY);
        assertThat(ContentCoding.preferred(";;;q=")).isEqualTo(ContentCoding.IDENTITY);
        assertThat(ContentCoding.preferred("gzip;q=abc, br;q=7")).isEqualTo(ContentCoding.IDENTITY);
        assertThat(ContentCoding.preferred(" br ; q=0.8 , gzip ; q=0.9 ")).isEqualTo(ContentCoding.GZIP);
    }

    @Test
    void eachCodingDecodesToThePlainBytesAndIsMadeOnce() throws Exception {
        KeptResponse kept = KeptResponse.of("application/json", null, BODY);

        MockHttpServletResponse gzip = send(kept, "gzip", null);
        assertThat(gzip.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzip.getContentLength()).isLessThan(BODY.length / 4);
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gzip.getContentAsByteArray())).readAllBytes())
                .isEqualTo(BODY);

        MockHttpServletResponse brotli = send(kept, "gzip, deflate, br", null);
        assertThat(brotli.getHeader("Content-Encoding")).isEqualTo("br");
        assertThat(Decoder.decompress(brotli.getContentAsByteArray()).getDecompressedData()).isEqualTo(BODY);
        assertThat(brotli.getContentLength()).isLessThan(gzip.getContentLength());

        MockHttpServletResponse plain = send(kept, null, null);
        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(plain.getContentAsByteArray()).isEqualTo(BODY);
        assertThat(plain.getContentType()).isEqualTo("application/json");
        assertThat(plain.getHeaders("Vary")).containsExactly("Accept-Encoding");

        // a repeated answer costs no compression: the very bytes made for the first request
        assertThat(kept.bytesIn(ContentCoding.GZIP)).isSameAs(kept.bytesIn(ContentCoding.GZIP));
        assertThat(kept.bytesIn(ContentCoding.BROTLI)).isSameAs(kept.bytesIn(ContentCoding.BROTLI));
    }

    @Test
    void eachCodingHasItsOwnTagAndAnyOfThemGetsA304() throws Exception {
        KeptResponse kept = KeptResponse.of("text/html;charset=UTF-8", Locale.SIMPLIFIED_CHINESE, BODY);
        String plainTag = send(kept, null, null).getHeader("ETag");
        String gzipTag = send(kept, "gzip", null).getHeader("ETag");
        String brotliTag = send(kept, "br", null).getHeader("ETag");
        assertThat(plainTag).matches("\"[0-9a-f]{32}\"");
        assertThat(gzipTag).isEqualTo(plainTag.replace("\"", "").transform(h -> "\"" + h + "-gzip\""));
        assertThat(brotliTag).isNotIn(plainTag, gzipTag);

        MockHttpServletResponse notModified = send(kept, "gzip", plainTag);
        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getContentAsByteArray()).isEmpty();
        assertThat(notModified.getHeader("ETag")).isEqualTo(gzipTag);
        assertThat(send(kept, null, "W/" + brotliTag).getStatus()).isEqualTo(304);
        assertThat(send(kept, null, "\"other\", " + gzipTag).getStatus()).isEqualTo(304);
        assertThat(send(kept, null, "*").getStatus()).isEqualTo(304);

        MockHttpServletResponse changed = send(KeptResponse.of("text/html;charset=UTF-8", Locale.SIMPLIFIED_CHINESE,
                "<p>另一页</p>".getBytes(StandardCharsets.UTF_8)), null, plainTag);
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>另一页</p>");
        assertThat(changed.getHeader("Content-Language")).isEqualTo("zh-CN");
        assertThat(send(kept, null, "\"" + plainTag.substring(1, 9) + "\", garbage, \"\"").getStatus())
                .isEqualTo(200);
    }

    private static MockHttpServletResponse send(KeptResponse kept, String acceptEncoding, String ifNoneMatch)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/search");
        if (acceptEncoding != null) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        if (ifNoneMatch != null) {
            request.addHeader("If-None-Match", ifNoneMatch);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        kept.writeTo(request, response);
        return response;
    }
}
