package org.yulu.importer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.logging.LoggingSystem;
import org.yulu.TestHttp;
import org.yulu.importer.PostgresTestDatabase.Instance;
import org.yulu.importer.parser.SeedDocumentsTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two instances deployed at the same moment against one empty PostgreSQL database. The test holds the import lock
 * until both are waiting for it, so they really compete for the import instead of happening to start apart.
 */
class TwoInstancesStartingTogetherTest {

    /** Per test, not per class: a skip at class level would hide its reason from the test report. */
    @BeforeEach
    void emptyDatabase() throws Exception {
        PostgresTestDatabase.require();
        PostgresTestDatabase.empty();
        // Two SpringApplications in one JVM must not both reconfigure Logback at once (Spring Boot fails then);
        // they log through the configuration already in place.
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
    }

    @AfterEach
    void restoreLogging() {
        System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
    }

    @Test
    void oneImportsTheOtherFindsNothingChangedAndBothServeTheSameItems(@TempDir Path dataDirs, @TempDir Path seeds)
            throws Exception {
        for (String seed : List.of(SeedDocumentsTest.THOUGHTS, SeedDocumentsTest.BLOG)) {
            Files.copy(Path.of("seeds", seed), seeds.resolve(seed));
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService deploy = Executors.newFixedThreadPool(2);
        try (Connection gate = PostgresTestDatabase.connect()) {
            advisoryLock(gate, "pg_advisory_lock");
            Future<Instance> a = deploy.submit(() -> {
                together.await();
                return PostgresTestDatabase.start(dataDirs.resolve("a"), seeds);
            });
            Future<Instance> b = deploy.submit(() -> {
                together.await();
                return PostgresTestDatabase.start(dataDirs.resolve("b"), seeds);
            });
            awaitBothWaitingForTheImportLock(a, b);
            assertThat(PostgresTestDatabase.count("source")).isZero();
            advisoryLock(gate, "pg_advisory_unlock");

            try (Instance first = a.get(5, TimeUnit.MINUTES); Instance second = b.get(5, TimeUnit.MINUTES)) {
                assertThat(List.of(first.changedSources(), second.changedSources()))
                        .containsExactlyInAnyOrder(2, 0);
                PostgresImportTest.assertCorpusInDatabase();

                TestHttp one = new TestHttp(first.port());
                TestHttp other = new TestHttp(second.port());
                PostgresImportTest.assertReadApi(one);
                PostgresImportTest.assertReadApi(other);
                for (String path : List.of("/api/sources", "/api/quotes?size=100", "/api/exchanges?size=100",
                        "/quotes/003_becfb7cbb320fc93-21", "/exchanges/003_becfb7cbb320fc93-9")) {
                    // Pages name their absolute URL, which differs only in each instance's port.
                    assertThat(withoutPort(other.get(path).body(), second.port())).as(path)
                            .isEqualTo(withoutPort(one.get(path).body(), first.port()));
                }

                // A rescan on one instance imports an edited document; the other finds it imported already and
                // still announces it, so it rebuilds its own derived data too.
                Path thoughts = seeds.resolve(SeedDocumentsTest.THOUGHTS);
                Files.writeString(thoughts, Files.readString(thoughts).replace("习惯follow,而不是创新。", "习惯follow。"));
                assertThat(first.importer().importAll()).isEqualTo(1);
                assertThat(second.importer().importAll()).isZero();
                assertThat(first.announcements()).hasSize(2).last().isEqualTo(1);
                assertThat(second.announcements()).hasSize(2).last().isEqualTo(1);
                for (TestHttp instance : List.of(one, other)) {
                    assertThat(instance.get("/api/quotes/000_ce303afc9506ad64-29").body())
                            .contains("\"text\":\"大部分中国公司习惯follow。\"");
                }
                assertThat(second.importer().importAll()).isZero();
                assertThat(second.announcements()).hasSize(2);
            }
        } finally {
            deploy.shutdownNow();
        }
    }

    private static void advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement call = connection.prepareStatement("select " + function + "(?)")) {
            call.setLong(1, ImportLock.KEY);
            call.execute();
        }
    }

    private static void awaitBothWaitingForTheImportLock(Future<Instance> a, Future<Instance> b) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (PostgresTestDatabase.count("pg_locks where locktype = 'advisory' and not granted") < 2) {
            for (Future<Instance> instance : List.of(a, b)) {
                if (instance.isDone()) {
                    instance.get().close();
                    fail("An instance started without waiting for the import lock");
                }
            }
            assertThat(System.nanoTime()).as("both instances waiting for the import lock").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** The port taken out of the page's addresses, and out of its cards' versions, which hash the QR code's address. */
    private static String withoutPort(String page, int port) {
        return page.replace(":" + port + "/", ":PORT/").replace("%3A" + port + "%2F", "%3APORT%2F")
                .replaceAll("\\?v=[0-9a-f]+", "?v=VERSION");
    }
}
