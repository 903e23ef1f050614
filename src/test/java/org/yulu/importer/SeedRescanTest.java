package org.yulu.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.yulu.YuluApplication;
import org.yulu.corpus.Source;
import org.yulu.corpus.SourceRepository;
import org.yulu.importer.parser.SeedDocumentsTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A running application finds a document dropped into the seeds folder on its own, without a restart. */
class SeedRescanTest {

    @Test
    void aDroppedInDocumentIsImportedByTheNextRescan(@TempDir Path seeds, @TempDir Path data) throws Exception {
        Files.copy(Path.of("seeds", SeedDocumentsTest.THOUGHTS), seeds.resolve(SeedDocumentsTest.THOUGHTS));
        try (ConfigurableApplicationContext app = SpringApplication.run(YuluApplication.class,
                "--spring.main.web-application-type=none", "--yulu.seeds-dir=" + seeds, "--yulu.data-dir=" + data,
                "--spring.datasource.url=jdbc:h2:mem:seed-rescan;DB_CLOSE_DELAY=-1", "--yulu.rescan-interval=PT0.2S")) {
            SourceRepository sources = app.getBean(SourceRepository.class);
            assertThat(sources.findAll()).extracting(Source::getId).containsExactly("000_ce303afc9506ad64");

            Files.writeString(seeds.resolve("dropped-in.txt"), "问:新的吗?\n答:是的。\n");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (sources.count() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(sources.findAllByOrderByIdAsc()).extracting(Source::getId)
                    .containsExactly("000_ce303afc9506ad64", "dropped-in");
        }
    }
}
