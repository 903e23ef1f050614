package org.yulu.bench;

import org.yulu.AppProcess;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The application in its own JVM ({@link AppProcess}), started as {@code ./mvnw spring-boot:run} starts it (the
 * pom's {@code yulu.jvm-options}, heap {@code -Dbench.app-heap}, 2g by default) but with both JIT compilers, as
 * {@code java -jar} runs it: the plugin's optimized launch adds {@code -XX:TieredStopAtLevel=1}, a quicker start
 * that serves less under load. What the benchmarks read from outside: its log, its memory, and its answers to wrk.
 */
final class RunningApp implements AutoCloseable {

    static final Path WRK = Path.of("/usr/bin/wrk");
    private static final String HEAP = System.getProperty("bench.app-heap", "2g");
    private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)|Socket errors: (.*)");

    final int port;
    private final AppProcess app;

    private RunningApp(AppProcess app, int port) {
        this.app = app;
        this.port = port;
    }

    static RunningApp start(Path seeds, Path data, int port, Path log, String... settings) throws IOException {
        List<String> jvmOptions = new ArrayList<>(List.of("-Xmx" + HEAP));
        jvmOptions.addAll(List.of(System.getProperty("bench.app-jvm-options", "").split("\\s+")).stream()
                .filter(option -> !option.isBlank()).toList());
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port));
        arguments.addAll(List.of(settings));
        return new RunningApp(AppProcess.start(jvmOptions, seeds, data, log, arguments.toArray(String[]::new)), port);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    long millisSinceLaunch() {
        return app.millisSinceLaunch();
    }

    /** Waits for the first 200 on the path; returns the milliseconds since launch. */
    long awaitFirstAnswer(String path) throws InterruptedException {
        return app.awaitAnswer(URI.create(url(path)));
    }

    /** The first {@code wanted} of the queries that find at least one item, asked one by one of {@code /api/search}. */
    List<String> findingSomething(List<String> queries, int wanted) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Pattern total = Pattern.compile("\"total\":(\\d+)");
        List<String> found = new ArrayList<>();
        for (String query : queries) {
            String body = http.send(HttpRequest.newBuilder(URI.create(url("/api/search?size=1&q="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8)))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = total.matcher(body);
            if (m.find() && Long.parseLong(m.group(1)) > 0) {
                found.add(query);
                if (found.size() == wanted) {
                    break;
                }
            }
        }
        return found;
    }

    /** Waits until the log has a line matching the pattern; returns its match. */
    Matcher awaitLogLine(Pattern line) throws IOException, InterruptedException {
        return app.awaitLine(line);
    }

    String output() throws IOException {
        return app.output();
    }

    /** Heap in use after a full collection and heap committed (jcmd), resident and peak resident memory. */
    Memory memory() throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(List.of(jcmd, String.valueOf(app.pid()), "GC.run"));
        // G1 reports one heap line; the parallel collector one per generation (PSYoungGen, ParOldGen): add them up.
        Matcher heap = Pattern.compile("total (\\d+)K, used (\\d+)K")
                .matcher(run(List.of(jcmd, String.valueOf(app.pid()), "GC.heap_info")));
        long committed = 0;
        long used = 0;
        boolean found = false;
        while (heap.find()) {
            found = true;
            committed += Long.parseLong(heap.group(1));
            used += Long.parseLong(heap.group(2));
        }
        String status = Files.readString(Path.of("/proc/" + app.pid() + "/status"));
        return new Memory(found ? used / 1024 : -1, found ? committed / 1024 : -1, kilobytes(status, "VmRSS") / 1024,
                kilobytes(status, "VmHWM") / 1024);
    }

    record Memory(long heapUsedMb, long heapCommittedMb, long rssMb, long peakRssMb) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "heap %d MB used after GC of %d MB committed; RSS %d MB, peak RSS %d MB",
                    heapUsedMb, heapCommittedMb, rssMb, peakRssMb);
        }
    }

    /**
     * Runs wrk with 32 connections on one thread against this server, cycling through the script's paths. wrk
     * shares the two cores with the server; on one thread it takes at most one of them.
     */
    WrkResult wrk(Path script, int seconds) throws Exception {
        return wrk(script, seconds, 32);
    }

    /** As {@link #wrk(Path, int)}, with this many connections. */
    WrkResult wrk(Path script, int seconds, int connections) throws Exception {
        String url = url("/");
        return parseWrk(run(List.of(WRK.toString(), "-t1", "-c" + connections, "-d" + seconds + "s", "--latency",
                "-s", script.toString(), url)));
    }

    /** What wrk printed, read. */
    static WrkResult parseWrk(String output) {
        List<String> errors = new ArrayList<>();
        for (Matcher m = ERRORS.matcher(output); m.find(); ) {
            errors.add(m.group(0).trim());
        }
        Matcher requests = REQUESTS.matcher(output);
        return new WrkResult(requests.find() ? requests.group(1) : "?", latency(output, "50%"),
                latency(output, "99%"), errors.isEmpty() ? "0" : String.join("; ", errors), output);
    }

    record WrkResult(String requestsPerSecond, String p50, String p99, String errors, String output) {
        @Override
        public String toString() {
            return requestsPerSecond + " requests/s, p50 " + p50 + ", p99 " + p99 + ", errors " + errors;
        }
    }

    /** A wrk script that requests each path in turn (paths already URL-encoded). */
    static Path wrkScript(List<String> paths, Path file) throws IOException {
        String list = paths.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",\n"));
        Files.writeString(file, """
                local paths = {%s}
                local i = 0
                request = function()
                  i = i + 1
                  return wrk.format("GET", paths[i %% #paths + 1])
                end
                """.formatted(list));
        return file;
    }

    /** The path with each query appended, encoded. */
    static List<String> searches(String path, List<String> queries) {
        return queries.stream().map(q -> path + encode(q)).toList();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String latency(String wrkOutput, String percentile) {
        Matcher m = Pattern.compile("\\s" + percentile + "\\s+([\\d.]+)(us|ms|s)").matcher(wrkOutput);
        return m.find() ? m.group(1) + " " + m.group(2) : "?";
    }

    private static long kilobytes(String status, String field) {
        Matcher m = Pattern.compile(field + ":\\s+(\\d+) kB").matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    @Override
    public void close() throws InterruptedException {
        app.close();
    }
}
