package org.yulu.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yulu.search.MatchCache;
import org.yulu.search.SearchIndex;
import org.yulu.search.SearchRequest;
import org.yulu.search.SearchService;
import org.yulu.search.SeedCorpus;
import org.yulu.system.PageParams;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * In-process search latency, from the typed query to hits with snippets and facets, on the seeds and on a generated
 * corpus. Not a test: run with {@code ./mvnw -Pbench test -Dtest=SearchBenchmark} and read the lines starting
 * with {@code BENCH}; {@code -Dbench.items=N} sizes the generated corpus (default 1,000,000).
 */
class SearchBenchmark {

    private static final List<String> SEED_QUERIES = List.of("护城河", "创新", "梁文锋", "英伟达", "朱啸虎", "JetBrains",
            "AGI", "follow", "創新", "護城河", "英偉達", "ＡＧＩ", "创新 AGI", "\"follow而不是创新\"", "创新 -follow", "大模型",
            "技术", "开源项目", "码农", "显卡");

    @TempDir
    Path folder;

    @Test
    void seeds() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder, SeedCorpus.load())) {
            index.rebuild();
            SearchService search = new SearchService(index, MatchCache.none()); // every search worked out in full
            List<String> queries = new ArrayList<>(SEED_QUERIES);
            queries.addAll(new CorpusGenerator(1, 0).queries(80, 2));
            measure("seeds (66 items)", search, queries, 20, 20);
        }
    }

    @Test
    void generatedCorpus() throws IOException {
        int items = Integer.getInteger("bench.items", 1_000_000);
        CorpusGenerator generator = new CorpusGenerator(42, items);
        long start = System.nanoTime();
        long[] chars = {0};
        generator.forEachItem(item -> item.texts().forEach(t -> chars[0] += t.length()));
        report("generate %,d items (%,d characters of text): %.1f s", items, chars[0], seconds(start));
        try (SearchIndex index = SearchIndex.open(folder, generator)) {
            start = System.nanoTime();
            long startCpu = processCpuTime();
            index.rebuild();
            report("build index of %,d items: %.1f s wall clock, %.1f s CPU time (all threads), %,d MB on disk",
                    index.status().documents(), seconds(start), (processCpuTime() - startCpu) / 1e9,
                    ScaleBenchmark.folderBytes(folder) / 1_000_000);
            report("heap after build: %,d MB used after GC, %,d MB peak, %,d MB max", usedAfterGc() / 1_000_000,
                    peakHeap() / 1_000_000, Runtime.getRuntime().maxMemory() / 1_000_000);
            SearchService search = new SearchService(index, MatchCache.none()); // every search worked out in full
            measure(String.format("generated (%,d items)", items), search, generator.queries(1000, 7), 2, 2);
        }
        try (SearchIndex index = SearchIndex.open(folder, generator)) {
            start = System.nanoTime();
            index.bringUpToDate();
            report("keep the index of %,d items on opening it again (checksums read, titles loaded): %,d ms",
                    index.status().documents(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Runs every query {@code warmups} times unmeasured, so the JIT has compiled the search, then measures. */
    private static void measure(String corpus, SearchService search, List<String> queries, int warmups,
            int rounds) {
        for (int warmup = 0; warmup < warmups; warmup++) {
            queries.forEach(q -> search(search, q));
        }
        long[] wall = new long[queries.size() * rounds];
        long[] cpu = new long[wall.length];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long hits = 0;
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (String q : queries) {
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                hits += search(search, q);
                wall[n] = System.nanoTime() - start;
                cpu[n++] = threads.getCurrentThreadCpuTime() - startCpu;
            }
        }
        report("search %s: %,d searches of %d queries, mean %,d hits; wall clock %s; CPU time %s", corpus,
                wall.length, queries.size(), hits / wall.length, percentiles(wall), percentiles(cpu));
    }

    /** CPU time leaves out the waits for a core that other processes on the machine cause. */
    static String percentiles(long[] nanos) {
        Arrays.sort(nanos);
        return String.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms", millis(nanos[nanos.length / 2]),
                millis(nanos[(int) Math.ceil(nanos.length * 0.99) - 1]), millis(nanos[nanos.length - 1]));
    }

    private static long search(SearchService search, String q) {
        return search.search(new SearchRequest(q, null, null, null, PageParams.of("1", "20"))).total();
    }


    private static long usedAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The sum of each heap pool's peak: at least the heap's true peak. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The JVM's CPU time on every core: the build's cost whatever else the machine is running. */
    private static long processCpuTime() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    static void report(String format, Object... args) {
        System.out.println("BENCH " + String.format(format, args));
    }
}
