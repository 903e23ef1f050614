package org.yulu;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A document whose header and body are full of markup imports as text and shows escaped wherever it appears:
 * pages, meta tags, snippets, the feed and the sitemap. The JSON API returns the text exactly as written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MarkupDocumentTest {

    static final String MARKUP = "900_markup";
    static final String TITLE = "<script>alert(1)</script>标题 <img src=x onerror=alert(1)> \"双引号\" '单引号' &amp; & "
            + "<a href=\"javascript:alert(1)\">链接</a>";
    static final String AUTHOR = "<script>alert(1)</script>作者 & \"Tom's\" &amp;";
    static final String FIRST_QUOTE = "开场白<script>alert(1)</script>,又有<img src=x onerror=alert(1)>,"
            + "还有<a href=\"javascript:alert(1)\">点我</a>,引号\"双\"与'单',以及&amp;和&两种写法。";
    static final String LAST_QUOTE = "收尾一段<script>alert(1)</script>,仍是文字 & 'end'。";

    static final String ESCAPED_TITLE = "&lt;script&gt;alert(1)&lt;/script&gt;标题 &lt;img src=x onerror=alert(1)&gt; "
            + "&quot;双引号&quot; &#39;单引号&#39; &amp;amp; &amp; &lt;a href=&quot;javascript:alert(1)&quot;&gt;链接&lt;/a&gt;";
    static final String ESCAPED_AUTHOR = "&lt;script&gt;alert(1)&lt;/script&gt;作者 &amp; &quot;Tom&#39;s&quot; &amp;amp;";
    static final String ESCAPED_FIRST_QUOTE = "开场白&lt;script&gt;alert(1)&lt;/script&gt;,又有&lt;img src=x "
            + "onerror=alert(1)&gt;,还有&lt;a href=&quot;javascript:alert(1)&quot;&gt;点我&lt;/a&gt;,"
            + "引号&quot;双&quot;与&#39;单&#39;,以及&amp;amp;和&amp;两种写法。";

    /** Markup from the document that would be live if it were not escaped. */
    static final List<Pattern> LIVE_MARKUP = List.of(Pattern.compile("<script>alert"), Pattern.compile("<img src=x"),
            Pattern.compile("<[a-z]+(?:\\s+[a-z:-]+(?:=\"[^\"]*\")?)*\\s+onerror=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("href=\"javascript:", Pattern.CASE_INSENSITIVE), Pattern.compile("<b>张三"),
            Pattern.compile("<i>李四"));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void seedsWithTheMarkupDocument(DynamicPropertyRegistry registry) throws IOException {
        Path seeds = Files.createTempDirectory("yulu-markup-seeds");
        for (String seed : List.of("000_ce303afc9506ad64.txt", "003_becfb7cbb320fc93.txt")) {
            Files.copy(Path.of("seeds", seed), seeds.resolve(seed));
        }
        Files.copy(Path.of("src/test/resources/fixtures", MARKUP + ".txt"), seeds.resolve(MARKUP + ".txt"));
        registry.add("yulu.seeds-dir", seeds::toString);
        registry.add("yulu.data-dir", Files.createTempDirectory("yulu-markup-data")::toString);
    }

    TestHttp http() {
        return new TestHttp(port);
    }

    String page(String path) {
        HttpResponse<String> response = http().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        String body = response.body();
        LIVE_MARKUP.forEach(live -> assertThat(live.matcher(body).find()).as("%s holds %s", path, live).isFalse());
        return body;
    }

    @Test
    void everyPageShowingTheDocumentShowsItsMarkupAsText() {
        assertThat(page("/")).contains(">" + ESCAPED_TITLE + "</a>");
        assertThat(page("/quotes")).contains(ESCAPED_TITLE);
        assertThat(page("/quotes?source=" + MARKUP)).contains("<p>" + ESCAPED_FIRST_QUOTE + "</p>");
        assertThat(page("/exchanges")).contains("&lt;b&gt;张三&lt;/b&gt;&amp;");
        assertThat(page("/exchanges?source=" + MARKUP))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;你怎么看&lt;img src=x onerror=alert(1)&gt;?");
        assertThat(page("/sources/" + MARKUP)).contains(
                "<title>" + ESCAPED_TITLE + " · 语录 Yulu</title>",
                "<span>作者：" + ESCAPED_AUTHOR + "</span>",
                "<span>" + ESCAPED_FIRST_QUOTE + "</span>",
                "<strong class=\"turn\">&lt;i&gt;李四&lt;/i&gt;&quot;</strong>",
                "<span>收尾一段&lt;script&gt;alert(1)&lt;/script&gt;,仍是文字 &amp; &#39;end&#39;。</span>");
        assertThat(page("/exchanges/" + MARKUP + "-3")).contains("<span lang=\"zh-CN\">第二问 &amp; &quot;quote&quot; &#39;单&#39;?</span>",
                "&lt;img src=x onerror=alert(1)&gt;第二答&lt;script&gt;alert(1)&lt;/script&gt;。");
    }

    @Test
    void aPermalinkEscapesTheMarkupInItsTitleMetaTagsAndCitation() {
        String quote = page("/quotes/" + MARKUP + "-1");
        String shortTitle = ESCAPED_AUTHOR + ":开场白&lt;script&gt;alert(1)&lt;/script&gt;,又有&lt;img src…";

        assertThat(quote).contains(
                "<title>" + shortTitle + " · 语录 Yulu</title>",
                "<meta name=\"description\" content=\"" + ESCAPED_FIRST_QUOTE + "\"/>",
                "<meta property=\"og:title\" content=\"" + shortTitle + "\"/>",
                "<meta property=\"og:description\" content=\"" + ESCAPED_FIRST_QUOTE + "\"/>",
                "<meta name=\"twitter:title\" content=\"" + shortTitle + "\"/>",
                "<meta name=\"twitter:description\" content=\"" + ESCAPED_FIRST_QUOTE + "\"/>",
                "lang=\"zh-CN\">" + ESCAPED_AUTHOR + "</a></figcaption>",
                "<a href=\"/sources/" + MARKUP + "\" lang=\"zh-CN\">" + ESCAPED_TITLE + "</a>",
                "<p class=\"cite\" lang=\"zh-CN\">" + ESCAPED_AUTHOR + "语，出自" + ESCAPED_AUTHOR + "《" + ESCAPED_TITLE
                        + "》（2025-03-01），" + http().base() + "/quotes/" + MARKUP + "-1</p>");
        for (String other : List.of("/quotes/" + MARKUP + "-4", "/exchanges/" + MARKUP + "-2")) {
            assertThat(page(other)).contains("<meta property=\"og:title\" content=\"", "&lt;script&gt;alert(1)&lt;/script&gt;");
        }
    }

    @Test
    void aSpeakerNamedInMarkupIsAFilterLinkThatFindsTheirQuotes() {
        String list = page("/quotes?source=" + MARKUP);
        String encoded = "speaker=%3Cscript%3Ealert%281%29%3C%2Fscript%3E%E4%BD%9C%E8%80%85+%26+%22Tom%27s%22+%26amp%3B";
        assertThat(list).contains("<a href=\"/quotes?source=" + MARKUP + "&amp;" + encoded + "\">");

        assertThat(page("/quotes?" + encoded)).contains("<p>" + ESCAPED_FIRST_QUOTE + "</p>", "共 2 条");
    }

    @Test
    void searchSnippetsEscapeEverythingButTheirMarks() throws Exception {
        String snippet = "收尾一段&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;,仍是文字 &amp; &#39;end&#39;。";
        assertThat(page("/search?q=script")).contains("<a href=\"/quotes/" + MARKUP + "-4\">" + snippet + "</a>");

        JsonNode hits = json("/api/search?q=script&source=" + MARKUP).get("items");
        JsonNode last = hits.valueStream().filter(h -> h.get("id").asString().equals(MARKUP + "-4")).findFirst()
                .orElseThrow();
        assertThat(last.get("highlight").asString()).isEqualTo(snippet);
        assertThat(last.get("text").asString()).isEqualTo(LAST_QUOTE);
    }

    @Test
    void theJsonApiReturnsTheTextExactlyAsWrittenAndTellsBrowsersNotToSniffIt() throws Exception {
        JsonNode source = json("/api/sources").get("items").valueStream().filter(s -> s.get("id").asString().equals(MARKUP))
                .findFirst().orElseThrow();
        assertThat(source.get("title").asString()).isEqualTo(TITLE);
        assertThat(source.get("author").asString()).isEqualTo(AUTHOR);

        JsonNode quotes = json("/api/quotes?source=" + MARKUP).get("items");
        assertThat(quotes.valueStream().map(q -> q.get("text").asString())).containsExactly(FIRST_QUOTE, LAST_QUOTE);
        assertThat(quotes.get(0).get("speaker").asString()).isEqualTo(AUTHOR);
        JsonNode exchanges = json("/api/exchanges?source=" + MARKUP).get("items");
        assertThat(exchanges.get(0).get("interviewer").asString()).isEqualTo("<i>李四</i>\"");
        assertThat(exchanges.get(0).get("speaker").asString()).isEqualTo("<b>张三</b>&");
    }

    @Test
    void theFeedCarriesTheMarkupAsTextAndTheSitemapOnlyItsAddresses() throws Exception {
        Document feed = xml("/feed.xml");
        assertThat(feed.getElementsByTagName("script").getLength()).isZero();
        assertThat(feed.getElementsByTagName("img").getLength()).isZero();
        // the opening words introduce the interview, so they stay off the feed; the closing ones stand alone
        assertThat(feed.getElementsByTagName("id").getLength()).isPositive();
        assertThat(hasEntry(feed, http().base() + "/quotes/" + MARKUP + "-1")).isFalse();
        Element first = entry(feed, http().base() + "/quotes/" + MARKUP + "-4");
        assertThat(text(first, "content")).isEqualTo(LAST_QUOTE);
        assertThat(first.getElementsByTagName("content").item(0).getAttributes().getNamedItem("type").getNodeValue())
                .isEqualTo("text");
        assertThat(text(first, "name")).isEqualTo(AUTHOR);
        Element exchange = entry(feed, http().base() + "/exchanges/" + MARKUP + "-2");
        assertThat(text(exchange, "title")).isEqualTo("<i>李四</i>\": <script>alert(1)</script>你怎么看<img src=x onerror=alert(1)>?");

        Document sitemap = xml("/sitemap.xml");
        List<String> locations = new ArrayList<>();
        NodeList locs = sitemap.getElementsByTagName("loc");
        for (int i = 0; i < locs.getLength(); i++) {
            locations.add(locs.item(i).getTextContent());
        }
        assertThat(locations).contains(http().base() + "/sources/" + MARKUP, http().base() + "/quotes/" + MARKUP + "-1",
                http().base() + "/exchanges/" + MARKUP + "-2", http().base() + "/exchanges/" + MARKUP + "-3",
                http().base() + "/quotes/" + MARKUP + "-4");
        assertThat(http().get("/sitemap.xml").body()).doesNotContain("script", "onerror", "javascript");
    }

    @Test
    void inTheBrowserThePermalinkShowsTheLiteralTextAndRunsNothing() throws IOException {
        ChromeDriver browser = HeadlessChromium.start();
        try {
            browser.get(http().base() + "/quotes/" + MARKUP + "-1");

            assertThat(browser.findElement(By.cssSelector(".permalink blockquote")).getText()).isEqualTo(FIRST_QUOTE);
            assertThat(browser.findElement(By.cssSelector(".permalink figcaption")).getText()).isEqualTo(AUTHOR);
            assertThat(browser.getTitle()).startsWith(AUTHOR + ":开场白<script>");
            assertThat(browser.findElements(By.cssSelector("main img, main script:not([src]), main a[href^='javascript']"))).isEmpty();
            assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            HeadlessChromium.screenshot(browser, "markup-permalink");
        } finally {
            browser.quit();
        }
    }

    private JsonNode json(String path) {
        HttpResponse<String> response = http().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        return JsonMapper.builder().build().readTree(response.body());
    }

    private Document xml(String path) throws Exception {
        HttpResponse<String> response = http().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean hasEntry(Document feed, String id) {
        NodeList entries = feed.getElementsByTagName("entry");
        for (int i = 0; i < entries.getLength(); i++) {
            if (text((Element) entries.item(i), "id").equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static Element entry(Document feed, String id) {
        NodeList entries = feed.getElementsByTagName("entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            if (text(entry, "id").equals(id)) {
                return entry;
            }
        }
        throw new AssertionError("no feed entry " + id);
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }
}
