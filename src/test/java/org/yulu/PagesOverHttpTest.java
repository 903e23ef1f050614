package org.yulu;

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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page over real HTTP on the seed texts: light enough, and failures answered in the site's own pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesOverHttpTest {

    static final int MAX_PAGE_BYTES = 50 * 1024;

    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ownDataDir(DynamicPropertyRegistry registry) throws IOException {
        String dataDir = Files.createTempDirectory("yulu-http-test").toString();
        registry.add("yulu.data-dir", () -> dataDir);
    }

    HttpResponse<String> browse(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageWeighsUnderFiftyKilobytes() throws Exception {
        for (String path : List.of("/", "/quotes", "/quotes?size=100", "/exchanges", "/exchanges?size=100",
                "/sources/000_ce303afc9506ad64", "/sources/003_becfb7cbb320fc93",
                "/quotes/000_ce303afc9506ad64-30", "/exchanges/003_becfb7cbb320fc93-5", "/search?q=%E5%88%9B%E6%96%B0&size=100", "/css/yulu.css",
                "/js/copy-link.js")) {
            HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body().length).as("bytes of %s", path).isLessThan(MAX_PAGE_BYTES);
        }
    }

    @Test
    void anAddressNoPageAnswersIsTheNotFoundPageInTheLayout() throws Exception {
        HttpResponse<String> page = browse("/no/such/page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<h1>找不到这个页面</h1>", "role=\"search\"", "<html lang=\"zh-CN\">");
    }

    @Test
    void badInputOnAPageNeverShowsExceptionText() throws Exception {
        for (String path : List.of("/quotes?page=-1", "/quotes?size=1000", "/exchanges?source=%00", "/quotes/%E2%80%AE",
                "/sources/%3Cscript%3E")) {
            HttpResponse<String> page = browse(path);
            assertThat(page.statusCode()).as(path).isIn(400, 404);
            assertThat(page.body()).as(path).contains("<html lang=\"zh-CN\">")
                    .doesNotContain("Exception", "at org.", "at java.", "Whitelabel");
        }
    }
}
