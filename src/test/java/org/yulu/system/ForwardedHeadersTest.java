package org.yulu.system;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yulu.OwnSeeds;
import org.yulu.TestHttp;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind a proxy the site's own links say what the reader typed, and a configured public address wins over all. */
class ForwardedHeadersTest {

    static final String THOUGHTS = "000_ce303afc9506ad64";
    static final String[] FORWARDED = {"Accept", "text/html", "X-Forwarded-Proto", "https", "X-Forwarded-Host",
            "yulu.example", "X-Forwarded-Port", "443"};

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "server.forward-headers-strategy=native")
    class BehindAProxy {

        @LocalServerPort
        int port;

        @DynamicPropertySource
        static void seeds(DynamicPropertyRegistry registry) throws IOException {
            OwnSeeds.register(registry, "forwarded", THOUGHTS + ".txt");
        }

        @Test
        void canonicalAndSharedLinksUseTheForwardedSchemeAndHost() {
            String page = new TestHttp(port).get("/quotes/" + THOUGHTS + "-2", FORWARDED).body();
            assertThat(page).contains("<link rel=\"canonical\" href=\"https://yulu.example/quotes/" + THOUGHTS + "-2\"/>")
                    .contains("<meta property=\"og:url\" content=\"https://yulu.example/quotes/" + THOUGHTS + "-2\"/>");
            assertThat(new TestHttp(port).get("/robots.txt", FORWARDED).body())
                    .contains("Sitemap: https://yulu.example/sitemap.xml");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"server.forward-headers-strategy=native", "yulu.public-base-url=https://yulu.example.org"})
    class WithAPublicAddress {

        @LocalServerPort
        int port;

        @DynamicPropertySource
        static void seeds(DynamicPropertyRegistry registry) throws IOException {
            OwnSeeds.register(registry, "public-address", THOUGHTS + ".txt");
        }

        @Test
        void theConfiguredAddressWinsOverAnyHeader() {
            String page = new TestHttp(port).get("/quotes/" + THOUGHTS + "-2", FORWARDED).body();
            assertThat(page).contains("<link rel=\"canonical\" href=\"https://yulu.example.org/quotes/" + THOUGHTS
                    + "-2\"/>").doesNotContain("https://yulu.example/");
        }
    }
}
