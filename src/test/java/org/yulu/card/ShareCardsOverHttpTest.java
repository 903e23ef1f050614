package org.yulu.card;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A permalink page's cards over real HTTP on the seed texts, through every filter a reader's request passes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShareCardsOverHttpTest {

    static final String QUOTE = "/quotes/000_ce303afc9506ad64-1";
    static final String EXCHANGE = "/exchanges/003_becfb7cbb320fc93-5";

    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ownDataDir(DynamicPropertyRegistry registry) throws IOException {
        String dataDir = Files.createTempDirectory("yulu-cards-http-test").toString();
        registry.add("yulu.data-dir", () -> dataDir);
    }

    HttpResponse<byte[]> get(String pathOrUrl, String... headers) throws Exception {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + port + pathOrUrl;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    String page(String path) throws Exception {
        return new String(get(path).body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    static String found(String html, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(html);
        assertThat(m.find()).as(pattern).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    @Test
    void thePreviewImageOfAPermalinkIsItsWideCardCachedForGood() throws Exception {
        String image = found(page(QUOTE), "<meta property=\"og:image\" content=\"([^\"]+)\"");
        assertThat(image).startsWith("http://localhost:" + port + "/cards" + QUOTE + ".png?v=");

        HttpResponse<byte[]> card = get(image);

        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(card.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(card.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(card.body()));
        assertThat(picture.getWidth()).isEqualTo(1200);
        assertThat(picture.getHeight()).isEqualTo(630);

        String etag = card.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = get(image, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void theSaveLinkOfAnExchangeIsItsTallCard() throws Exception {
        String html = page(EXCHANGE);
        String tall = found(html, "<p class=\"save-card\"><a href=\"([^\"]+)\"");
        assertThat(html).contains("download=\"yulu-003_becfb7cbb320fc93-5-tall.png\"");

        HttpResponse<byte[]> card = get(tall);

        assertThat(card.statusCode()).isEqualTo(200);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(card.body()));
        assertThat(picture.getWidth()).isEqualTo(1080);
        assertThat(picture.getHeight()).isEqualTo(1440);
    }

    @Test
    void cardsAreUpInTheHealthReport() throws Exception {
        String health = new String(get("/actuator/health").body(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(health).contains("\"status\":\"UP\"").contains("\"cards\":{\"status\":\"UP\"}");
    }
}
