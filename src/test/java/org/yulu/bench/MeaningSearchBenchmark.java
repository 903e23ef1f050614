package org.yulu.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yulu.corpus.Item;
import org.yulu.meaning.JudgedQuestions;
import org.yulu.meaning.MeaningModel;
import org.yulu.meaning.Passages;
import org.yulu.meaning.SharedModel;
import org.yulu.search.MatchCache;
import org.yulu.search.SearchIndex;
import org.yulu.search.SearchRequest;
import org.yulu.search.SearchService;
import org.yulu.search.SeedCorpus;
import org.yulu.system.PageParams;
import org.yulu.text.TextFolding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Search by meaning's costs (docs/benchmarks.md, "Search by meaning"). Not a test:
 * {@code ./mvnw -o -Pbench test -Dtest=MeaningSearchBenchmark}, lines starting with {@code BENCH};
 * {@code -Dbench.items=N} sizes the generated corpus encoded (default 2,000).
 */
class MeaningSearchBenchmark {

    private static final List<String> KEYWORDS = List.of("护城河", "创新", "梁文锋", "英伟达", "开源", "大模型");

    @TempDir
    Path folder;

    /** Question to page of hits, in this JVM: keywords alone, then keywords and meaning, every answer worked out. */
    @Test
    void latencyInProcess() throws Exception {
        SeedCorpus seeds = SeedCorpus.load();
        try (SearchIndex index = SearchIndex.open(folder, seeds, SharedModel.vectorsOf(seeds))) {
            index.rebuild();
            SearchService search = new SearchService(index, MatchCache.none(), SharedModel.get());
            List<String> questions = new ArrayList<>(KEYWORDS);
            JudgedQuestions.all().forEach(j -> questions.add(j.question()));
            for (int round = 0; round < 3; round++) {
                measure("keyword alone (mode=keyword)", search, questions, "keyword");
                measure("keyword, then meaning (question vectors kept after the first round)", search, questions,
                        null);
            }
        }
    }

    /** Passages encoded per second on every core, as an import encodes them; larger corpora extrapolated. */
    @Test
    void encodingThroughput() {
        int items = Integer.getInteger("bench.items", 2_000);
        MeaningModel model = SharedModel.get();
        List<String> passages = new ArrayList<>();
        new CorpusGenerator(42, items).forEachItem(item -> Passages.of(item)
                .forEach(p -> passages.add(TextFolding.fold(p))));
        model.passages(passages.subList(0, Math.min(200, passages.size()))); // warm up
        long start = System.nanoTime();
        model.passages(passages);
        double seconds = (System.nanoTime() - start) / 1e9;
        double perItem = seconds / items;
        report("encoded %,d generated items (%,d passages, %.0f characters each on average) on %d cores in %.1f s: "
                + "%.0f passages/s; at that rate 10k items take %.0f s, 100k %.0f min, 1M %.1f h",
                items, passages.size(), passages.stream().mapToInt(String::length).average().orElse(0),
                Runtime.getRuntime().availableProcessors(), seconds, passages.size() / seconds, perItem * 10_000,
                perItem * 100_000 / 60, perItem * 1_000_000 / 3600);
    }

    /** The app on the seeds: launch to first answer and to meaningSearch UP, memory, and latency at 8 connections. */
    @Test
    void overHttp() throws Exception {
        Path seeds = Files.createDirectories(folder.resolve("seeds"));
        for (String seed : List.of(SeedCorpus.THOUGHTS, SeedCorpus.BLOG)) {
            Files.copy(Path.of("seeds", seed + ".txt"), seeds.resolve(seed + ".txt"));
        }
        for (String start : List.of("first start (passages encoded)", "restart (vectors read back)")) {
            try (RunningApp app = RunningApp.start(seeds, folder.resolve("data"), 18093, folder.resolve("app.log"),
                    "--yulu.meaning-search=true")) {
                long firstAnswer = app.awaitFirstAnswer("/api/search?q=%E5%88%9B%E6%96%B0");
                while (!httpBody(app, "/actuator/health/meaning").endsWith("\"status\":\"UP\"}")) {
                    Thread.sleep(20);
                }
                long up = app.millisSinceLaunch();
                report("%s: first answer %d ms after launch, meaningSearch UP after %d ms; %s", start, firstAnswer,
                        up, app.memory());
                if (start.startsWith("restart")) {
                    List<String> questions = new ArrayList<>();
                    JudgedQuestions.all().forEach(j -> questions.add(j.question()));
                    for (String mode : List.of("&mode=keyword", "")) {
                        Path script = RunningApp.wrkScript(questions.stream()
                                .map(q -> "/api/search?q=" + java.net.URLEncoder.encode(q,
                                        java.nio.charset.StandardCharsets.UTF_8) + mode).toList(),
                                folder.resolve("questions.lua"));
                        app.wrk(script, 5, 8);
                        report("/api/search, %d judged questions%s, 8 connections, 20 s: %s", questions.size(),
                                mode, app.wrk(script, 20, 8));
                    }
                }
            }
        }
    }

    /**
     * Thousands of different questions, none asked twice, so neither a question's vector nor its answer is kept: at
     * 8 connections, and the latency of answers by keyword alone (other questions, {@code mode=keyword}) on their
     * own and while those searches by meaning run. {@code -Dbench.seconds} (30) per run.
     */
    @Test
    void differentQuestions() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 30);
        Path seeds = Files.createDirectories(folder.resolve("seeds"));
        for (String seed : List.of(SeedCorpus.THOUGHTS, SeedCorpus.BLOG)) {
            Files.copy(Path.of("seeds", seed + ".txt"), seeds.resolve(seed + ".txt"));
        }
        List<String> questions = DistinctQuestions.of(40_000, 7);
        try (RunningApp app = RunningApp.start(seeds, folder.resolve("data"), 18094, folder.resolve("app.log"),
                "--yulu.meaning-search=true")) {
            app.awaitFirstAnswer("/api/search?q=%E5%88%9B%E6%96%B0");
            while (!httpBody(app, "/actuator/health/meaning").endsWith("\"status\":\"UP\"}")) {
                Thread.sleep(20);
            }
            Path warmUp = RunningApp.wrkScript(paths(questions.subList(0, 2_000), ""), folder.resolve("warm.lua"));
            app.wrk(warmUp, 10, 8);
            Path keywordAlone = RunningApp.wrkScript(paths(questions.subList(2_000, 12_000), "&mode=keyword"),
                    folder.resolve("keyword-alone.lua"));
            Path byMeaning = RunningApp.wrkScript(paths(questions.subList(12_000, 24_000), ""),
                    folder.resolve("meaning.lua"));
            Path meaningBeside = RunningApp.wrkScript(paths(questions.subList(24_000, 34_000), ""),
                    folder.resolve("meaning-beside.lua"));
            Path keywordBeside = RunningApp.wrkScript(paths(questions.subList(34_000, 40_000), "&mode=keyword"),
                    folder.resolve("keyword-beside.lua"));
            report("different questions, keyword alone (mode=keyword), 8 connections, %d s: %s", seconds,
                    app.wrk(keywordAlone, seconds, 8));
            report("different questions by meaning (the default), 8 connections, %d s: %s", seconds,
                    app.wrk(byMeaning, seconds, 8));
            java.util.concurrent.CompletableFuture<RunningApp.WrkResult> meaning =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                        try {
                            return app.wrk(meaningBeside, seconds, 8);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
            Thread.sleep(1_000);
            RunningApp.WrkResult keyword = app.wrk(keywordBeside, seconds - 2, 8);
            report("at once: by meaning, 8 connections: %s; keyword alone beside them, 8 connections: %s",
                    meaning.join(), keyword);
            report("after: %s", app.memory());
        }
    }

    private static List<String> paths(List<String> questions, String mode) {
        return questions.stream().map(q -> "/api/search?q=" + RunningApp.encode(q) + mode).toList();
    }

    private static String httpBody(RunningApp app, String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(app.url(path))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void measure(String name, SearchService search, List<String> questions, String mode) {
        long[] micros = new long[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            long start = System.nanoTime();
            search.search(new SearchRequest(questions.get(i), null, null, null, PageParams.of("1", "20"), mode));
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        report("%s, %d questions: p50 %.2f ms, p99 %.2f ms", name, questions.size(),
                micros[micros.length / 2] / 1000.0, micros[(int) Math.ceil(micros.length * 0.99) - 1] / 1000.0);
    }

    private static void report(String format, Object... args) {
        System.out.println("BENCH " + String.format(format, args));
    }
}
