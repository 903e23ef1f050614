package org.yulu.importer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yulu.corpus.AnswerRepeatRepository;
import org.yulu.corpus.ExchangeRepository;
import org.yulu.corpus.Quote;
import org.yulu.corpus.QuoteRepository;
import org.yulu.corpus.Source;
import org.yulu.corpus.SourceRepository;
import org.yulu.importer.parser.SeedDocumentsTest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The importer against a real H2 database and a seeds folder of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SeedImporterTest {

    static final Path SEEDS = temporaryFolder();
    static final String THOUGHTS = SeedDocumentsTest.THOUGHTS;
    static final String BLOG = SeedDocumentsTest.BLOG;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("yulu.seeds-dir", SEEDS::toString);
        registry.add("yulu.data-dir", () -> SEEDS.resolveSibling(SEEDS.getFileName() + "-data").toString());
        registry.add("yulu.rescan-interval", () -> "0");
    }

    @Autowired
    SeedImporter importer;
    @Autowired
    CorpusWriter writer;
    @Autowired
    SourceRepository sources;
    @Autowired
    QuoteRepository quotes;
    @Autowired
    ExchangeRepository exchanges;
    @Autowired
    AnswerRepeatRepository repeats;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void startFromTheTwoSeeds() throws IOException {
        try (var files = Files.list(SEEDS)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        copySeed(THOUGHTS);
        copySeed(BLOG);
        importer.importAll();
    }

    @Test
    void importsBothSeedsWithEveryItem() {
        assertThat(sources.findAllByOrderByIdAsc()).extracting(Source::getId)
                .containsExactly("000_ce303afc9506ad64", "003_becfb7cbb320fc93");
        assertThat(quotes.count()).isEqualTo(46);
        assertThat(exchanges.count()).isEqualTo(16);
        assertThat(repeats.count()).isEqualTo(2);
        assertThat(repeats.findBySourceIdOrderByPosition("003_becfb7cbb320fc93"))
                .extracting(r -> r.getId() + "->" + r.getExchange().getId())
                .containsExactly("003_becfb7cbb320fc93-19->003_becfb7cbb320fc93-7",
                        "003_becfb7cbb320fc93-27->003_becfb7cbb320fc93-16");
    }

    @Test
    void importingUnchangedFilesAgainChangesNothing() {
        List<String> before = allQuoteIds();
        assertThat(importer.importAll()).isZero();
        assertThat(allQuoteIds()).isEqualTo(before);
        assertThat(quotes.count()).isEqualTo(46);
    }

    @Test
    void aChangedFileUpdatesItsItemsAndKeepsTheirIds() throws IOException {
        Path file = SEEDS.resolve(THOUGHTS);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("29.大部分中国公司习惯follow,而不是创新。", "29.大部分中国公司习惯跟随,而不是创新。"));
        assertThat(importer.importAll()).isEqualTo(1);
        assertThat(quotes.findWithSourceById("000_ce303afc9506ad64-29")).get().extracting(Quote::getText)
                .isEqualTo("大部分中国公司习惯跟随,而不是创新。");
        assertThat(quotes.count()).isEqualTo(46);
    }

    @Test
    void aRemovedFileRemovesItsSourceAndItems() throws IOException {
        Files.delete(SEEDS.resolve(BLOG));
        assertThat(importer.importAll()).isEqualTo(1);
        assertThat(sources.findAll()).extracting(Source::getId).containsExactly("000_ce303afc9506ad64");
        assertThat(exchanges.count()).isZero();
        assertThat(repeats.count()).isZero();
        assertThat(quotes.count()).isEqualTo(30);
    }

    @Test
    void anUnreadableFileIsSkippedAndItsEarlierVersionKept() throws IOException {
        Files.write(SEEDS.resolve(THOUGHTS), "1.坏掉的编码".getBytes(Charset.forName("GBK")));
        Files.write(SEEDS.resolve("zz-binary.txt"), new byte[] {0, 1, 2, 3, 0, 0});
        Files.writeString(SEEDS.resolve("new.txt"), "问:新的吗?\n答:是的。\n");
        assertThat(importer.importAll()).isEqualTo(1);
        assertThat(sources.findAllByOrderByIdAsc()).extracting(Source::getId)
                .containsExactly("000_ce303afc9506ad64", "003_becfb7cbb320fc93", "new");
        assertThat(quotes.count()).isEqualTo(46);
    }

    @Test
    void aFileThatStaysBrokenIsNotReadAgainUntilItChanges() throws IOException {
        Path broken = SEEDS.resolve("broken.txt");
        Files.write(broken, new byte[] {0, 0, 0});
        assertThat(importer.importAll()).isZero();
        Files.writeString(broken, "问:修好了吗?\n答:修好了。\n");
        Files.setLastModifiedTime(broken, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertThat(importer.importAll()).isEqualTo(1);
        assertThat(exchanges.findWithSourceById("broken-1")).get()
                .satisfies(e -> assertThat(e.getAnswer()).isEqualTo("修好了。"));
    }

    @Test
    void idsAreTheSameAfterTheDatabaseIsEmptiedAndRebuilt() {
        List<String> before = allQuoteIds();
        sources.findAll().forEach(s -> writer.remove(s.getId()));
        assertThat(quotes.count()).isZero();
        importer.importAll();
        assertThat(allQuoteIds()).isEqualTo(before).hasSize(46);
    }

    @Test
    void theSameDocumentSavedWithCrlfAndHalfWidthPunctuationKeepsItsIds() throws IOException {
        List<String> before = allQuoteIds();
        Path file = SEEDS.resolve(BLOG);
        String text = Files.readString(file);
        Files.writeString(file, "\uFEFF" + text.replace("：", ":").replace("，", ",").replace("\n", "\r\n"));
        assertThat(importer.importAll()).isEqualTo(1);
        assertThat(allQuoteIds()).isEqualTo(before);
        assertThat(exchanges.findWithSourceById("003_becfb7cbb320fc93-13")).get()
                .satisfies(e -> assertThat(e.getAnswer()).startsWith("因为我们觉得现在最重要的是参与到全球创新的浪潮里去"));
    }

    @Test
    void aDocumentTheDatabaseRefusesIsSkippedAndTheOthersWrittenWithItAreStored() throws IOException {
        Path file = SEEDS.resolve(THOUGHTS);
        Files.writeString(file, Files.readString(file).replace("29.大部分中国公司习惯follow", "29.拒收大部分中国公司习惯follow"));
        Files.writeString(SEEDS.resolve("a-new.txt"), "问:新的吗?\n答:是的。\n");
        Files.writeString(SEEDS.resolve("zz-new.txt"), "1.第一条\n2.第二条\n");
        jdbc.execute("alter table quote add constraint refuses_a_word check (text not like '%拒收%')");
        try {
            assertThat(importer.importAll()).isEqualTo(2);
        } finally {
            jdbc.execute("alter table quote drop constraint refuses_a_word");
        }
        assertThat(sources.findAllByOrderByIdAsc()).extracting(Source::getId)
                .containsExactly("000_ce303afc9506ad64", "003_becfb7cbb320fc93", "a-new", "zz-new");
        assertThat(quotes.findWithSourceById("000_ce303afc9506ad64-29")).get().extracting(Quote::getText)
                .isEqualTo("大部分中国公司习惯follow,而不是创新。");
        assertThat(quotes.count()).isEqualTo(48);
        assertThat(exchanges.findWithSourceById("a-new-1")).get()
                .satisfies(e -> assertThat(e.getAnswer()).isEqualTo("是的。"));
    }

    @Test
    void aSecondFileWhoseNameMakesTheSameIdIsSkipped() throws IOException {
        Files.writeString(SEEDS.resolve("same name.txt"), "1.先到的\n");
        Files.writeString(SEEDS.resolve("same-name.txt"), "1.后到的\n");
        assertThat(importer.importAll()).isEqualTo(1);
        assertThat(sources.findById("same-name")).get().extracting(Source::getFileName).isEqualTo("same name.txt");
        assertThat(quotes.findWithSourceById("same-name-1")).get().extracting(Quote::getText).isEqualTo("先到的");
    }

    private List<String> allQuoteIds() {
        return quotes.findAll().stream().map(Quote::getId).sorted().toList();
    }

    private static void copySeed(String name) throws IOException {
        Files.copy(Path.of("seeds", name), SEEDS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("yulu-seeds");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
