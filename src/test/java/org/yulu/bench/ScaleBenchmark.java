package org.yulu.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yulu.search.IndexedItem;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Yulu end to end at each size: the corpus written as seed documents, the application started in its own JVM
 * as {@code ./mvnw spring-boot:run} starts it (classes and jars on the class path), then import throughput,
 * index build and size, launch to first answer, heap and RSS, and HTTP throughput with wrk when it is installed.
 * Sizes: {@code -Dbench.sizes=seeds,10000,100000} (the default; 1000000 is opt-in). Results are BENCH lines.
 */
class ScaleBenchmark {

    private static final Pattern IMPORTED = Pattern.compile(
            "Imported \\S+: (\\d+) quotes, (\\d+) exchanges, (\\d+) repeats in (\\d+) ms");
    private static final Pattern INDEX_BUILT = Pattern.compile("Search index built in .*: (\\d+) items in (\\d+) ms");
    private static final Pattern LINKED = Pattern.compile("Linked (\\d+) pairs .* in (\\d+) ms");
    private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([\\d.]+)(us|ms|s)");
    private static final Pattern P50 = Pattern.compile("\\s50%\\s+([\\d.]+)(us|ms|s)");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)|Socket errors: (.*)");
    private static final String HEAP = System.getProperty("bench.app-heap", "2g");
    private static final Path WRK = Path.of("/usr/bin/wrk");

    @TempDir
    Path work;

    @Test
    void scales() throws Exception {
        for (String size : System.getProperty("bench.sizes", "seeds,10000,100000").split(",")) {
            Path seeds;
            if (size.equals("seeds")) {
                seeds = Path.of("seeds");
            } else {
                seeds = Files.createDirectories(work.resolve("seeds-" + size));
                long start = System.nanoTime();
                int files = writeDocuments(new CorpusGenerator(42, Integer.parseInt(size)), seeds);
                report(size, "corpus written: %d documents in %d ms", files, millisSince(start));
            }
            measure(size, seeds, Files.createDirectories(work.resolve("data-" + size)));
        }
    }

    /** Each generated source becomes two documents, its numbered quotes and its 问/答 interview. */
    static int writeDocuments(CorpusGenerator corpus, Path folder) {
        List<IndexedItem> source = new ArrayList<>();
        int[] files = {0};
        corpus.forEachItem(item -> {
            if (!source.isEmpty() && !source.get(0).source().id().equals(item.source().id())) {
                files[0] += write(source, folder);
                source.clear();
            }
            source.add(item);
        });
        files[0] += write(source, folder);
        return files[0];
    }

    private static int write(List<IndexedItem> items, Path folder) {
        IndexedItem first = items.get(0);
        String header = "标题:" + first.source().title() + "\n作者:" + first.speaker() + "\n受访者:" + first.speaker()
                + "\n采访者:记者\n\n";
        StringBuilder quotes = new StringBuilder(header);
        StringBuilder interview = new StringBuilder(header);
        int number = 0;
        for (IndexedItem item : items) {
            if (item.quote() != null) {
                quotes.append(++number).append(". ").append(item.quote().text()).append("\n\n");
            } else {
                interview.append("问:").append(item.exchange().question()).append("\n\n答:")
                        .append(item.exchange().answer()).append("\n\n");
            }
        }
        int files = 0;
        for (String[] document : List.of(new String[] {"q", quotes.toString()}, new String[] {"x", interview.toString()})) {
            if (document[1].length() > header.length()) {
                try (BufferedWriter out = Files.newBufferedWriter(
                        folder.resolve(first.source().id() + "_" + document[0] + ".txt"))) {
                    out.write(document[1]);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                files++;
            }
        }
        return files;
    }

    private void measure(String size, Path seeds, Path data) throws Exception {
        int port = 18080;
        Path log = work.resolve("app-" + size + ".log");
        long launched = System.nanoTime();
        Process app = start(seeds, data, port, log);
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String probe = "http://localhost:" + port + "/api/search?q=" + encode("创新");
            long firstAnswer = waitForAnswer(http, probe, app);
            report(size, "launch to first answered search: %d ms", TimeUnit.NANOSECONDS.toMillis(firstAnswer - launched));

            String output = Files.readString(log);
            long items = 0;
            long importMillis = 0;
            for (Matcher m = IMPORTED.matcher(output); m.find(); ) {
                items += Long.parseLong(m.group(1)) + Long.parseLong(m.group(2)) + Long.parseLong(m.group(3));
                importMillis += Long.parseLong(m.group(4));
            }
            report(size, "import: %d items in %d ms of document transactions = %.0f items/s", items, importMillis,
                    items * 1000.0 / Math.max(1, importMillis));
            Matcher index = INDEX_BUILT.matcher(output);
            if (index.find()) {
                report(size, "index build: %s items in %s ms; %.1f MB on disk", index.group(1), index.group(2),
                        folderBytes(data.resolve("index")) / 1e6);
            }
            Matcher linked = LINKED.matcher(output);
            if (linked.find()) {
                report(size, "parallel passages: %s pairs in %s ms", linked.group(1), linked.group(2));
            }
            reportMemory(size, app.pid());

            if (Files.isExecutable(WRK)) {
                List<String> queries = new CorpusGenerator(42, 0).queries(200, 7);
                Path script = writeWrkScript(queries);
                for (String path : List.of("/api/search?q=", "/search?q=")) {
                    String url = "http://localhost:" + port + path;
                    wrk(script, url, 5);
                    String result = wrk(script, url, 30);
                    report(size, "%s under 32 connections, 30 s: %s requests/s, p50 %s, p99 %s, errors %s", path,
                            first(REQUESTS, result), latency(P50, result), latency(P99, result), errors(result));
                }
                reportMemory(size, app.pid());
            } else {
                report(size, "HTTP: %s not installed, skipped", WRK);
            }
        } finally {
            app.destroy();
            app.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static Process start(Path seeds, Path data, int port, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx" + HEAP, "-cp", System.getProperty("java.class.path"),
                "org.yulu.YuluApplication", "--yulu.seeds-dir=" + seeds.toAbsolutePath(),
                "--yulu.data-dir=" + data.toAbsolutePath(), "--server.port=" + port);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static long waitForAnswer(HttpClient http, String url, Process app) throws InterruptedException {
        while (true) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The application stopped before answering; see its log");
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return System.nanoTime();
                }
            } catch (IOException notYet) {
                // the server is not listening yet
            }
            Thread.sleep(20);
        }
    }

    /** Heap in use after a full collection, as jcmd reports it, and the process's resident and peak memory. */
    private static void reportMemory(String size, long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(List.of(jcmd, String.valueOf(pid), "GC.run"));
        String heap = run(List.of(jcmd, String.valueOf(pid), "GC.heap_info"));
        Matcher used = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(heap);
        String status = Files.readString(Path.of("/proc/" + pid + "/status"));
        boolean found = used.find();
        report(size, "memory: heap %s MB used after GC of %s MB committed; RSS %d MB, peak RSS %d MB",
                found ? Long.parseLong(used.group(2)) / 1024 : "?", found ? Long.parseLong(used.group(1)) / 1024 : "?",
                kilobytes(status, "VmRSS") / 1024, kilobytes(status, "VmHWM") / 1024);
    }

    private static long kilobytes(String status, String field) {
        Matcher m = Pattern.compile(field + ":\\s+(\\d+) kB").matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** A wrk script that cycles through the queries, so the server answers many different searches. */
    private Path writeWrkScript(List<String> queries) throws IOException {
        String list = queries.stream().map(q -> "\"" + encode(q) + "\"").collect(Collectors.joining(",\n"));
        Path script = work.resolve("queries.lua");
        Files.writeString(script, """
                local queries = {%s}
                local i = 0
                request = function()
                  i = i + 1
                  return wrk.format("GET", wrk.path .. queries[i %% #queries + 1])
                end
                """.formatted(list));
        return script;
    }

    private static String wrk(Path script, String url, int seconds) throws Exception {
        return run(List.of(WRK.toString(), "-t2", "-c32", "-d" + seconds + "s", "--latency", "-s", script.toString(),
                url));
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : "?";
    }

    private static String latency(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) + " " + m.group(2) : "?";
    }

    private static String errors(String text) {
        List<String> errors = new ArrayList<>();
        for (Matcher m = ERRORS.matcher(text); m.find(); ) {
            errors.add(m.group(0).trim());
        }
        return errors.isEmpty() ? "0" : String.join("; ", errors);
    }

    private static long folderBytes(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static void report(String size, String format, Object... args) {
        System.out.println("BENCH scale " + size + ": " + String.format(Locale.ROOT, format, args));
    }
}
