package org.yulu;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader meets on the seeds, over HTTP: one language per cache entry, pages that agree, and the basics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReaderPagesTest {

    static final String THOUGHTS = "000_ce303afc9506ad64";
    static final String BLOG = "003_becfb7cbb320fc93";
    static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void seeds(DynamicPropertyRegistry registry) throws IOException {
        OwnSeeds.register(registry, "reader", THOUGHTS + ".txt", BLOG + ".txt");
    }

    TestHttp http() {
        return new TestHttp(port);
    }

    HttpResponse<String> page(String path, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Accept";
        all[1] = HTML;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http().get(path, all);
    }

    @Test
    void everyPageSaysItVariesByLanguageSoNoCacheHandsOneLanguageToAnother() {
        for (String path : new String[] {"/", "/quotes/" + THOUGHTS + "-2", "/sources/" + THOUGHTS, "/quotes",
                "/search?q=" + URLEncoder.encode("创新", StandardCharsets.UTF_8)}) {
            HttpResponse<String> zh = page(path);
            HttpResponse<String> en = page(path, "Accept-Language", "en-US,en;q=0.9");
            assertThat(zh.headers().allValues("Vary")).as(path).anyMatch(ReaderPagesTest::namesTheLanguage);
            assertThat(en.headers().allValues("Vary")).as(path).anyMatch(ReaderPagesTest::namesTheLanguage);
            assertThat(zh.body()).as(path).contains("<html lang=\"zh-CN\"");
            assertThat(en.body()).as(path).contains("<html lang=\"en\"");
        }
        assertThat(http().get("/css/yulu.css").headers().allValues("Vary")).noneMatch(ReaderPagesTest::namesTheLanguage);
    }

    /** Field names are case-insensitive, and Tomcat lowercases a Vary it adds to for compression. */
    private static boolean namesTheLanguage(String vary) {
        return vary.toLowerCase(java.util.Locale.ROOT).contains("accept-language");
    }

    @Test
    void theSwitcherChangesTheLanguageAndRemembersIt() {
        HttpResponse<String> zh = page("/quotes?page=2");
        assertThat(zh.body()).containsPattern("<a class=\"language\" href=\"/quotes\\?page=2&amp;lang=en\"\\s+"
                + "lang=\"en\" hreflang=\"en\">English</a>")
                .contains("<link rel=\"alternate\" hreflang=\"en\" href=\"/quotes?page=2&amp;lang=en\"/>")
                .contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"/quotes?page=2\"/>");

        HttpResponse<String> en = page("/quotes?page=2&lang=en");
        assertThat(en.body()).contains("<html lang=\"en\"").contains(">中文</a>");
        String cookie = en.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("yulu-lang=en");

        HttpResponse<String> remembered = page("/", "Cookie", "yulu-lang=en");
        assertThat(remembered.body()).contains("<html lang=\"en\"");
        HttpResponse<String> french = page("/", "Accept-Language", "fr-FR,fr;q=0.9");
        assertThat(french.body()).contains("<html lang=\"zh-CN\"");
    }

    @Test
    void aWrongParameterIsExplainedInTheReadersLanguage() {
        HttpResponse<String> zh = page("/quotes?page=abc");
        assertThat(zh.statusCode()).isEqualTo(400);
        assertThat(zh.body()).contains("参数 page 应为 1 到 100,000 之间的整数。").doesNotContain("must be");
        HttpResponse<String> en = page("/quotes?page=abc", "Accept-Language", "en");
        assertThat(en.body()).contains("page must be a whole number from 1 to 100,000.");
        HttpResponse<String> source = page("/exchanges?source=nope");
        assertThat(source.body()).contains("没有 id 为「nope」的来源");
        assertThat(http().get("/api/quotes?page=abc").body()).contains("page must be a whole number from 1 to 100000");
    }

    @Test
    void aPagePastTheLastIsA404ThatLinksToTheLastPage() {
        HttpResponse<String> past = page("/quotes?speaker=" + URLEncoder.encode("梁文锋", StandardCharsets.UTF_8)
                + "&page=99");
        assertThat(past.statusCode()).isEqualTo(404);
        assertThat(past.body()).contains("这个列表只有 2 页。")
                .contains("href=\"/quotes?speaker=%E6%A2%81%E6%96%87%E9%94%8B&amp;page=2\"")
                .doesNotContain("第 50–50 条");
        String innovation = URLEncoder.encode("创新", StandardCharsets.UTF_8);
        int hits = Integer.parseInt(http().get("/api/search?q=" + innovation).body()
                .replaceAll("(?s).*\"total\":(\\d+).*", "$1"));
        int pages = (hits + 19) / 20;
        HttpResponse<String> search = page("/search?q=" + innovation + "&page=9");
        assertThat(search.statusCode()).isEqualTo(404);
        assertThat(search.body()).contains("这个列表只有 " + pages + " 页。")
                .contains("href=\"/search?q=" + innovation + (pages > 1 ? "&amp;page=" + pages : "") + "\"");
        assertThat(page("/quotes?page=3").statusCode()).isEqualTo(200);
        assertThat(page("/quotes?page=4").statusCode()).isEqualTo(404);
    }

    @Test
    void theSourcePageCountsAsTheHomePageDoesAndShowsOneNumberPerParagraph() {
        String home = page("/").body();
        assertThat(home).contains("30 条语录 · 0 段问答").contains("16 条语录 · 16 段问答");
        String thoughts = page("/sources/" + THOUGHTS).body();
        assertThat(thoughts).contains("30 条语录 · 0 段问答");
        // thought 27 stands at position 27 and prints "27."; a paragraph shows that number once
        assertThat(thoughts).containsPattern("id=\"" + THOUGHTS + "-27\"[^>]*>\\s*<a class=\"pos\"[^>]*>27\\.</a>")
                .doesNotContain("class=\"num\"");
        assertThat(page("/sources/" + BLOG).body()).contains("16 条语录 · 16 段问答");
    }

    @Test
    void basicsAreThereForBrowsersFeedReadersAndCurl() {
        HttpResponse<byte[]> icon = http().bytes("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElseThrow()).contains("icon");
        assertThat(icon.body()).startsWith(0, 0, 1, 0);

        String home = page("/").body();
        assertThat(home).contains("<meta name=\"description\" content=\"语录收集中文访谈里的原话")
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed.xml\"")
                .contains("<link rel=\"icon\" href=\"/favicon.ico\"");
        assertThat(page("/search?q=x").body()).contains("<meta name=\"description\" content=\"在语录 Yulu");

        HttpResponse<String> curl = http().get("/no/such/page", "Accept", "*/*");
        assertThat(curl.statusCode()).isEqualTo(404);
        assertThat(curl.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(curl.body()).contains("找不到这个页面");
        HttpResponse<String> api = http().get("/api/no-such-thing", "Accept", "*/*");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).startsWith("{").contains("\"path\":\"/api/no-such-thing\"");
    }

    @Test
    void feedEntriesAreDatedByTheirSourcesPublication() {
        String feed = http().get("/feed.xml").body();
        // 2025-02-09 16:30:20 in Shanghai, as the thoughts' byline prints it
        assertThat(feed).contains("<id>http://localhost:" + port + "/quotes/" + THOUGHTS + "-2</id>")
                .contains("<updated>2025-02-09T08:30:20Z</updated>")
                .contains("<published>2025-02-09T08:30:20Z</published>");
    }

    @Test
    void everySpeakersNameLeadsToTheirPage() {
        String speakerPage = "href=\"/speakers/%E6%A2%81%E6%96%87%E9%94%8B\"";
        assertThat(page("/quotes/" + THOUGHTS + "-2").body()).contains(speakerPage);
        assertThat(page("/exchanges/" + BLOG + "-5").body()).contains(speakerPage);
        assertThat(page("/quotes").body()).contains(speakerPage);
        assertThat(page("/search?q=" + URLEncoder.encode("创新", StandardCharsets.UTF_8)).body()).contains(speakerPage);
        assertThat(page("/sources/" + BLOG).body()).contains(speakerPage);
    }
}
