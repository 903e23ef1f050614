package org.yulu.search;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yulu.OwnSeeds;
import org.yulu.TestHttp;
import org.yulu.importer.SeedImporter;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Results pages kept between requests: the same page again, per language, and never one of an older index. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchPageCacheTest {

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
}
