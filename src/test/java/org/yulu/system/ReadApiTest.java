package org.yulu.system;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON read API over the real seeds, through a real HTTP client against a running server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadApiTest {

    static final String THOUGHTS = "000_ce303afc9506ad64";
    static final String BLOG = "003_becfb7cbb320fc93";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        registry.add("yulu.seeds-dir", () -> "seeds");
        registry.add("yulu.data-dir", Files.createTempDirectory("yulu-api")::toString);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = JsonMapper.builder().build();

    record Answer(int status, JsonNode body, String contentType) {
    }

    private Answer get(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("Content-Type").orElse("");
        return new Answer(response.statusCode(), type.contains("json") ? json.readTree(response.body()) : null, type);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void listsBothSourcesWithTheirCounts() throws Exception {
        JsonNode body = get("/api/sources").body();
        assertThat(body.get("total").asInt()).isEqualTo(2);
        JsonNode thoughts = body.get("items").get(0);
        assertThat(thoughts.get("id").asString()).isEqualTo(THOUGHTS);
        assertThat(thoughts.get("title").asString()).isEqualTo("DeepSeek创始人梁文锋的30条思考");
        assertThat(thoughts.get("author").asString()).isEqualTo("杰华评科技");
        assertThat(thoughts.get("publishedAt").asString()).isEqualTo("2025-02-09T16:30:20");
        assertThat(thoughts.get("url").asString()).isEqualTo("/sources/" + THOUGHTS);
        assertThat(thoughts.get("quoteCount").asInt()).isEqualTo(30);
        assertThat(thoughts.get("exchangeCount").asInt()).isZero();
        JsonNode blog = body.get("items").get(1);
        assertThat(blog.get("author").asString()).isEqualTo("北风");
        assertThat(blog.get("quoteCount").asInt()).isEqualTo(16);
        assertThat(blog.get("exchangeCount").asInt()).isEqualTo(16);
    }

    @Test
    void filtersQuotesBySpeakerAndSource() throws Exception {
        assertThat(get("/api/quotes?speaker=" + enc("梁文锋")).body().get("total").asInt()).isEqualTo(30);
        assertThat(get("/api/quotes?speaker=" + enc("北风")).body().get("total").asInt()).isEqualTo(16);
        assertThat(get("/api/quotes?source=" + BLOG).body().get("total").asInt()).isEqualTo(16);
        assertThat(get("/api/quotes").body().get("total").asInt()).isEqualTo(46);
        assertThat(get("/api/quotes?speaker=" + enc("北风") + "&source=" + THOUGHTS).body().get("total").asInt())
                .isZero();
    }

    @Test
    void servesAQuoteInTheAgreedShape() throws Exception {
        JsonNode quote = get("/api/quotes/" + THOUGHTS + "-27").body();
        assertThat(quote.get("type").asString()).isEqualTo("quote");
        assertThat(quote.get("id").asString()).isEqualTo(THOUGHTS + "-27");
        assertThat(quote.get("url").asString()).isEqualTo("/quotes/" + THOUGHTS + "-27");
        assertThat(quote.get("speaker").asString()).isEqualTo("梁文锋");
        assertThat(quote.get("source").get("id").asString()).isEqualTo(THOUGHTS);
        assertThat(quote.get("source").get("title").asString()).isEqualTo("DeepSeek创始人梁文锋的30条思考");
        assertThat(quote.get("position").asInt()).isEqualTo(27);
        assertThat(quote.get("number").asInt()).isEqualTo(27);
        assertThat(quote.get("context").isNull()).isTrue();
        assertThat(quote.get("text").asString()).startsWith("最重要的是参与到全球创新的浪潮里去。");
    }

    @Test
    void pagesThroughQuotesInReadingOrder() throws Exception {
        JsonNode second = get("/api/quotes?source=" + THOUGHTS + "&page=2&size=7").body();
        assertThat(second.get("total").asInt()).isEqualTo(30);
        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(second.get("size").asInt()).isEqualTo(7);
        List<Integer> numbers = new ArrayList<>();
        second.get("items").forEach(item -> numbers.add(item.get("number").asInt()));
        assertThat(numbers).containsExactly(8, 9, 10, 11, 12, 13, 14);
        assertThat(get("/api/quotes?source=" + THOUGHTS + "&page=9&size=7").body().get("items").size()).isZero();
    }

    @Test
    void servesExchangesWithTheIntervieweeAsSpeaker() throws Exception {
        JsonNode page = get("/api/exchanges?speaker=" + enc("梁文锋") + "&size=100").body();
        assertThat(page.get("total").asInt()).isEqualTo(16);
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("type").asString()).isEqualTo("exchange");
        assertThat(first.get("id").asString()).isEqualTo(BLOG + "-2");
        assertThat(first.get("url").asString()).isEqualTo("/exchanges/" + BLOG + "-2");
        assertThat(first.get("interviewer").asString()).isEqualTo("记者");
        assertThat(first.get("speaker").asString()).isEqualTo("梁文锋");
        assertThat(first.get("position").asInt()).isEqualTo(2);
        assertThat(first.get("question").asString()).isEqualTo("为什么DeepSeek会让硅谷的很多人惊讶?");
        assertThat(get("/api/exchanges/" + BLOG + "-13").body().get("answer").asString())
                .startsWith("因为我们觉得现在最重要的是参与到全球创新的浪潮里去。");
    }

    @Test
    void unknownIdsAnswer404WithAJsonError() throws Exception {
        Answer quote = get("/api/quotes/" + BLOG + "-2");
        assertThat(quote.status()).isEqualTo(404);
        assertThat(quote.body().get("message").asString()).isEqualTo("No quote has the id '" + BLOG + "-2'.");
        Answer exchange = get("/api/exchanges/nope");
        assertThat(exchange.status()).isEqualTo(404);
        assertThat(exchange.body().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void badPagingAnswers400WithAClearMessage() throws Exception {
        assertThat(get("/api/quotes?size=101").body().get("message").asString())
                .isEqualTo("size must be a whole number from 1 to 100, not 101");
        assertThat(get("/api/quotes?page=0").body().get("message").asString())
                .isEqualTo("page must be a whole number from 1 to 100000, not 0");
        Answer abc = get("/api/exchanges?size=abc");
        assertThat(abc.status()).isEqualTo(400);
        assertThat(abc.body().get("message").asString()).isEqualTo("size must be a whole number from 1 to 100");
        assertThat(get("/api/quotes?source=nope").status()).isEqualTo(400);
    }

    @Test
    void eachPermalinkServesAnHtmlPageShowingTheItem() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/quotes/" + THOUGHTS + "-29")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("大部分中国公司习惯follow,而不是创新。");
        HttpResponse<String> exchange = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/exchanges/" + BLOG + "-6")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(exchange.body()).contains("你怎么看类似朱啸虎的这种市场信仰派观点?");
    }
}
