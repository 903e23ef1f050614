package org.yulu.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yulu.TestHttp;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages meet the same careless or hostile requests as the API: a bad parameter is a 400 page in the site's
 * layout that says what is wrong, a hostile query is searched as text, and nothing is ever a 5xx or a trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageAbuseTest {

    /** 20,000 characters: 梁 percent-encoded, as a pasted page would arrive. */
    static final String PASTED = "%E6%A2%81".repeat(20_000);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        registry.add("yulu.seeds-dir", () -> "seeds");
        registry.add("yulu.data-dir", Files.createTempDirectory("yulu-page-abuse")::toString);
    }

    @LocalServerPort
    int port;

    HttpResponse<String> get(String path) {
        HttpResponse<String> response = new TestHttp(port).get(path, "Accept", "text/html,*/*;q=0.8");
        assertThat(response.body()).as(path).doesNotContain("Exception", "at org.", "at java.", "Whitelabel");
        return response;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/quotes?page=-1              | 参数 page 应为 1 到 100,000 之间的整数，而不是 -1。",
            "/quotes?size=0               | 参数 size 应为 1 到 100 之间的整数，而不是 0。",
            "/quotes?size=100000          | 参数 size 应为 1 到 100 之间的整数，而不是 100,000。",
            "/exchanges?size=abc          | 参数 size 应为 1 到 100 之间的整数。",
            "/quotes?page=99999999999     | 参数 page 应为 1 到 100,000 之间的整数。",
            "/search?size=abc             | 参数 size 应为 1 到 100 之间的整数。",
            "/search?q=a&page=-1          | 参数 page 应为 1 到 100,000 之间的整数，而不是 -1。",
            "/search?q=a&type=poem        | 类型只能是 quote（语录）或 exchange（问答），而不是「poem」。",
            "/quotes?source=..%2F..       | 没有 id 为「../..」的来源，来源列表见首页。"})
    void aBadParameterIsA400PageSayingWhatIsWrong(String path, String message) {
        HttpResponse<String> page = get(path);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"zh-CN\">", "<h1>无法处理这个请求</h1>",
                "<p class=\"message\">" + message + "</p>");
    }

    @Test
    void aPagePastTheLastIsANotFoundPageLinkingTheLastOne() {
        HttpResponse<String> page = get("/search?q=a&page=100000");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html lang=\"zh-CN\">", "这个列表只有 1 页。", "href=\"/search?q=a\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/search?q=%00", "/search?q=a%00b", "/search?q=%22%28%5B%7B%5C*%3F~%5E:AND%20OR%20NOT",
            "/search?q=%E2%80%AE%EF%BB%BF", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E",
            "/search?q=a&source=..%2F..", "/quotes?utm_source=feed&fbclid=x"})
    void aHostileOrOddQueryIsAnsweredWithAPageNotAnError(String path) {
        HttpResponse<String> page = get(path);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"zh-CN\">", "role=\"search\"").doesNotContain("<script>alert");
    }

    @Test
    void aPastedPageOfTwentyThousandCharactersSearchesItsStartAndFindsNothing() {
        HttpResponse<String> page = get("/search?q=" + PASTED);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().contains("<p class=\"none\">没有找到与“梁梁梁")).as("the nothing-found note").isTrue();
        assertThat(page.body().contains("value=\"" + "梁".repeat(200) + "\"")).as("the searched part in the box")
                .isTrue();
        assertThat(page.body().length()).as("the page repeats only the searched part").isLessThan(20_000);

        HttpResponse<String> api = get("/api/search?q=" + PASTED);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body().startsWith("{\"items\":[],\"total\":0,")).as("an empty first page").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sources/..%2F..%2Fetc", "/sources/..%2F..%2Fetc%2Fpasswd", "/quotes/a%00b",
            "/exchanges/%2e%2e%2f", "/sources/%00", "/quotes/%2e%2e/%2e%2e/etc/passwd", "/sources/%C0%AE%C0%AE%2F"})
    void anEncodedTraversalOrNulInAnIdIsRefusedWith400BeforeAnyPage(String path) {
        HttpResponse<String> page = get(path);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<html lang=\"zh-CN\">", "<h1>无法处理这个请求</h1>",
                "<p class=\"message\" lang=\"en\">" + ServerErrorReport.MALFORMED + "</p>", "<a href=\"/\">回到首页</a>")
                .doesNotContain("passwd", "root:", "Tomcat");
        SecurityHeadersTest.assertSecurityHeaders(page);
    }

    @Test
    void anEncodedTraversalInAnApiIdIsRefusedWithAnApiError() {
        HttpResponse<String> response = get("/api/quotes/..%2F..%2Fetc%2Fpasswd");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"status\":400,\"error\":\"Bad Request\",\"message\":\""
                + ServerErrorReport.MALFORMED + "\",\"path\":\"/api/quotes/..%2F..%2Fetc%2Fpasswd\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "PATCH", "DELETE", "OPTIONS", "POST"})
    void everyMethodButGetAndHeadIsRefusedOnEveryKindOfPage(String method) {
        for (String path : new String[] {"/", "/quotes", "/exchanges", "/search", "/sources/x", "/feed.xml"}) {
            HttpResponse<String> response = new TestHttp(port).send(method, path + "?q=a");
            assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
            assertThat(response.body()).isEqualTo("Yulu can only be read: " + path + " accepts GET and HEAD, not "
                    + method + ".");
        }
    }

    @Test
    void traceIsRefusedByTheServerItselfWithoutEchoingTheRequest() {
        HttpResponse<String> response = new TestHttp(port).send("TRACE", "/quotes", "X-Secret", "echo-me");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("Method Not Allowed").doesNotContain("echo-me");
    }
}
