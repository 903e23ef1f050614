package org.yulu.search;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yulu.OwnSeeds;
import org.yulu.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches by meaning over HTTP, where a new question is encoded off the request thread and the answer finished on
 * another: the same answer as any other, in the reader's language, kept, and errors said as usual.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "yulu.meaning-search=true")
class MeaningOverHttpTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void seedsOfItsOwn(DynamicPropertyRegistry registry) throws IOException {
        OwnSeeds.register(registry, "meaninghttp", "000_ce303afc9506ad64.txt", "003_becfb7cbb320fc93.txt");
    }

    private TestHttp http() throws InterruptedException {
        TestHttp http = new TestHttp(port);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!json(http.get("/actuator/health")).path("components").path("meaningSearch").path("status").asString()
                .equals("UP")) {
            assertThat(System.nanoTime()).as("waited two minutes for the model").isLessThan(deadline);
            Thread.sleep(100);
        }
        return http;
    }

    @Test
    void aNewQuestionIsAnsweredByMeaningAndItsAnswerKept() throws Exception {
        TestHttp http = http();
        String path = "/api/search?q=" + encode("招聘");
        HttpResponse<String> first = http.get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        JsonNode hiring = json(first);
        assertThat(hiring.path("meaning").asString()).isEqualTo("used");
        assertThat(hiring.path("items").valueStream().map(i -> i.path("match").asString()).distinct().toList())
                .containsExactly("meaning");
        assertThat(first.body()).contains("招人");
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/json");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = http.get(path);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(http.get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void aPageFinishedOffTheRequestThreadIsInTheReadersLanguage() throws Exception {
        TestHttp http = http();
        HttpResponse<String> chinese = http.get("/search?q=" + encode("怎么找到合适的员工"));
        assertThat(chinese.statusCode()).isEqualTo(200);
        assertThat(chinese.body()).contains("意思相近", "<html lang=\"zh-CN\"");
        assertThat(chinese.headers().firstValue("Content-Language")).hasValue("zh-CN");
        assertThat(chinese.headers().firstValue("Content-Security-Policy")).isPresent();

        HttpResponse<String> english = http.get("/search?q=" + encode("怎样招募年轻人"), "Accept-Language", "en");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("<html lang=\"en\"").doesNotContain("意思相近");
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
    }

    @Test
    void badFiltersOnANewQuestionAreStillA400() throws Exception {
        TestHttp http = http();
        HttpResponse<String> api = http.get("/api/search?type=poem&q=" + encode("年轻人的好奇心"));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(json(api).path("message").asString()).isEqualTo("type must be quote or exchange, not 'poem'");
        HttpResponse<String> page = http.get("/search?type=poem&q=" + encode("年轻人的想象力"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("poem");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
