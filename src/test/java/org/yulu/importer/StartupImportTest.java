package org.yulu.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.yulu.YuluApplication;
import org.yulu.corpus.CorpusImported;
import org.yulu.corpus.SourceRepository;
import org.yulu.importer.parser.SeedDocumentsTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The first import runs as the application starts: imported and announced before the web server opens. */
class StartupImportTest {

    @Test
    void theSeedsAreImportedAndAnnouncedBeforeTheWebServerOpens(@TempDir Path seeds, @TempDir Path data)
            throws IOException {
        for (String seed : List.of(SeedDocumentsTest.THOUGHTS, SeedDocumentsTest.BLOG)) {
            Files.copy(Path.of("seeds", seed), seeds.resolve(seed));
        }
        List<String> steps = new CopyOnWriteArrayList<>();
        ApplicationListener<ApplicationEvent> starting = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof CorpusImported corpus) {
                steps.add("announced " + corpus.changedSources() + " sources");
            }
            if (event instanceof WebServerInitializedEvent opened) {
                long stored = opened.getApplicationContext().getBean(SourceRepository.class).count();
                steps.add("web server opened on " + stored + " sources");
            }
        };
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(YuluApplication.class)
                .listeners(starting)
                .run("--server.port=0", "--yulu.seeds-dir=" + seeds, "--yulu.data-dir=" + data,
                        "--spring.datasource.url=jdbc:h2:mem:startup-import;DB_CLOSE_DELAY=-1",
                        "--yulu.rescan-interval=0")) {
            assertThat(steps).containsExactly("announced 2 sources", "web server opened on 2 sources");
        }
    }
}
