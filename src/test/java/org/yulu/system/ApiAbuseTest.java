package org.yulu.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests a public API meets from careless or hostile clients: each gets a 4xx that says what is wrong. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiAbuseTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        registry.add("yulu.seeds-dir", () -> "seeds");
        registry.add("yulu.data-dir", Files.createTempDirectory("yulu-abuse")::toString);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String rawPathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + rawPathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/quotes?page=-1           | page must be a whole number from 1 to 100000, not -1",
            "/api/quotes?size=0            | size must be a whole number from 1 to 100, not 0",
            "/api/quotes?size=100000       | size must be a whole number from 1 to 100, not 100000",
            "/api/exchanges?size=abc       | size must be a whole number from 1 to 100",
            "/api/quotes?page=99999999999  | page must be a whole number from 1 to 100000",
            "/api/quotes?page=1e3          | page must be a whole number from 1 to 100000",
            "/api/quotes?speeker=x         | unknown parameter 'speeker'; this endpoint takes speaker, source, page, size",
            "/api/sources?page=2           | unknown parameter 'page'; this endpoint takes none",
            "/api/exchanges?source=..%2F.. | source must be the id of a source (see /api/sources), not '../..'"})
    void badParametersAnswer400SayingWhatToSend(String path, String message) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("application/json");
        assertThat(response.body()).contains("\"message\":\"" + message + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/quotes/..%2F..%2Fetc%2Fpasswd", "/api/quotes/%2e%2e%2f", "/api/quotes/abc%00def",
            "/api/exchanges/%00", "/api/quotes/" + "x"})
    void hostileIdsNeverReachBeyondA4xx(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isBetween(400, 404);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aHugeQueryStringIsAnsweredNotDropped() throws Exception {
        HttpResponse<String> response = get("/api/quotes?speaker=" + "%E6%A2%81".repeat(20_000 / 3) + "&size=1");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"total\":0");
    }
}
