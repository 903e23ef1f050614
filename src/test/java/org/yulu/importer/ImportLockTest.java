package org.yulu.importer;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two importers with separate connection pools on one PostgreSQL database, as two instances have, never import at
 * the same time; on H2 each application takes turns with itself only.
 */
class ImportLockTest {

    @Test
    void onPostgresASecondInstanceWaitsUntilTheFirstHasFinished() throws Exception {
        PostgresTestDatabase.require();
        DataSource database = new DriverManagerDataSource(PostgresTestDatabase.URL, PostgresTestDatabase.USER,
                PostgresTestDatabase.PASSWORD);
        assertTakesTurns(new ImportLock(database), new ImportLock(database));
    }

    @Test
    void onH2ImportsInOneApplicationTakeTurns() throws Exception {
        ImportLock lock = new ImportLock(h2("lock"));
        assertTakesTurns(lock, lock);
    }

    @Test
    void onH2TwoApplicationsInOneProcessDoNotWaitForEachOther() throws Exception {
        ImportLock first = new ImportLock(h2("lock-first"));
        ImportLock second = new ImportLock(h2("lock-second"));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            int imported = first.holding(() -> {
                Future<Integer> meanwhile = other.submit(() -> second.holding(() -> 1));
                try {
                    return meanwhile.get(10, TimeUnit.SECONDS) + 1;
                } catch (Exception e) {
                    throw new AssertionError("The second application waited for the first one's import", e);
                }
            });
            assertThat(imported).isEqualTo(2);
        } finally {
            other.shutdownNow();
        }
    }

    private static DataSource h2(String name) {
        return new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    private static void assertTakesTurns(ImportLock first, ImportLock second) throws Exception {
        List<String> steps = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstHolds = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = instances.submit(() -> first.holding(() -> {
                steps.add("first starts");
                firstHolds.countDown();
                sleep(500);
                steps.add("first ends");
                return 2;
            }));
            firstHolds.await(10, TimeUnit.SECONDS);
            Future<Integer> b = instances.submit(() -> second.holding(() -> {
                steps.add("second starts");
                steps.add("second ends");
                return 0;
            }));
            assertThat(a.get(10, TimeUnit.SECONDS)).isEqualTo(2);
            assertThat(b.get(10, TimeUnit.SECONDS)).isZero();
        } finally {
            instances.shutdownNow();
        }
        assertThat(steps).containsExactly("first starts", "first ends", "second starts", "second ends");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
