package org.yulu.search;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yulu.corpus.Corpus;
import org.yulu.importer.SeedImporter;
import org.yulu.system.PageParams;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The index follows the database through imports: kept while the corpus is as it was, rebuilt when a seed changes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class IndexRebuilderTest {

    static final Path SEEDS = copyOfTheSeeds();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("yulu.seeds-dir", SEEDS::toString);
        registry.add("yulu.data-dir", () -> SEEDS.resolveSibling(SEEDS.getFileName() + "-data").toString());
        registry.add("yulu.rescan-interval", () -> "0");
    }

    @Autowired
    SeedImporter importer;
    @Autowired
    Corpus corpus;
    @Autowired
    SearchIndex index;
    @Autowired
    SearchService search;

    @Test
    void keepsItsFingerprintThroughAnUnchangedImportAndIsRebuiltWhenASeedChanges() throws IOException {
        assertThat(index.status().documents()).isEqualTo(62);
        String before = corpus.fingerprint();
        importer.importAll();
        assertThat(corpus.fingerprint()).isEqualTo(before);

        Path thoughts = SEEDS.resolve(SeedCorpus.THOUGHTS + ".txt");
        Files.writeString(thoughts, Files.readString(thoughts).replace("实现有效的创新。", "实现有效的创新。蓝鲸计划。"));
        importer.importAll();
        assertThat(corpus.fingerprint()).isNotEqualTo(before);
        assertThat(search.search(new SearchRequest("蓝鲸计划", null, null, null, PageParams.of("1", "20"))).items())
                .extracting(hit -> hit.item().id()).containsExactly(SeedCorpus.THOUGHTS + "-30");
        assertThat(index.status().documents()).isEqualTo(62);
    }

    private static Path copyOfTheSeeds() {
        try {
            Path folder = Files.createTempDirectory("yulu-seeds");
            for (String source : new String[] {SeedCorpus.THOUGHTS, SeedCorpus.BLOG}) {
                Files.copy(Path.of("seeds", source + ".txt"), folder.resolve(source + ".txt"));
            }
            return folder;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
