package org.yulu;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yulu.importer.SeedImporter;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers keep searching while a seed is edited and re-imported again and again: every answer is a 200 with
 * hits, from the index before or after a rebuild, never a half-built one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchDuringReimportTest {

    static final String THOUGHTS = "000_ce303afc9506ad64.txt";
    static final int REIMPORTS = 25;
    static final int READERS = 4;
    static Path seeds;

    @LocalServerPort
    int port;

    @Autowired
    SeedImporter importer;

    @DynamicPropertySource
    static void seedsOfItsOwn(DynamicPropertyRegistry registry) throws IOException {
        seeds = OwnSeeds.register(registry, "reimport", THOUGHTS, "003_becfb7cbb320fc93.txt");
    }

    @Test
    void everySearchDuringRepeatedReimportsIsA200WithHits() throws Exception {
        String original = Files.readString(seeds.resolve(THOUGHTS));
        TestHttp http = new TestHttp(port);
        AtomicBoolean importing = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        List<Future<?>> running = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            running.add(readers.submit(() -> {
                while (importing.get()) {
                    HttpResponse<String> response = http.get("/api/search?q=%E5%88%9B%E6%96%B0&size=5");
                    answered.incrementAndGet();
                    if (response.statusCode() != 200 || response.body().startsWith("{\"items\":[]")) {
                        failures.add(response.statusCode() + " " + response.body().substring(0, Math.min(80, response.body().length())));
                    }
                }
            }));
        }

        int changed = 0;
        long start = System.nanoTime();
        for (int i = 1; i <= REIMPORTS; i++) {
            Path file = seeds.resolve(THOUGHTS);
            Files.writeString(file, original + "\n\n31.第" + i + "次修改:创新需要信心" + "。".repeat(i) + "\n");
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + i * 1000L));
            changed += importer.importAll();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        importing.set(false);
        for (Future<?> reader : running) {
            reader.get(1, TimeUnit.MINUTES);
        }
        readers.shutdown();

        System.out.printf("%d re-imports in %d ms; %d searches answered meanwhile, %d failed%n", changed, millis,
                answered.get(), failures.size());
        assertThat(changed).isEqualTo(REIMPORTS);
        assertThat(failures).isEmpty();
        assertThat(answered.get()).isGreaterThan(REIMPORTS);
        assertThat(http.get("/api/search?q=%E7%AC%AC25%E6%AC%A1%E4%BF%AE%E6%94%B9").body())
                .contains("\"id\":\"000_ce303afc9506ad64-31\"");
    }
}
