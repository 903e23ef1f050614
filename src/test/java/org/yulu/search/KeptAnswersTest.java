package org.yulu.search;

import com.aayushatharva.brotli4j.decoder.Decoder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yulu.OwnSeeds;
import org.yulu.TestHttp;
import org.yulu.importer.SeedImporter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search answers kept between requests: the same page or JSON again, per language, compressed when asked, with
 * ETags and 304s, and never one of an older index.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeptAnswersTest {

    static final String THOUGHTS = "000_ce303afc9506ad64.txt";
    static Path seeds;

    @LocalServerPort
    int port;

    @Autowired
    SeedImporter importer;

    @DynamicPropertySource
    static void seedsOfItsOwn(DynamicPropertyRegistry registry) throws IOException {
        seeds = OwnSeeds.register(registry, "pagecache", THOUGHTS);
    }

    @Test
    void aKeptPageIsTheSamePageInItsLanguageUntilTheIndexChanges() throws IOException {
        TestHttp http = new TestHttp(port);
        String path = "/search?q=" + URLEncoder.encode("鸬鹚", StandardCharsets.UTF_8);

        HttpResponse<String> first = http.get(path);
        HttpResponse<String> again = http.get(path);
        assertThat(first.body()).contains("没有找到与“鸬鹚”相关的内容。");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(again.headers().firstValue("Content-Language")).hasValue("zh-CN");
        assertThat(again.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(again.headers().firstValue("X-Frame-Options")).hasValue("DENY");

        HttpResponse<String> english = http.get(path, "Accept-Language", "en");
        assertThat(english.body()).contains("Nothing found for “鸬鹚”.").contains("<html lang=\"en\"");
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(http.get(path).body()).isEqualTo(first.body());

        Path file = seeds.resolve(THOUGHTS);
        Files.writeString(file, Files.readString(file) + "\n\n31.鸬鹚捕鱼,各有分工。\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertThat(importer.importAll()).isEqualTo(1);

        assertThat(http.get(path).body()).contains("<mark>鸬鹚</mark>捕鱼").doesNotContain("没有找到");
        assertThat(http.get(path, "Accept-Language", "en").body()).contains("<mark>鸬鹚</mark>捕鱼");
    }

    @Test
    void aKeptAnswerIsSentCompressedWhenAskedAndNotAgainToAClientHoldingIt() throws Exception {
        TestHttp http = new TestHttp(port);
        String path = "/api/search?q=" + URLEncoder.encode("创新", StandardCharsets.UTF_8);

        HttpResponse<byte[]> plain = http.bytes(path);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("<mark>创新</mark>");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().allValues("Vary")).anyMatch(v -> v.toLowerCase().contains("accept-encoding"));
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        assertThat(http.bytes(path).headers().firstValue("ETag")).hasValue(etag);

        HttpResponse<byte[]> gzip = http.bytes(path, "Accept-Encoding", "gzip");
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzip.headers().firstValue("Content-Length")).hasValue(String.valueOf(gzip.body().length));
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes()).isEqualTo(plain.body());
        HttpResponse<byte[]> brotli = http.bytes(path, "Accept-Encoding", "gzip, deflate, br");
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(Decoder.decompress(brotli.body()).getDecompressedData()).isEqualTo(plain.body());
        assertThat(brotli.body().length).isLessThan(plain.body().length / 3);

        HttpResponse<byte[]> held = http.bytes(path, "If-None-Match", etag, "Accept-Encoding", "gzip");
        assertThat(held.statusCode()).isEqualTo(304);
        assertThat(held.body()).isEmpty();
        assertThat(held.headers().firstValue("ETag")).hasValue(gzip.headers().firstValue("ETag").orElseThrow());
        assertThat(held.headers().firstValue("Content-Security-Policy")).isPresent();

        String page = "/search?q=" + URLEncoder.encode("创新", StandardCharsets.UTF_8);
        String pageTag = http.bytes(page).headers().firstValue("ETag").orElseThrow();
        assertThat(pageTag).isNotEqualTo(etag);
        assertThat(http.bytes(page, "If-None-Match", pageTag).statusCode()).isEqualTo(304);
        assertThat(http.bytes(page, "If-None-Match", etag).statusCode()).isEqualTo(200);
        // the English page is another representation with its own tag
        assertThat(http.bytes(page, "If-None-Match", pageTag, "Accept-Language", "en").statusCode()).isEqualTo(200);

        Path file = seeds.resolve(THOUGHTS);
        Files.writeString(file, Files.readString(file) + "\n\n32.创新要从模仿走到原创。\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        assertThat(importer.importAll()).isEqualTo(1);
        HttpResponse<byte[]> changed = http.bytes(path, "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(new String(changed.body(), StandardCharsets.UTF_8)).contains("从模仿走到原创");
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    @Test
    void otherPagesAreCompressedOnEachResponseWhenAsked() throws Exception {
        TestHttp http = new TestHttp(port);
        String path = "/quotes/000_ce303afc9506ad64-2";
        HttpResponse<byte[]> plain = http.bytes(path);
        HttpResponse<byte[]> gzip = http.bytes(path, "Accept-Encoding", "gzip, deflate, br");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzip.headers().allValues("Vary")).anyMatch(v -> v.toLowerCase().contains("accept-encoding"));
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes()).isEqualTo(plain.body());
        // one weak tag names the page in either encoding: a 304 for a client holding either
        String etag = gzip.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("W/\"").isEqualTo(plain.headers().firstValue("ETag").orElseThrow());
        assertThat(http.bytes(path, "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(http.bytes(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void errorsAreNotKept() {
        TestHttp http = new TestHttp(port);
        HttpResponse<String> bad = http.get("/api/search?q=x&type=poem", "Accept-Encoding", "gzip");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("ETag")).isEmpty();
        assertThat(http.get("/api/search?q=x&type=poem").statusCode()).isEqualTo(400);
    }
}
