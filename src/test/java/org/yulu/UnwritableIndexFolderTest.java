package org.yulu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When no index folder can be made where the data folder says (here a plain file stands in its place, which
 * stops root too), the site still starts, warns, and searches an index kept in memory.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnwritableIndexFolderTest {

    static Path indexFile;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void aFileWhereTheIndexFolderShouldBe(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("yulu-unwritable-index");
        indexFile = Files.writeString(data.resolve("index"), "not a folder");
        registry.add("yulu.seeds-dir", () -> "seeds");
        registry.add("yulu.data-dir", data::toString);
    }

    @Test
    void theSiteStartsWarnsAndSearchesAnIndexInMemory(CapturedOutput output) {
        HttpResponse<String> search = new TestHttp(port).get("/api/search?q=%E6%8A%A4%E5%9F%8E%E6%B2%B3");

        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("\"id\":\"003_becfb7cbb320fc93-5\"").doesNotContain("\"total\":0");
        assertThat(output.getAll().lines().filter(line -> line.contains("WARN") && line.contains(indexFile.toString())))
                .as("a warning naming the index folder").hasSize(1)
                .allMatch(line -> line.contains("memory"));
        assertThat(indexFile).hasContent("not a folder");
        assertThat(new TestHttp(port).get("/actuator/health").body()).contains("\"searchIndex\":{\"status\":\"UP\"}");
    }
}
