package org.yulu.related;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import org.yulu.corpus.ExchangeRepository;
import org.yulu.corpus.InterviewExchange;
import org.yulu.corpus.Quote;
import org.yulu.corpus.QuoteRepository;
import org.yulu.corpus.RelatedItem;
import org.yulu.importer.SeedImporter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.yulu.related.SeedItems.BLOG;
import static org.yulu.related.SeedItems.THOUGHTS;

/**
 * The seeds plus a traditional-script re-quote of them, imported from a seeds folder into a real database at
 * startup; the links are what the app serves once it is up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParallelPassagesImportTest {

    static final String FIXTURE = "fanti-zhuanzai";

    static Path folder;

    @Autowired
    RelatedPassages related;
    @Autowired
    QuoteRepository quotes;
    @Autowired
    ExchangeRepository exchanges;
    @Autowired
    SeedImporter importer;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void seedsWithTheFixture(DynamicPropertyRegistry registry) throws IOException {
        folder = Files.createTempDirectory("yulu-related");
        Path seeds = Files.createDirectory(folder.resolve("seeds"));
        Files.copy(Path.of("seeds", THOUGHTS + ".txt"), seeds.resolve(THOUGHTS + ".txt"));
        Files.copy(Path.of("seeds", BLOG + ".txt"), seeds.resolve(BLOG + ".txt"));
        Files.copy(Path.of("src/test/resources/fixtures", FIXTURE + ".txt"), seeds.resolve(FIXTURE + ".txt"));
        registry.add("yulu.seeds-dir", seeds::toString);
        registry.add("yulu.data-dir", () -> folder.resolve("data").toString());
    }

    @AfterAll
    static void removeFolder() throws IOException {
        FileSystemUtils.deleteRecursively(folder);
    }

    @Test
    void theReQuoteLinksEachAnswerToTheThoughtAndTheAnswerItRepeatsAndNothingElseIsLinked() {
        List<String> expected = new ArrayList<>(SeedItems.SEED_LINKS);
        expected.addAll(List.of(
                THOUGHTS + "-27 -> " + FIXTURE + "-3",
                THOUGHTS + "-28 -> " + FIXTURE + "-5",
                THOUGHTS + "-29 -> " + FIXTURE + "-1",
                THOUGHTS + "-30 -> " + FIXTURE + "-2",
                BLOG + "-2 -> " + FIXTURE + "-1",
                BLOG + "-3 -> " + FIXTURE + "-2",
                BLOG + "-13 -> " + FIXTURE + "-3",
                BLOG + "-16 -> " + FIXTURE + "-5",
                FIXTURE + "-1 -> " + THOUGHTS + "-29",
                FIXTURE + "-1 -> " + BLOG + "-2",
                FIXTURE + "-2 -> " + THOUGHTS + "-30",
                FIXTURE + "-2 -> " + BLOG + "-3",
                FIXTURE + "-3 -> " + THOUGHTS + "-27",
                FIXTURE + "-3 -> " + BLOG + "-13",
                FIXTURE + "-5 -> " + THOUGHTS + "-28",
                FIXTURE + "-5 -> " + BLOG + "-16"));
        assertThat(allLinks()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void anAnswerSharingOnlyStockPhrasesWithTheSeedsIsLinkedToNothing() {
        assertThat(exchanges.findById(FIXTURE + "-4")).get().extracting(InterviewExchange::getAnswer)
                .asString().contains("大部分中國公司習慣", "技術創新", "中國公司");
        assertThat(related.of(FIXTURE + "-4")).isEmpty();
        assertThat(related.sharedRanges(FIXTURE + "-4")).isEmpty();
    }

    @Test
    void theSharedPassageIsQuotedInTheOtherItemsOwnScriptAndPunctuation() {
        assertThat(related.of(THOUGHTS + "-27")).extracting(RelatedItem::id, RelatedItem::overlap).last()
                .isEqualTo(tuple(FIXTURE + "-3",
                        "最重要的是參與到全球創新的浪潮裡去。過去很多年，中國公司習慣了別人做技術創新，我們拿過來做應用變現，"
                                + "但這並不是一種理所當然。這一波浪潮裡，我們的出發點就不是趁機賺一筆，而是走到技術的前沿，"
                                + "去推動整個生態發展"));
        assertThat(related.of(FIXTURE + "-3")).extracting(RelatedItem::overlap).first().asString()
                .startsWith("最重要的是参与到全球创新").endsWith("去推动整个生态发展");
    }

    @Test
    void theMarkedRangeOfAReQuoteStopsWhereItsWordsDepartFromTheOriginal() {
        // 著 is also a simplified character, so 隨著 never folds to 随着; 硬體和軟體 is Taiwan's 硬件和软件.
        String answer = exchanges.findById(FIXTURE + "-5").orElseThrow().getAnswer();
        assertThat(related.sharedRanges(FIXTURE + "-5")).singleElement()
                .satisfies(r -> assertThat(answer.substring(0, r.start())).isEqualTo("隨著"))
                .satisfies(r -> assertThat(answer.substring(r.end())).isEqualTo("體和軟體。"));
        assertThat(related.of(FIXTURE + "-5")).extracting(RelatedItem::overlap).containsExactly(
                "经济发展,中国也要逐步成为贡献者,而不是一直搭便车。过去三十多年IT浪潮里,我们基本没有参与到真正的技术创新里。"
                        + "我们已经习惯摩尔定律从天而降,躺在家里18个月就会出来更好的硬",
                "经济发展,中国也要逐步成为贡献者,而不是一直搭便车。过去30多年IT浪潮里,我们基本没有参与到真正的技术创新里,"
                        + "我们已经习惯摩尔定律从天而降,躺在家里18个月就会出来更好的硬");
    }

    @Test
    void theApiShowsRelatedItemsWithTypeIdUrlSourceAndOverlap() throws Exception {
        JsonNode quote = get("/api/quotes/" + THOUGHTS + "-29");
        assertThat(quote.path("related")).hasSize(2);
        JsonNode first = quote.path("related").get(0);
        assertThat(first.path("type").asString()).isEqualTo("exchange");
        assertThat(first.path("id").asString()).isEqualTo(BLOG + "-2");
        assertThat(first.path("url").asString()).isEqualTo("/exchanges/" + BLOG + "-2");
        assertThat(first.path("source").path("id").asString()).isEqualTo(BLOG);
        assertThat(first.path("source").path("title").asString()).isEqualTo("deepseek创始人的专访和北风对技术的回顾");
        assertThat(first.path("overlap").asString()).isEqualTo("大部分中国公司习惯follow而不是创新");
        assertThat(quote.path("related").get(1).path("overlap").asString()).isEqualTo("大部分中國公司習慣 follow，而不是創新");

        JsonNode page = get("/api/exchanges?source=" + FIXTURE);
        List<Integer> relatedCounts = new ArrayList<>();
        page.path("items").forEach(item -> relatedCounts.add(item.path("related").size()));
        assertThat(relatedCounts).containsExactly(2, 2, 2, 0, 2);
    }

    @Test
    void linksAreRebuiltAfterEveryImportRun() throws IOException {
        Path extra = folder.resolve("seeds").resolve("extra.txt");
        Files.writeString(extra, "标题: 轉述\n\n他說：大部分中國公司習慣follow，而不是創新。這句話值得反覆讀。\n");
        try {
            importer.importAll();
            assertThat(related.of(THOUGHTS + "-29")).extracting(RelatedItem::id)
                    .containsExactly(BLOG + "-2", "extra-1", FIXTURE + "-1");
        } finally {
            Files.delete(extra);
            importer.importAll();
        }
        assertThat(related.of(THOUGHTS + "-29")).extracting(RelatedItem::id).containsExactly(BLOG + "-2", FIXTURE + "-1");
    }

    private List<String> allLinks() {
        List<String> ids = Stream.concat(quotes.findAll().stream().map(Quote::getId),
                exchanges.findAll().stream().map(InterviewExchange::getId)).toList();
        List<String> links = new ArrayList<>();
        for (String id : ids) {
            related.of(id).forEach(r -> links.add(id + " -> " + r.id()));
        }
        return links;
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }
}
