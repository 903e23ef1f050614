package org.yulu.feed;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yulu.TestHttp;
import org.yulu.corpus.Quote;
import org.yulu.corpus.QuoteRepository;
import org.yulu.corpus.Source;
import org.yulu.corpus.SourceRepository;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed, the sitemap and robots.txt of the seeds plus one hostile document whose title and text hold markup,
 * read by a real XML parser as a feed reader or a crawler would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:feed;DB_CLOSE_DELAY=-1", "yulu.data-dir=target/test-data/feed",
        "yulu.public-base-url=https://yulu.example/"})
class FeedAndSitemapTest {

    static final String HOSTILE = "<script>alert(\"x\")</script> & 'quotes' ]]>";
    static final String BASE = "https://yulu.example";

    @LocalServerPort
    int port;

    @BeforeAll
    static void addHostileDocument(@Autowired SourceRepository sources, @Autowired QuoteRepository quotes,
            @Autowired TransactionTemplate transaction) {
        transaction.executeWithoutResult(status -> {
            Source source = sources.save(new Source("zz_hostile", "zz_hostile.txt", HOSTILE, "A & B", null,
                    "0".repeat(64), Instant.now().plusSeconds(60)));
            quotes.save(new Quote("zz_hostile-1", source, 1, null, "<b>Eve</b>", null, HOSTILE));
        });
    }

    @Test
    void theFeedIsAtomWithTheNewestItemsFirstAndMarkupKeptAsText() throws Exception {
        HttpResponse<String> response = new TestHttp(port).get("/feed.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/atom+xml;charset=UTF-8");
        assertThat(response.body()).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'quotes' ]]&gt;");

        Element feed = parse(response.body()).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(childText(feed, "id")).isEqualTo(BASE + "/feed.xml");
        NodeList entries = feed.getElementsByTagNameNS("*", "entry");
        // the hostile quote, then the items that stand alone: 30 thoughts, 13 of the blog's 16 quotes, 16 answers
        assertThat(entries.getLength()).isEqualTo(1 + 43 + 16);

        Element newest = (Element) entries.item(0);
        assertThat(childText(newest, "id")).isEqualTo(BASE + "/quotes/zz_hostile-1");
        assertThat(childText(newest, "title")).isEqualTo("<b>Eve</b>: " + HOSTILE);
        assertThat(childText(newest, "content")).isEqualTo(HOSTILE);
        assertThat(childText(newest, "name")).isEqualTo("<b>Eve</b>");

        // the blog's first paragraph introduces the interview: readable in its place, not a feed entry
        assertThat(texts(feed.getElementsByTagNameNS("*", "id"))).doesNotContain(BASE + "/quotes/003_becfb7cbb320fc93-1");
        Element firstExchange = (Element) entries.item(1);
        assertThat(childText(firstExchange, "id")).isEqualTo(BASE + "/exchanges/003_becfb7cbb320fc93-2");
        assertThat(childText(firstExchange, "title")).isEqualTo("记者: 为什么DeepSeek会让硅谷的很多人惊讶?");
    }

    @Test
    void theSitemapListsTheHomePageEverySourceAndEveryPermalink() throws Exception {
        HttpResponse<String> response = new TestHttp(port).get("/sitemap.xml");
        assertThat(response.statusCode()).isEqualTo(200);

        Document sitemap = parse(response.body());
        assertThat(sitemap.getDocumentElement().getNamespaceURI())
                .isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        List<String> locations = texts(sitemap.getElementsByTagNameNS("*", "loc"));
        assertThat(locations).hasSize(1 + 3 + 47 + 16).doesNotHaveDuplicates()
                .allMatch(location -> location.startsWith(BASE + "/"));
        assertThat(locations.subList(0, 5)).containsExactly(BASE + "/", BASE + "/sources/000_ce303afc9506ad64",
                BASE + "/sources/003_becfb7cbb320fc93", BASE + "/sources/zz_hostile",
                BASE + "/quotes/000_ce303afc9506ad64-1");
        assertThat(locations).contains(BASE + "/quotes/000_ce303afc9506ad64-30", BASE + "/quotes/zz_hostile-1",
                BASE + "/exchanges/003_becfb7cbb320fc93-17");
    }

    @Test
    void robotsNamesTheSitemap() {
        HttpResponse<String> robots = new TestHttp(port).get("/robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).contains("text/plain;charset=UTF-8");
        assertThat(robots.body()).isEqualTo("User-agent: *\nDisallow: /api/\nDisallow: /actuator/\n\n"
                + "Sitemap: https://yulu.example/sitemap.xml\n");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String childText(Element parent, String name) {
        return parent.getElementsByTagNameNS("*", name).item(0).getTextContent();
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
