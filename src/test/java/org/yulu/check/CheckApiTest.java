package org.yulu.check;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yulu.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** The check over HTTP, on the seeds, by keyword candidates alone (meaning search is off in tests). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckApiTest {

    static final String THOUGHTS = "000_ce303afc9506ad64";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        registry.add("yulu.seeds-dir", () -> "seeds");
        registry.add("yulu.data-dir", Files.createTempDirectory("yulu-check")::toString);
    }

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> api(String text) {
        return new TestHttp(port).get("/api/check?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> page(String text) {
        return new TestHttp(port).get("/check?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8),
                "Accept", "text/html", "Accept-Language", "zh-CN");
    }

    @Test
    void answersTheVerdictTheSpeakerAndEachMatchWithTheItemAsTheReadApiShowsIt() {
        HttpResponse<String> response = api("北风说：“我们招人有条原则是，看能力，而不是看经验。”");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("text").asString()).isEqualTo("北风说：“我们招人有条原则是，看能力，而不是看经验。”");
        assertThat(body.get("claimedSpeaker").asString()).isEqualTo("北风");
        assertThat(body.get("verdict").asString()).isEqualTo("excerpt");
        JsonNode best = body.get("matches").get(0);
        assertThat(best.get("verdict").asString()).isEqualTo("excerpt");
        assertThat(best.get("attribution").asString()).isEqualTo("mismatch");
        assertThat(best.get("similarity").asDouble()).isEqualTo(1.0);
        assertThat(best.get("item").get("id").asString()).isEqualTo(THOUGHTS + "-12");
        assertThat(best.get("item").get("type").asString()).isEqualTo("quote");
        assertThat(best.get("item").get("url").asString()).isEqualTo("/quotes/" + THOUGHTS + "-12");
        assertThat(best.get("item").get("speaker").asString()).isEqualTo("梁文锋");
        assertThat(best.get("diff").get(0).get("op").asString()).isEqualTo("equal");
        assertThat(best.get("diff").get(0).get("text").asString()).isEqualTo("我们招人有条原则是,看能力,而不是看经验。");
        assertThat(best.get("diff").get(1).get("op").asString()).isEqualTo("delete");
    }

    @Test
    void nothingCloseAnswersNotFoundWithNoMatches() {
        JsonNode body = json.readTree(api("红烧肉怎么做才好吃").body());

        assertThat(body.get("verdict").asString()).isEqualTo("not_found");
        assertThat(body.get("claimedSpeaker").isNull()).isTrue();
        assertThat(body.get("matches").size()).isZero();
    }

    @Test
    void emptyBlankTooLongOrControlCharactersAnswer400SayingTheLimit() {
        for (String path : new String[]{"/api/check", "/api/check?text=", "/api/check?text=%20%0A%20"}) {
            HttpResponse<String> response = new TestHttp(port).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).contains("1 to 1000 characters");
        }
        assertThat(api("创".repeat(1000)).statusCode()).isEqualTo(200);
        HttpResponse<String> tooLong = api("创".repeat(1001));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("at most 1000 characters");
        HttpResponse<String> control = api("我们招人\u0000有条原则是");
        assertThat(control.statusCode()).isEqualTo(400);
        assertThat(control.body()).contains("control characters");
        assertThat(new TestHttp(port).get("/api/check?text=x&q=y").body()).contains("unknown parameter 'q'");
    }

    @Test
    void thePageSaysTheVerdictAndTheMismatchPlainlyAndMarksWhatWasLeftOut() {
        HttpResponse<String> response = page("北风说：“在颠覆性的技术面前，闭源形成的护城河是短暂的……我们把价值沉淀在团队上”");

        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html).contains("原话节选").contains("这段话出自梁文锋，而非北风。")
                .contains("原文有而引文没有：</span>即使OpenAI闭源,也无法阻止被别人赶超。所以<span")
                .contains("data-url=\"在颠覆性的技术面前,闭源形成的护城河是短暂的,即使OpenAI闭源,也无法阻止被别人赶超。所以我们把价值沉淀在团队上,\"")
                .contains("/exchanges/003_becfb7cbb320fc93-5").contains("复制原话")
                .contains("<textarea id=\"text\" name=\"text\"");
    }

    @Test
    void thePageShowsMarkupInTheTextAsTextAndBadInputAs400WithTheForm() {
        HttpResponse<String> markup = page("<script>alert(1)</script>我们招人有条原则是");
        assertThat(markup.statusCode()).isEqualTo(200);
        assertThat(markup.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");

        HttpResponse<String> empty = page("");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("请贴入 1 到 1000 个字的一段话。").contains("<textarea");
        assertThat(page("创".repeat(1001)).statusCode()).isEqualTo(400);

        HttpResponse<String> form = new TestHttp(port).get("/check", "Accept", "text/html");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).doesNotContain("class=\"error\"");
    }

    @Test
    void theHeaderLinksTheCheckOnEveryPage() {
        assertThat(new TestHttp(port).get("/", "Accept", "text/html", "Accept-Language", "zh-CN").body())
                .contains("<a href=\"/check\">查证</a>");
    }
}
