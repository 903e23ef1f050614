package org.yulu.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seeds served under 32 connections for {@code -Dbench.soak-seconds} (600 by default) while one document is
 * edited every minute and the application re-imports it on its own rescan: errors, latency, and heap after a full
 * collection once a minute. Results are BENCH lines.
 */
class SoakBenchmark {

    private static final String THOUGHTS = "000_ce303afc9506ad64.txt";
    private static final String SENTENCE = "习惯follow,而不是创新。";
    private static final String EDITED = "习惯follow。";

    @TempDir
    Path work;

    @Test
    void soak() throws Exception {
        int seconds = Integer.getInteger("bench.soak-seconds", 600);
        Path seeds = Files.createDirectories(work.resolve("seeds"));
        for (String name : List.of(THOUGHTS, "003_becfb7cbb320fc93.txt")) {
            Files.copy(Path.of("seeds", name), seeds.resolve(name));
        }
        try (RunningApp app = RunningApp.start(seeds, work.resolve("data"), 18081, work.resolve("app.log"),
                "--yulu.rescan-interval=PT1M")) {
            app.awaitFirstAnswer("/");
            report("start: %s", app.memory());
            Path script = RunningApp.wrkScript(paths(), work.resolve("soak.lua"));

            ScheduledExecutorService minutes = Executors.newSingleThreadScheduledExecutor();
            int[] minute = {0};
            minutes.scheduleAtFixedRate(() -> {
                try {
                    minute[0]++;
                    Path thoughts = seeds.resolve(THOUGHTS);
                    String text = Files.readString(thoughts);
                    Files.writeString(thoughts, text.contains(SENTENCE) ? text.replace(SENTENCE, EDITED)
                            : text.replace(EDITED, SENTENCE));
                    report("minute %d: %d re-imports so far; %s", minute[0], reimports(app), app.memory());
                } catch (Exception e) {
                    report("minute %d: %s", minute[0], e);
                }
            }, 30, 60, TimeUnit.SECONDS);
            RunningApp.WrkResult result = app.wrk(script, seconds);
            minutes.shutdownNow();

            report("%d s, 32 connections: %s", seconds, result);
            Matcher total = Pattern.compile("(\\d+) requests in").matcher(result.output());
            report("requests: %s; re-imports of the edited document: %d; error lines in the log: %d",
                    total.find() ? total.group(1) : "?", reimports(app), errorLines(app));
            report("end: %s", app.memory());
        }
    }

    /** Searches, the two sources, permalinks and lists, as readers would spread them. */
    private static List<String> paths() {
        List<String> paths = new ArrayList<>();
        for (String q : List.of("创新", "护城河", "梁文锋", "AGI", "創新", "开源 文化", "\"最重要的是\"", "英伟达")) {
            paths.add("/api/search?q=" + RunningApp.encode(q));
            paths.add("/search?q=" + RunningApp.encode(q));
        }
        for (int n = 1; n <= 30; n += 7) {
            paths.add("/quotes/000_ce303afc9506ad64-" + n);
            paths.add("/api/quotes/000_ce303afc9506ad64-" + n);
        }
        paths.addAll(List.of("/", "/quotes", "/exchanges", "/sources/003_becfb7cbb320fc93",
                "/exchanges/003_becfb7cbb320fc93-5", "/api/exchanges?size=100"));
        return paths;
    }

    /** Imports of the edited document after the one at startup. */
    private static long reimports(RunningApp app) throws Exception {
        return app.output().lines().filter(l -> l.contains("Imported " + THOUGHTS)).count() - 1;
    }

    private static long errorLines(RunningApp app) throws Exception {
        return app.output().lines().filter(l -> l.contains(" ERROR ") || l.contains("Exception")).count();
    }

    private static void report(String format, Object... args) {
        System.out.println("BENCH soak: " + String.format(Locale.ROOT, format, args));
    }
}
