package org.yulu.card;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yulu.TestHttp;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** A server with no font that draws Chinese offers no cards, and says so once, rather than draw boxes. */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "yulu.card-fonts=No Such Font,DejaVu Sans")
class WithoutACjkFontTest {

    @LocalServerPort
    int port;

    @Autowired
    CardFonts fonts;

    @Autowired
    @Qualifier("cardsHealthIndicator")
    HealthIndicator health;

    @DynamicPropertySource
    static void ownDataDir(DynamicPropertyRegistry registry) throws IOException {
        String dataDir = Files.createTempDirectory("yulu-no-font-test").toString();
        registry.add("yulu.data-dir", () -> dataDir);
    }

    @Test
    void pagesOfferNoCards() {
        String page = new TestHttp(port).get("/quotes/000_ce303afc9506ad64-1").body();

        assertThat(fonts.choice().painter()).isEmpty();
        assertThat(page).contains("<meta property=\"og:title\"")
                .contains("<meta name=\"twitter:card\" content=\"summary\"/>")
                .doesNotContain("og:image", "twitter:image", "save-card", "/cards/");
    }

    @Test
    void cardAddressesAnswerNotFoundWithTheReason() {
        HttpResponse<String> card = new TestHttp(port).get("/cards/quotes/000_ce303afc9506ad64-1.png");

        assertThat(card.statusCode()).isEqualTo(404);
        assertThat(card.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(card.body()).isEqualTo("This server draws no cards: none of the fonts in yulu.card-fonts "
                + "[No Such Font, DejaVu Sans] is installed and draws Chinese; install one (on Debian: apt-get install "
                + "fonts-noto-cjk).");
    }

    @Test
    void theHealthReportSaysWhyWhileTheSiteStaysUp() {
        Health cards = health.health();
        String report = new TestHttp(port).get("/actuator/health").body();

        assertThat(cards.getStatus().getCode()).isEqualTo("OFF");
        assertThat(cards.getDetails().get("reason").toString()).contains("No Such Font").contains("fonts-noto-cjk");
        assertThat(report).contains("\"cards\":{\"description\":\"no share cards: no font draws Chinese\","
                + "\"status\":\"OFF\"}").endsWith(",\"status\":\"UP\"}");
    }

    /** First, while the output captured holds the app's start. */
    @Test
    @Order(1)
    void theLogWarnsOnce(CapturedOutput log) {
        fonts.choice();
        new TestHttp(port).get("/cards/quotes/000_ce303afc9506ad64-1.png");
        new TestHttp(port).get("/quotes/000_ce303afc9506ad64-1");

        String warnings = log.getAll();
        assertThat(warnings.split("Share cards are off", -1)).hasSize(2);
        assertThat(warnings).contains("WARN").contains("Share cards are off: none of the fonts in yulu.card-fonts");
    }
}
