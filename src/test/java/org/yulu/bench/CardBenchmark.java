package org.yulu.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Share cards of every seed item, asked one at a time of the application in its own JVM, as a client sees them:
 * cold (drawn, kept and sent) just after the start, cold again once the JIT has compiled the drawing, and cached
 * (read from the data folder). Not a test: run with {@code ./mvnw -o -Pbench test -Dtest=CardBenchmark} and read
 * the lines starting with {@code BENCH}; the cards land in {@code target/bench-cards/}.
 */
class CardBenchmark {

    private static final int CACHED_ROUNDS = 5;

    @TempDir
    Path work;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void seeds() throws Exception {
        Path data = work.resolve("data");
        try (RunningApp app = RunningApp.start(Path.of("seeds"), data, 18082, work.resolve("app.log"),
                "--yulu.public-base-url=https://yulu.example")) { // what the QR codes hold, as on a public site
            report("launch to first answer: %d ms", app.awaitFirstAnswer("/api/quotes?size=1"));
            List<String> cards = new ArrayList<>();
            for (String kind : List.of("quotes", "exchanges")) {
                for (String id : ids(app, kind)) {
                    cards.add("/cards/" + kind + "/" + id + ".png");
                    cards.add("/cards/" + kind + "/" + id + "-tall.png");
                }
            }

            long[] first = fetchAll(app, cards);
            report("cold, first after the start (%d cards, JIT still compiling): %s; the very first %.1f ms",
                    cards.size(), percentiles(first), first[0] / 1e6);
            keep(app, cards);
            deleteTree(data.resolve("cards"));
            report("cold, drawn again in a warm JVM (%d cards): %s", cards.size(), percentiles(fetchAll(app, cards)));
            long[] cached = new long[cards.size() * CACHED_ROUNDS];
            for (int round = 0; round < CACHED_ROUNDS; round++) {
                System.arraycopy(fetchAll(app, cards), 0, cached, round * cards.size(), cards.size());
            }
            report("cached, read from the data folder (%d requests): %s", cached.length, percentiles(cached));
            report("kept on disk: %d cards, %,d KB", cards.size(),
                    ScaleBenchmark.folderBytes(data.resolve("cards")) / 1024);
        }
    }

    /** The ids of every item of a kind, read from the items' permalinks in the list API. */
    private List<String> ids(RunningApp app, String kind) throws IOException, InterruptedException {
        String body = http.send(HttpRequest.newBuilder(URI.create(app.url("/api/" + kind + "?size=100"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"url\":\"/" + kind + "/([^\"]+)\"").matcher(body);
        while (m.find()) {
            if (!ids.contains(m.group(1))) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    /** Nanoseconds for each card, in the order asked; every answer must be a 200. */
    private long[] fetchAll(RunningApp app, List<String> cards) throws IOException, InterruptedException {
        long[] nanos = new long[cards.size()];
        for (int i = 0; i < cards.size(); i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> card = http.send(HttpRequest.newBuilder(URI.create(app.url(cards.get(i)))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            nanos[i] = System.nanoTime() - start;
            if (card.statusCode() != 200) {
                throw new IllegalStateException(cards.get(i) + " answered " + card.statusCode());
            }
        }
        return nanos;
    }

    private void keep(RunningApp app, List<String> cards) throws IOException, InterruptedException {
        Path folder = Files.createDirectories(Path.of("target", "bench-cards"));
        for (String card : cards) {
            Files.write(folder.resolve(card.substring(card.lastIndexOf('/') + 1)), http.send(
                    HttpRequest.newBuilder(URI.create(app.url(card))).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body());
        }
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms", sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void report(String format, Object... args) {
        System.out.println("BENCH " + String.format(format, args));
    }
}
