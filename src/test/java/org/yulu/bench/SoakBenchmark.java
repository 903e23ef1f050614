package org.yulu.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yulu.check.JudgedChecks;

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
import java.util.stream.Collectors;

/**
 * The seeds served under 32 connections for {@code -Dbench.soak-seconds} (600 by default) while one document is
 * edited every minute and the application re-imports it on its own rescan: errors, latency, and heap after a full
 * collection once a minute. The mix: one request in ten a search by a question never asked before (encoded by the
 * sentence model), one in twenty-five a quote check, the rest searches by keyword and pinyin, suggestions, pages,
 * share cards, random quotes, the day's quote, oEmbed and embeds. Checks are not rate limited here, as every request
 * comes from one address. Results are BENCH lines.
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
                "--yulu.rescan-interval=PT1M", "--yulu.meaning-search=true", "--yulu.checks-per-minute=10000000",
                "--yulu.check-burst=10000000")) {
            app.awaitFirstAnswer("/");
            app.awaitLogLine(Pattern.compile("Sentence model .* loaded"));
            report("start: %s", app.memory());
            Path script = mixScript(work.resolve("soak.lua"));

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

    /** The mix: questions never asked before, checks, and the rest in turn. */
    private static Path mixScript(Path file) throws Exception {
        List<String> checks = new ArrayList<>();
        for (JudgedChecks judged : JudgedChecks.all()) {
            checks.add("/api/check?text=" + RunningApp.encode(judged.text()));
            checks.add("/check?text=" + RunningApp.encode(judged.text()));
        }
        List<String> questions = DistinctQuestions.of(60_000, 11).stream()
                .map(q -> (q.length() % 2 == 0 ? "/api/search?q=" : "/search?q=") + RunningApp.encode(q)).toList();
        Files.writeString(file, """
                local common = {%s}
                local questions = {%s}
                local checks = {%s}
                local i, q, c = 0, 0, 0
                request = function()
                  i = i + 1
                  if i %% 10 == 0 then
                    q = q + 1
                    return wrk.format("GET", questions[q %% #questions + 1])
                  elseif i %% 25 == 1 then
                    c = c + 1
                    return wrk.format("GET", checks[c %% #checks + 1])
                  end
                  return wrk.format("GET", common[i %% #common + 1])
                end
                """.formatted(lua(common()), lua(questions), lua(checks)));
        return file;
    }

    private static String lua(List<String> paths) {
        return paths.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",\n"));
    }

    /** Searches, suggestions, the two sources, permalinks, lists, cards and quotes for other sites. */
    private static List<String> common() {
        List<String> paths = new ArrayList<>();
        for (String q : List.of("创新", "护城河", "梁文锋", "AGI", "創新", "开源 文化", "\"最重要的是\"", "英伟达",
                "chuangxin", "hch", "梁文峰")) {
            paths.add("/api/search?q=" + RunningApp.encode(q));
            paths.add("/search?q=" + RunningApp.encode(q));
        }
        for (String prefix : List.of("chuang", "梁", "kaiy", "hc")) {
            paths.add("/api/suggest?q=" + RunningApp.encode(prefix));
        }
        for (int n = 1; n <= 30; n += 7) {
            String id = "000_ce303afc9506ad64-" + n;
            paths.add("/quotes/" + id);
            paths.add("/api/quotes/" + id);
            paths.add("/cards/quotes/" + id + ".png");
            paths.add("/cards/quotes/" + id + "-tall.png");
            paths.add("/embed/quotes/" + id);
            paths.add("/oembed?url=" + RunningApp.encode("http://localhost:18081/quotes/" + id));
        }
        paths.addAll(List.of("/", "/quotes", "/exchanges", "/sources/003_becfb7cbb320fc93",
                "/exchanges/003_becfb7cbb320fc93-5", "/cards/exchanges/003_becfb7cbb320fc93-5.png",
                "/api/exchanges?size=100", "/api/random", "/api/random?encode=text", "/api/random?encode=js",
                "/api/random?type=exchange&min_length=50", "/api/daily", "/speakers/" + RunningApp.encode("梁文锋")));
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
