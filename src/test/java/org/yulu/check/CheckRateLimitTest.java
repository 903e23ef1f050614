package org.yulu.check;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yulu.TestHttp;
import org.yulu.system.YuluProperties;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks are limited per client, with a burst and then an average; nothing else on the site is. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckRateLimitTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        registry.add("yulu.seeds-dir", () -> "seeds");
        registry.add("yulu.data-dir", Files.createTempDirectory("yulu-check-limit")::toString);
        registry.add("yulu.checks-per-minute", () -> "1");
        registry.add("yulu.check-burst", () -> "3");
    }

    @LocalServerPort
    int port;

    @Test
    void aClientOverTheBurstGets429WithRetryAfterAndAMessageWhileTheFormSearchesAndPagesGoOn() {
        TestHttp http = new TestHttp(port);
        for (int i = 0; i < 3; i++) {
            assertThat(http.get("/api/check?text=%E5%88%9B%E6%96%B0").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> api = http.get("/api/check?text=%E5%88%9B%E6%96%B0");
        assertThat(api.statusCode()).isEqualTo(429);
        long retry = Long.parseLong(api.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retry).isBetween(1L, 60L);
        assertThat(api.body()).contains("\"status\":429").contains("too many checks from this client; try again in");

        HttpResponse<String> page = http.get("/check?text=%E5%88%9B%E6%96%B0", "Accept", "text/html",
                "Accept-Language", "zh-CN");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("查证太频繁了，请").contains("秒后再试。");

        assertThat(http.get("/check", "Accept", "text/html").statusCode()).as("the empty form").isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/api/search?q=%E5%88%9B%E6%96%B0").statusCode()).isEqualTo(200);
            assertThat(http.get("/", "Accept", "text/html").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theClientIsTheConnectionUnlessItIsATrustedProxy() {
        CheckRateLimit limit = new CheckRateLimit(new YuluProperties(Path.of("seeds"), Path.of("data"), null,
                Duration.ZERO, ZoneId.of("UTC"), false, List.of(), 30, 60, List.of("10.0.0.1")));
        MockHttpServletRequest direct = new MockHttpServletRequest();
        direct.setRemoteAddr("203.0.113.7");
        direct.addHeader("X-Forwarded-For", "198.51.100.1");
        assertThat(limit.client(direct)).isEqualTo("203.0.113.7");

        MockHttpServletRequest proxied = new MockHttpServletRequest();
        proxied.setRemoteAddr("10.0.0.1");
        proxied.addHeader("X-Forwarded-For", "198.51.100.1, 192.0.2.9, 10.0.0.1");
        assertThat(limit.client(proxied)).isEqualTo("192.0.2.9");

        MockHttpServletRequest proxyAlone = new MockHttpServletRequest();
        proxyAlone.setRemoteAddr("10.0.0.1");
        assertThat(limit.client(proxyAlone)).isEqualTo("10.0.0.1");
    }
}
