package org.yulu.search;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.yulu.TestHttp;
import org.yulu.YuluApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a reader types into the search box (any Unicode, Lucene syntax, control characters, pages of text),
 * the parser reads it without failing, and the running site answers 200 with at most one page of hits whose
 * snippets hold no markup but their marks.
 */
class SearchInputProperties {

    /** Anything in a snippet that looks like a tag other than the marks the snippet adds. */
    static final Pattern FOREIGN_TAG = Pattern.compile("<(?!/?mark>)");

    static ConfigurableApplicationContext site;
    static TestHttp http;

    @BeforeContainer
    static void startTheSiteOnTheSeeds() throws Exception {
        site = SpringApplication.run(YuluApplication.class, "--server.port=0", "--yulu.seeds-dir=seeds",
                "--yulu.data-dir=" + Files.createTempDirectory("yulu-search-input"),
                "--spring.datasource.url=jdbc:h2:mem:search-input;DB_CLOSE_DELAY=-1", "--yulu.rescan-interval=0");
        http = new TestHttp(Integer.parseInt(site.getEnvironment().getProperty("local.server.port")));
    }

    @AfterContainer
    static void stopTheSite() {
        if (site != null) {
            site.close();
        }
    }

    @Property(tries = 1000)
    void anyTypedTextParsesIntoAtMostTwentyNonBlankKeywordsOfEachKind(@ForAll("typed") String typed) {
        SearchQuery query = SearchQuery.parse(typed);

        assertThat(query.words()).hasSizeLessThanOrEqualTo(SearchQuery.MAX_KEYWORDS).allMatch(w -> !w.isBlank());
        assertThat(query.phrases()).hasSizeLessThanOrEqualTo(SearchQuery.MAX_KEYWORDS).allMatch(p -> !p.isBlank());
        assertThat(query.exclusions()).hasSizeLessThanOrEqualTo(SearchQuery.MAX_KEYWORDS).allMatch(e -> !e.isBlank());
        assertThat(query.words()).allMatch(w -> w.codePoints().noneMatch(Character::isWhitespace));
    }

    @Property(tries = 300)
    void theSearchApiAnswersAnyQueryWithOnePageOfEscapedHits(@ForAll("typed") String typed,
            @ForAll("pageSizes") int size) throws Exception {
        HttpResponse<String> response = http.get("/api/search?size=" + size + "&q=" + encode(typed));

        assertThat(response.statusCode()).as(typed).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        JsonNode items = body.get("items");
        assertThat(items.size()).isLessThanOrEqualTo(size);
        assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(items.size());
        assertThat(body.get("size").asInt()).isEqualTo(size);
        items.forEach(hit -> assertThat(FOREIGN_TAG.matcher(hit.get("highlight").asString()).find()).isFalse());
        Statistics.collect(items.isEmpty() ? "no hits" : "hits");
    }

    @Property(tries = 150)
    void theSearchPageAnswersAnyQueryWithAPageOfTheSite(@ForAll("typed") String typed) {
        HttpResponse<String> response = http.get("/search?q=" + encode(typed));

        assertThat(response.statusCode()).as(typed).isEqualTo(200);
        assertThat(response.body()).contains("<html lang=\"zh-CN\">", "role=\"search\"")
                .doesNotContain("Exception", "at org.", "at java.");
    }

    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("创新", "护城河", "梁文锋", "AGI", "follow", "創新", "ＡＧＩ", "AND", "OR", "NOT", "TO", "*", "?",
                        "~", "~2", "^3", ":", "(", ")", "[", "]", "{", "}", "\\", "/", "+", "-", "&&", "||", "!", "\"",
                        "“", "”", "「", "」", "text:", "*:*", "/.*/", "<mark>", "</mark>", "<script>", "&amp;", " ",
                        "\u3000", "\t", "\n", "\r"),
                Arbitraries.chars().range('\u0000', '\u001f').map(String::valueOf),
                Arbitraries.of("\u007f", "\u00ad", "\u200b", "\u200d", "\u202e", "\ufeff", "\ufffd", "\ud800",
                        "\udfff", "😀", "👨‍👩‍👧", "ﬁ", "…", "Ⅻ", "ß", "İ").map(String::valueOf),
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(8));
        Arbitrary<String> mixed = pieces.list().ofMaxSize(40).map(list -> String.join("", list));
        Arbitrary<String> pasted = Arbitraries.strings().withChars("创新护城河 \"-*?()").ofMinLength(1_000)
                .ofMaxLength(20_000);
        // words of the seeds between separators a reader might paste, so that many queries do find something
        Arbitrary<String> separator = Arbitraries.of(" ", "\t", "\u0000", "\u3000", "\r\n", " -follow ", "\u001b");
        Arbitrary<String> found = Combinators.combine(Arbitraries.of("创新", "護城河", "梁文锋", "ＡＧＩ", "\"大模型\"", "技术"),
                separator, Arbitraries.of("", "创新", "人才", "开源")).as((word, between, other) -> word + between + other);
        return Arbitraries.frequencyOf(Tuple.of(6, mixed), Tuple.of(3, found), Tuple.of(1, pasted));
    }

    @Provide
    Arbitrary<Integer> pageSizes() {
        return Arbitraries.integers().between(1, 100);
    }

    /** Lone surrogates cannot travel in a URL; the encoder sends "?" for them, as browsers do. */
    private static String encode(String typed) {
        return URLEncoder.encode(typed, StandardCharsets.UTF_8);
    }
}
