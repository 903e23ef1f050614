package org.yulu.system;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yulu.TestHttp;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What every response tells the browser, checked on a real server with a real HTTP client. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:site;DB_CLOSE_DELAY=-1", "yulu.data-dir=target/test-data/site"})
class SecurityHeadersTest {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @LocalServerPort
    int port;

    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().allValues("Content-Security-Policy")).containsExactly(CSP);
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("strict-origin-when-cross-origin");
        assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
    }

    @Test
    void aPermalinkPageIsSecuredAndCachedWithAnETag() {
        HttpResponse<String> page = http.get("/quotes/000_ce303afc9506ad64-1");

        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page);
        assertThat(page.headers().allValues("Cache-Control")).containsExactly("max-age=300, public");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        // weak, so Tomcat may gzip the page and keep the tag
        assertThat(etag).matches("W/\"[0-9a-f]{33}\"");

        HttpResponse<String> again = http.get("/quotes/000_ce303afc9506ad64-1", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertSecurityHeaders(again);
    }

    @Test
    void aPermalinkPageAnswersHead() {
        HttpResponse<String> head = http.send("HEAD", "/exchanges/003_becfb7cbb320fc93-2");

        assertThat(head.statusCode()).isEqualTo(200);
        assertSecurityHeaders(head);
        assertThat(head.headers().allValues("Cache-Control")).containsExactly("max-age=300, public");
    }

    @Test
    void anApiResponseIsSecuredAndCarriesAnETag() {
        HttpResponse<String> quote = http.get("/api/quotes/000_ce303afc9506ad64-1");

        assertThat(quote.statusCode()).isEqualTo(200);
        assertSecurityHeaders(quote);
        assertThat(quote.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(quote.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void searchesAreSecuredAndTaggedWithTheirKeptBytesHash() {
        for (String path : List.of("/search?q=%E5%88%9B%E6%96%B0", "/api/search?q=%E5%88%9B%E6%96%B0")) {
            HttpResponse<String> search = http.get(path);

            assertThat(search.statusCode()).as(path).isEqualTo(200);
            assertSecurityHeaders(search);
            assertThat(search.headers().firstValue("ETag")).as(path).get().asString().matches("\"[0-9a-f]{32}\"");
        }
    }

    @Test
    void aStaticAssetCarriesAnETagAndAnHourOfPublicCaching() {
        HttpResponse<String> css = http.get("/test-asset.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).isEqualTo("body { margin: 0 auto; }\n");
        assertSecurityHeaders(css);
        assertThat(css.headers().allValues("Cache-Control")).containsExactly("max-age=3600, public");
        assertThat(css.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void aMissingPermalinkIsA404ThatIsSecuredNotCachedAndSaysNothingInternal() {
        HttpResponse<String> missing = http.get("/quotes/no-such-quote", "Accept", "text/html",
                "Accept-Language", "en");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertSecurityHeaders(missing);
        assertThat(missing.headers().firstValue("Cache-Control")).isEmpty();
        assertThat(missing.body()).contains("There is no page here; the link may be wrong.")
                .doesNotContain("Exception", "no-such-quote", "at org.", "Tomcat");
    }

    @Test
    void aMalformedUrlRefusedByTheServerItselfIsSecuredToo() {
        HttpResponse<String> malformed = http.get("/api/quotes/%2e%2e%2fetc");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertSecurityHeaders(malformed);
        assertThat(malformed.body()).doesNotContain("Exception", "Tomcat/");
    }

    @Test
    void theDefaultErrorJsonHasNoMessageNoExceptionAndNoTrace() {
        HttpResponse<String> missing = http.get("/no/such/page", "Accept", "application/json");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertSecurityHeaders(missing);
        assertThat(missing.body()).contains("\"status\":404", "\"error\":\"Not Found\"")
                .doesNotContain("\"message\"", "\"exception\"", "\"trace\"");
    }

    @Test
    void anApiErrorIsAnApiErrorBodyWithTheHeaders() {
        HttpResponse<String> bad = http.get("/api/quotes?page=abc");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertSecurityHeaders(bad);
        assertThat(bad.body()).isEqualTo("{\"status\":400,\"error\":\"Bad Request\","
                + "\"message\":\"page must be a whole number from 1 to 100000\",\"path\":\"/api/quotes\"}");
    }

    @Test
    void postingToAPageIsRefusedWith405AndTheAllowedMethods() {
        HttpResponse<String> post = http.send("POST", "/quotes/x");

        assertThat(post.statusCode()).isEqualTo(405);
        assertSecurityHeaders(post);
        assertThat(post.headers().allValues("Allow")).containsExactly("GET, HEAD");
        assertThat(post.body()).isEqualTo("Yulu can only be read: /quotes/x accepts GET and HEAD, not POST.");
    }

    @Test
    void deletingThroughTheApiIsRefusedWith405AndAnApiError() {
        HttpResponse<String> delete = http.send("DELETE", "/api/quotes");

        assertThat(delete.statusCode()).isEqualTo(405);
        assertSecurityHeaders(delete);
        assertThat(delete.headers().allValues("Allow")).containsExactly("GET, HEAD");
        assertThat(delete.headers().firstValue("Content-Type")).contains("application/json;charset=UTF-8");
        assertThat(delete.body()).isEqualTo("{\"status\":405,\"error\":\"Method Not Allowed\","
                + "\"message\":\"Yulu can only be read: /api/quotes accepts GET and HEAD, not DELETE.\","
                + "\"path\":\"/api/quotes\"}");
    }

    @Test
    void theH2ConsoleIsNeverServed() {
        assertThat(http.get("/h2-console").statusCode()).isEqualTo(404);
        assertThat(http.get("/h2-console/login.jsp").statusCode()).isEqualTo(404);
    }

    @Test
    void healthIncludesTheDatabaseAndInfoNamesTheBuild() {
        HttpResponse<String> health = http.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertSecurityHeaders(health);
        assertThat(health.body()).startsWith("{\"components\":{")
                .contains("\"db\":{\"status\":\"UP\"}", "\"searchIndex\":{\"status\":\"UP\"}",
                        "\"cards\":{\"status\":\"UP\"}")
                .endsWith("\"status\":\"UP\"}");

        HttpResponse<String> info = http.get("/actuator/info");
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"artifact\":\"yulu\"", "\"group\":\"org.yulu\"");
    }

    @Test
    void noOtherActuatorEndpointIsExposed() {
        for (String endpoint : new String[] {"env", "beans", "configprops", "metrics", "loggers", "heapdump",
                "threaddump", "mappings", "shutdown"}) {
            assertThat(http.get("/actuator/" + endpoint).statusCode()).as(endpoint).isEqualTo(404);
        }
        assertThat(Optional.of(http.get("/actuator").body()))
                .hasValueSatisfying(links -> assertThat(links).contains("/actuator/health", "/actuator/info")
                        .doesNotContain("/actuator/env"));
    }
}
