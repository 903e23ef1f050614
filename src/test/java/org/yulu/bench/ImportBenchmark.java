package org.yulu.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Import throughput at 100k and 1M items: the generated corpus of {@link ScaleBenchmark} written as seed documents,
 * the application started on it in its own JVM with an empty data folder, and the importer's own summary line
 * read from its log (wall clock from the first file read to the last group committed; parsing included).
 * Sizes: {@code -Dbench.sizes=100000,1000000} (the default). Results are BENCH lines.
 */
class ImportBenchmark {

    @TempDir
    Path work;

    @Test
    void imports() throws Exception {
        for (String size : System.getProperty("bench.sizes", "100000,1000000").split(",")) {
            Path seeds = Files.createDirectories(work.resolve("seeds-" + size));
            int files = ScaleBenchmark.writeDocuments(new CorpusGenerator(42, Integer.parseInt(size)), seeds);
            Path data = Files.createDirectories(work.resolve("data-" + size));
            try (RunningApp app = RunningApp.start(seeds, data, 18081, work.resolve("import-" + size + ".log"))) {
                Matcher imported = app.awaitLogLine(ScaleBenchmark.IMPORTED);
                long items = Long.parseLong(imported.group(1));
                long millis = Long.parseLong(imported.group(3));
                System.out.println(String.format(Locale.ROOT,
                        "BENCH import %s: %d items from %d documents in %d ms = %.0f items/s", size, items, files,
                        millis, items * 1000.0 / millis));
            }
            FileSystemUtils.deleteRecursively(seeds);
            FileSystemUtils.deleteRecursively(data);
        }
    }
}
