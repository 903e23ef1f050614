package org.yulu.search;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yulu.search.SeedCorpus.BLOG;
import static org.yulu.search.SeedCorpus.THOUGHTS;

/** The running application: seeds imported at startup, indexed, and searched over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchApiTest {

    @DynamicPropertySource
    static void ownDataFolder(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("yulu-search-api");
        registry.add("yulu.seeds-dir", () -> "seeds");
        registry.add("yulu.data-dir", data::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    SearchIndex index;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theImportAtStartupLeavesAReadyIndexOfEveryItem() {
        assertThat(index.status().ready()).isTrue();
        assertThat(index.status().documents()).isEqualTo(62);
        assertThat(index.status().location()).endsWith("index");
    }

    @Test
    void answersWithItemsShapedAsTheReadApiPlusAHighlight() throws Exception {
        JsonNode body = getOk("/api/search?q=" + encode("護城河") + "&size=1");
        assertThat(body.propertyNames()).containsExactly("items", "total", "page", "size", "facets", "meaning",
                "correctedQuery");
        assertThat(body.get("total").asLong()).isEqualTo(2);
        assertThat(body.get("page").asInt()).isEqualTo(1);
        assertThat(body.get("size").asInt()).isEqualTo(1);
        JsonNode item = body.get("items").get(0);
        assertThat(item.propertyNames()).containsExactly("type", "id", "url", "source", "position", "interviewer",
                "speaker", "question", "answer", "related", "highlight", "match");
        assertThat(item.get("type").asString()).isEqualTo("exchange");
        assertThat(item.get("source").get("title").asString()).isEqualTo("deepseek创始人的专访和北风对技术的回顾");
        assertThat(item.get("highlight").asString()).contains("<mark>护城河</mark>");
        JsonNode exchange = getOk("/api/exchanges/" + item.get("id").asString());
        for (String field : List.of("id", "url", "position", "interviewer", "speaker", "question", "answer", "related")) {
            assertThat(item.get(field)).as(field).isEqualTo(exchange.get(field));
        }
    }

    @Test
    void quotesKeepTheirReadApiFields() throws Exception {
        JsonNode item = getOk("/api/search?q=follow&type=quote").get("items").get(0);
        assertThat(item.propertyNames()).containsExactly("type", "id", "url", "speaker", "source", "position",
                "number", "context", "text", "related", "highlight", "match");
        assertThat(item.get("id").asString()).isEqualTo(THOUGHTS + "-29");
        assertThat(item.get("related").get(0).get("id").asString()).isEqualTo("003_becfb7cbb320fc93-2");
        assertThat(item.get("number").asInt()).isEqualTo(29);
        assertThat(item.get("context").isNull()).isTrue();
        assertThat(item.get("highlight").asString()).isEqualTo("大部分中国公司习惯<mark>follow</mark>,而不是创新。");
    }

    @Test
    void answersWithFacetsPerTypeSpeakerAndSource() throws Exception {
        JsonNode facets = getOk("/api/search?q=" + encode("创新") + "&speaker=" + encode("梁文锋")).get("facets");
        assertThat(facets.propertyNames()).containsExactly("type", "speaker", "source");
        assertThat(facets.get("type").get("quote").asLong()).isEqualTo(7);
        assertThat(facets.get("type").get("exchange").asLong()).isEqualTo(10);
        assertThat(facets.get("speaker").get("北风").asLong()).isEqualTo(6);
        assertThat(facets.get("source").get(BLOG).asLong()).isEqualTo(10);
    }

    @Test
    void badParametersAreRefusedWithAClearMessage() throws Exception {
        assertBadRequest("/api/search?q=a&page=0", "page must be a whole number from 1 to 100000, not 0");
        assertBadRequest("/api/search?q=a&size=101", "size must be a whole number from 1 to 100, not 101");
        assertBadRequest("/api/search?q=a&size=x", "size must be a whole number from 1 to 100");
        assertBadRequest("/api/search?q=a&type=video", "type must be quote or exchange, not 'video'");
    }

    @Test
    void noQueryEverFailsTheServer() throws Exception {
        List<String> nasty = List.of("", " ", "\"", "\"创新", "创新\"", "AND (", "(", ")", "*", "?", "~", "^",
                "[1 TO", "{1 TO 2}", "field:x", "text:创新", "\\", "\\\\创新", "创新\\", "😀", "😀创新😀", "\u0000",
                "\u0007\u001b[31m", "-", "--", "-\"", "+创新", "创新~2", "AGI^10", "/regex/", "a".repeat(20_000),
                "创新 ".repeat(4_000), "梁".repeat(20_000), "\uD800", "\uDC00abc", "%", "&", "<script>");
        for (String q : nasty) {
            HttpResponse<String> response = get("/api/search?q=" + encode(q));
            assertThat(response.statusCode()).as(q.length() > 40 ? q.substring(0, 40) + "…" : q).isEqualTo(200);
            assertThat(JsonMapper.shared().readTree(response.body()).get("total").isNumber()).isTrue();
        }
    }

    @Test
    void pinyinHitsSayHowTheyWereFoundAndMarkTheirChinese() throws Exception {
        JsonNode body = getOk("/api/search?q=hch&mode=keyword");
        assertThat(body.get("total").asLong()).isEqualTo(2);
        for (JsonNode hit : body.get("items")) {
            assertThat(hit.get("match").asString()).isEqualTo("pinyin");
            assertThat(hit.get("highlight").asString()).contains("<mark>护城河</mark>");
        }
    }

    @Test
    void aTypoOfTheRightSoundIsSearchedAsTheCorpusWritesItUnlessExactIsAsked() throws Exception {
        JsonNode corrected = getOk("/api/search?q=" + encode("护城合") + "&mode=keyword");
        assertThat(corrected.get("correctedQuery").asString()).isEqualTo("护城河");
        assertThat(corrected.get("total").asLong()).isEqualTo(2);
        JsonNode exact = getOk("/api/search?q=" + encode("护城合") + "&mode=keyword&exact=true");
        assertThat(exact.get("correctedQuery").isNull()).isTrue();
        assertThat(exact.get("total").asLong()).isZero();
    }

    @Test
    void suggestsTheCorpusWordsBeginningWithCharactersPinyinOrInitials() throws Exception {
        assertThat(suggested("护城")).containsExactly("护城河 2");
        assertThat(suggested("hch")).containsExactly("护城河 2");
        assertThat(suggested("好奇")).containsExactly("好奇心 4");
        assertThat(suggested("lwf")).containsExactly("梁文锋 46");
        assertThat(suggested("chuang")).startsWith("创新 22", "创造 3");
        assertThat(suggested("c")).hasSize(Suggestions.MOST);
        assertThat(suggested("")).isEmpty();
        assertThat(suggested("zzzzqqq")).isEmpty();
    }

    @Test
    void suggestTakesNoOtherParameter() throws Exception {
        assertThat(get("/api/suggest?q=a&size=3").statusCode()).isEqualTo(400);
    }

    private List<String> suggested(String q) throws Exception {
        List<String> texts = new java.util.ArrayList<>();
        for (JsonNode suggestion : getOk("/api/suggest?q=" + encode(q)).get("suggestions")) {
            texts.add(suggestion.get("text").asString() + " " + suggestion.get("count").asInt());
        }
        return texts;
    }

    @Test
    void anEmptyQueryAnswersNoItems() throws Exception {
        JsonNode body = getOk("/api/search");
        assertThat(body.get("items").size()).isZero();
        assertThat(body.get("total").asLong()).isZero();
    }

    private JsonNode getOk(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JsonMapper.shared().readTree(response.body());
    }

    private void assertBadRequest(String path, String message) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        JsonNode body = JsonMapper.shared().readTree(response.body());
        assertThat(body.get("message").asString()).isEqualTo(message);
        assertThat(body.get("path").asString()).isEqualTo("/api/search");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
