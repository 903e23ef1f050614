package org.yulu.embed;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yulu.HeadlessChromium;
import org.yulu.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The random-quote API, oEmbed and the embeddable cards, over HTTP as another site would use them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuotesForOtherSitesTest {

    static final String THOUGHTS = "000_ce303afc9506ad64";
    static final String BLOG = "003_becfb7cbb320fc93";
    static final String BREAKERS = "910_script_breakers";
    static final String BREAKING_WORDS = "他说：“代码里写着</script><!-- 与 \\\\ 反斜杠，还有\u2028换行符”，"
            + "又说'单引号'与\"双引号\"都只是文字。";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void seedsWithWordsThatBreakScripts(DynamicPropertyRegistry registry) throws IOException {
        Path seeds = Files.createTempDirectory("yulu-embed-seeds");
        for (String seed : List.of(THOUGHTS, BLOG)) {
            Files.copy(Path.of("seeds", seed + ".txt"), seeds.resolve(seed + ".txt"));
        }
        Files.copy(Path.of("src/test/resources/fixtures", BREAKERS + ".txt"), seeds.resolve(BREAKERS + ".txt"));
        registry.add("yulu.seeds-dir", seeds::toString);
        registry.add("yulu.data-dir", Files.createTempDirectory("yulu-embed-data")::toString);
    }

    TestHttp http() {
        return new TestHttp(port);
    }

    JsonNode json(String path) {
        HttpResponse<String> response = http().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void aRandomItemIsShapedAsTheReadApiShowsItAndComesFromTheFiltersAlone() {
        JsonNode quote = json("/api/random?type=quote&source=" + BLOG);
        assertThat(quote.path("type").asString()).isEqualTo("quote");
        assertThat(quote.path("source").path("id").asString()).isEqualTo(BLOG);
        JsonNode read = json("/api/quotes/" + quote.path("id").asString());
        // the items close in meaning come with a single item's read only, as with lists
        assertThat(quote).isEqualTo(((tools.jackson.databind.node.ObjectNode) read).without("similar"));

        Set<String> speakers = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int draw = 0; draw < 40; draw++) {
            JsonNode exchange = json("/api/random?type=exchange&speaker=梁文锋&min_length=30&max_length=120");
            assertThat(exchange.path("type").asString()).isEqualTo("exchange");
            int length = exchange.path("answer").asString().length();
            assertThat(length).isBetween(30, 120);
            speakers.add(exchange.path("speaker").asString());
            ids.add(exchange.path("id").asString());
        }
        assertThat(speakers).containsExactly("梁文锋");
        assertThat(ids).as("draws differ").hasSizeGreaterThan(3);
    }

    @Test
    void textIsTheWordsAloneAndTheScriptWritesThemAsText() {
        HttpResponse<String> text = http().get("/api/random?source=" + BREAKERS + "&encode=text");
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(text.body()).isEqualTo(BREAKING_WORDS);
        assertThat(text.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");

        HttpResponse<String> script = http().get("/api/random?source=" + BREAKERS + "&encode=JS");
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(script.body()).doesNotContain("</script", "<!--", "\u2028").contains("textContent")
                .doesNotContain("innerHTML");
        String body = script.body();
        String literal = body.substring(body.indexOf("var quote = ") + "var quote = ".length(), body.indexOf(";\n"));
        assertThat(JSON.readTree(literal).path("words").asString()).isEqualTo(BREAKING_WORDS);
    }

    @Test
    void theScriptPutsTheWordsIntoThePageThatIncludesIt() throws IOException {
        ChromeDriver browser = HeadlessChromium.start();
        try {
            browser.get(http().base() + "/robots.txt");
            browser.executeScript("document.body.innerHTML = '<blockquote id=\"yulu-quote\"></blockquote>';"
                    + "var s = document.createElement('script'); s.src = arguments[0];"
                    + "document.body.appendChild(s);", "/api/random?source=" + BREAKERS + "&encode=js");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            Object words = null;
            while (System.nanoTime() < deadline && (words == null || words.toString().isEmpty())) {
                words = browser.executeScript(
                        "var p = document.querySelector('#yulu-quote p'); return p ? p.textContent : null;");
            }
            assertThat(words).isEqualTo(BREAKING_WORDS);
            assertThat(browser.executeScript("return document.querySelectorAll('#yulu-quote script, img').length"))
                    .isEqualTo(0L);
            assertThat(browser.executeScript("return document.querySelector('#yulu-quote a').href"))
                    .isEqualTo(http().base() + "/quotes/" + BREAKERS + "-1");
        } finally {
            browser.quit();
        }
    }

    @Test
    void badFiltersAreRefusedWithAMessageAndNothingMatchingIsA404() {
        assertThat(error("/api/random?type=poem", 400)).isEqualTo("type must be quote or exchange, not 'poem'");
        assertThat(error("/api/random?min_length=ten", 400))
                .isEqualTo("min_length must be a whole number from 0 to 1000000");
        assertThat(error("/api/random?min_length=50&max_length=10", 400))
                .isEqualTo("min_length must not be more than max_length (50 > 10)");
        assertThat(error("/api/random?encode=xml", 400)).isEqualTo("encode must be json, text or js, not 'xml'");
        assertThat(error("/api/random?lenght=3", 400)).startsWith("unknown parameter 'lenght'");
        assertThat(error("/api/random?speaker=无名氏", 404)).isEqualTo("No item passes these filters; loosen one of them.");
        assertThat(error("/api/random?min_length=100000", 404)).contains("No item passes");
    }

    private String error(String path, int status) {
        HttpResponse<String> response = http().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        return JSON.readTree(response.body()).path("message").asString();
    }

    @Test
    void otherSitesMayReadTheseEndpointsButNotTheRest() {
        for (String path : List.of("/api/random", "/api/daily", "/oembed?url=" + http().base() + "/quotes/"
                + THOUGHTS + "-1")) {
            HttpResponse<String> response = http().get(path, "Origin", "https://blog.example");
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).contains("*");
        }
        HttpResponse<String> read = http().get("/api/quotes", "Origin", "https://blog.example");
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theDailyItemIsTodaysInShanghai() {
        JsonNode daily = json("/api/daily");
        assertThat(daily.path("date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(daily.path("item").path("id").asString()).isNotEmpty();
        assertThat(json("/api/daily")).isEqualTo(daily);
    }

    @Test
    void oEmbedDescribesAPermalinkAsAnIframeOfItsCard() {
        String permalink = http().base() + "/exchanges/" + BLOG + "-5";
        JsonNode embed = json("/oembed?url=" + URLEncoder.encode(permalink, StandardCharsets.UTF_8)
                + "&format=json&maxwidth=400");
        assertThat(embed.path("version").asString()).isEqualTo("1.0");
        assertThat(embed.path("type").asString()).isEqualTo("rich");
        assertThat(embed.path("width").asInt()).isEqualTo(400);
        assertThat(embed.path("height").asInt()).isEqualTo(OEmbedController.HEIGHT);
        assertThat(embed.path("html").asString()).startsWith("<iframe src=\"" + http().base() + "/embed/exchanges/"
                + BLOG + "-5\" width=\"400\"");
        assertThat(embed.path("author_name").asString()).isEqualTo("梁文锋");
        assertThat(embed.path("provider_name").asString()).isEqualTo("语录 Yulu");
        assertThat(embed.path("provider_url").asString()).isEqualTo(http().base() + "/");
        assertThat(embed.path("title").asString()).startsWith("梁文锋:");
        assertThat(embed.path("cache_age").asInt()).isEqualTo(OEmbedController.CACHE_AGE);
        assertThat(embed.path("thumbnail_url").asString())
                .startsWith(http().base() + "/cards/exchanges/" + BLOG + "-5.png");
        assertThat(embed.path("thumbnail_width").asInt()).isEqualTo(1200);
        assertThat(embed.path("thumbnail_height").asInt()).isEqualTo(630);

        assertThat(http().get("/oembed?url=" + permalink + "&format=xml").statusCode()).isEqualTo(501);
        assertThat(error("/oembed?url=" + http().base() + "/quotes/nope-1", 404)).contains("not the permalink");
        assertThat(error("/oembed?url=https://elsewhere.example/quotes/" + THOUGHTS + "-1", 404))
                .contains("not the permalink");
        assertThat(error("/oembed?url=" + http().base() + "/sources/" + THOUGHTS, 404)).contains("not the permalink");
        assertThat(error("/oembed", 400)).startsWith("url must be");
        assertThat(error("/oembed?url=" + permalink + "&maxwidth=wide", 400)).startsWith("maxwidth must be");
    }

    @Test
    void cardsMayBeFramedByAnySiteAndNothingElseMay() {
        HttpResponse<String> card = http().get("/embed/quotes/" + BREAKERS + "-1");
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors *").doesNotContain("frame-ancestors 'none'");
        assertThat(card.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(card.body()).doesNotContain("<script").contains("&lt;/script&gt;&lt;!--")
                .contains("href=\"" + http().base() + "/quotes/" + BREAKERS + "-1\"");

        HttpResponse<String> page = http().get("/quotes/" + BREAKERS + "-1");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.body()).contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\""
                + http().base() + "/oembed?url=" + URLEncoder.encode(http().base() + "/quotes/" + BREAKERS + "-1",
                StandardCharsets.UTF_8) + "&amp;format=json\"");
        assertThat(http().get("/embed/quotes/nope-1").statusCode()).isEqualTo(404);
    }
}
