package org.yulu.importer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yulu.TestHttp;
import org.yulu.importer.PostgresTestDatabase.Instance;
import org.yulu.meaning.MeaningModel;
import org.yulu.search.SearchIndex;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vector table on a real PostgreSQL server: the first instance encodes the seeds' passages, a second one with a
 * data folder of its own (another machine) reads them and encodes none, and both answer the same by meaning.
 */
class PostgresMeaningVectorsTest {

    /** Per test, not per class: a skip at class level would hide its reason from the test report. */
    @BeforeEach
    void emptyDatabase() throws Exception {
        PostgresTestDatabase.require();
        PostgresTestDatabase.empty();
    }

    @Test
    void aSecondInstanceReadsTheVectorsTheFirstEncoded(@TempDir Path dataDirs) throws Exception {
        String answerOfFirst;
        long passages;
        try (Instance first = start(dataDirs.resolve("a"))) {
            passages = awaitEveryVector(first).passagesEncoded();
            assertThat(passages).isPositive();
            assertThat(PostgresTestDatabase.count("meaning_vector")).isEqualTo(passages);
            answerOfFirst = new TestHttp(first.port()).get("/api/search?q=%E6%8B%9B%E8%81%98").body();
            assertThat(answerOfFirst).contains("\"match\":\"meaning\"");
        }
        try (Instance second = start(dataDirs.resolve("b"))) {
            assertThat(awaitEveryVector(second).passagesEncoded()).isZero();
            assertThat(PostgresTestDatabase.count("meaning_vector")).isEqualTo(passages);
            assertThat(new TestHttp(second.port()).get("/api/search?q=%E6%8B%9B%E8%81%98").body())
                    .isEqualTo(answerOfFirst);
        }
    }

    private static Instance start(Path dataDir) {
        return PostgresTestDatabase.start(dataDir, Path.of("seeds"), "--yulu.meaning-search=true");
    }

    private static MeaningModel awaitEveryVector(Instance instance) throws InterruptedException {
        MeaningModel model = instance.context().getBean(MeaningModel.class);
        SearchIndex index = instance.context().getBean(SearchIndex.class);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!model.ready() || !index.holdsEveryVectorOf(model.id())) {
            assertThat(System.nanoTime()).as("the model and every passage's vector within two minutes")
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
        return model;
    }
}
