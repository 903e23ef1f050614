package org.yulu.importer;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yulu.YuluApplication;
import org.yulu.importer.parser.DocumentDecoder;
import org.yulu.importer.parser.DocumentParser;
import org.yulu.importer.parser.ParsedDocument;
import org.yulu.importer.parser.SeedDocumentsTest;
import org.yulu.importer.parser.UnreadableDocumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a new seed file holds (random bytes, a seed cut off at any byte, text full of labels and long header
 * lines), the running importer stores exactly the document the file holds or skips it with one log line naming
 * the file and the reason; the other seeds stay whole.
 */
class ImportInputProperties {

    static final String FILE = "zz-random.txt";
    static final String SOURCE = "zz-random";

    static Path seeds;
    static ConfigurableApplicationContext app;
    static SeedImporter importer;
    static JdbcTemplate db;
    static final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeContainer
    static void startTheImporterOnTheTwoSeeds() throws IOException {
        seeds = Files.createTempDirectory("yulu-import-input");
        for (String seed : List.of(SeedDocumentsTest.THOUGHTS, SeedDocumentsTest.BLOG)) {
            Files.copy(Path.of("seeds", seed), seeds.resolve(seed));
        }
        app = SpringApplication.run(YuluApplication.class, "--spring.main.web-application-type=none",
                "--yulu.seeds-dir=" + seeds, "--yulu.data-dir=" + Files.createTempDirectory("yulu-import-input-data"),
                "--spring.datasource.url=jdbc:h2:mem:import-input;DB_CLOSE_DELAY=-1", "--yulu.rescan-interval=0");
        importer = app.getBean(SeedImporter.class);
        db = app.getBean(JdbcTemplate.class);
        log.start();
        importerLog().addAppender(log);
    }

    @AfterContainer
    static void stop() {
        importerLog().detachAppender(log);
        if (app != null) {
            app.close();
        }
    }

    /** Every class of the import logs here: what it read, skipped and wrote. */
    private static Logger importerLog() {
        return (Logger) LoggerFactory.getLogger(SeedImporter.class.getPackageName());
    }

    @Property(tries = 100)
    void randomBytesAreImportedWholeOrSkippedWithAReason(@ForAll @Size(max = 3000) byte[] bytes) throws Exception {
        assertImportedWholeOrSkipped(bytes);
    }

    @Property(tries = 100)
    void aSeedCutAtAnyByteIsImportedWholeOrSkippedWithAReason(@ForAll("cuts") int cut) throws Exception {
        byte[] blog = Files.readAllBytes(Path.of("seeds", SeedDocumentsTest.BLOG));
        assertImportedWholeOrSkipped(Arrays.copyOf(blog, Math.min(cut, blog.length)));
    }

    @Property(tries = 100)
    void documentLikeTextIsImportedWholeOrSkippedWithAReason(@ForAll("documents") String text) throws Exception {
        assertImportedWholeOrSkipped(text.getBytes(StandardCharsets.UTF_8));
    }

    @Example
    void anAuthorLongerThanTheDatabaseHoldsIsSkippedWithTheReasonAndTheSiteStillStarts() throws Exception {
        assertImportedWholeOrSkipped(("作者:" + "长".repeat(300) + "\n\n问:好吗?\n答:好。\n").getBytes(StandardCharsets.UTF_8));

        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("Skipped " + FILE
                + ": the author is 300 characters long and at most 200 fit; write a shorter 作者: header line. "
                + "Fix the file; it is read again when it changes.");
    }

    private void assertImportedWholeOrSkipped(byte[] bytes) throws Exception {
        Path file = seeds.resolve(FILE);
        Files.deleteIfExists(file);
        importer.importAll();
        log.list.clear();

        Files.write(file, bytes);
        importer.importAll();

        ParsedDocument expected = parsedOrNull(bytes);
        List<String> aboutTheFile = log.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.contains(FILE)).toList();
        Statistics.collect(expected == null ? "skipped" : "imported");
        if (expected == null) {
            assertThat(count("source")).isZero();
            assertThat(aboutTheFile).hasSize(1).allMatch(line -> line.startsWith("Skipped " + FILE + ": ")
                    && line.length() > ("Skipped " + FILE + ": ").length() + 10);
        } else {
            assertThat(count("source")).isOne();
            assertThat(count("quote")).isEqualTo(expected.quotes().size());
            assertThat(count("interview_exchange")).isEqualTo(expected.exchanges().size());
            assertThat(count("answer_repeat")).isEqualTo(expected.repeats().size());
            assertThat(aboutTheFile).hasSize(1).allMatch(line -> line.startsWith("Imported " + FILE + ": "));
        }
        assertThat(db.queryForObject("select count(*) from quote where source_id <> ?", Integer.class, SOURCE))
                .isEqualTo(46);
        assertThat(db.queryForObject("select count(*) from interview_exchange where source_id <> ?", Integer.class,
                SOURCE)).isEqualTo(16);
    }

    /** What the file holds as the parser reads it alone, or null when it cannot be read. */
    private static ParsedDocument parsedOrNull(byte[] bytes) {
        try {
            return new DocumentParser().parse(FILE, DocumentDecoder.decode(bytes));
        } catch (UnreadableDocumentException e) {
            return null;
        }
    }

    private static int count(String table) {
        String where = table.equals("source") ? "id" : "source_id";
        return db.queryForObject("select count(*) from " + table + " where " + where + " = ?", Integer.class, SOURCE);
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, 13_000);
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> longField = Arbitraries.strings().withCharRange('\u4e00', '\u4e80').ofMinLength(150)
                .ofMaxLength(1_500);
        Arbitrary<String> header = Arbitraries.of("标题:", "作者:", "来源:", "受访者:", "采访者:")
                .flatMap(field -> longField.map(value -> field + value + "\n"));
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("记者:", "梁文锋:", "问:", "答:", "Q:", "A:", "1.", "一、", "(2)", "\n", "\n\n", "\uFEFF",
                        "。", "?", ":", " ", "\u0000", "\u202E", "<script>alert(1)</script>", "&amp;"),
                Arbitraries.strings().withCharRange('\u4e00', '\u4e80').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(8));
        Arbitrary<String> body = Arbitraries.oneOf(pieces.list().ofMaxSize(60).map(list -> String.join("", list)),
                Arbitraries.just("问:好吗?\n答:好。\n"));
        return Arbitraries.oneOf(body, header.list().ofMinSize(1).ofMaxSize(3).uniqueElements(h -> h.substring(0, 2))
                .flatMap(lines -> body.map(b -> String.join("", lines) + "\n" + b)));
    }
}
