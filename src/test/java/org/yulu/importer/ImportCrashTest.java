package org.yulu.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the application with SIGKILL in the middle of a large import and checks that the database holds only
 * whole documents, and that the next start completes the import.
 */
class ImportCrashTest {

    static final int FILES = 30;
    static final int QUOTES_PER_FILE = 1500;

    @TempDir
    Path work;

    @Test
    void aKilledImportLeavesOnlyWholeDocumentsAndTheNextStartFinishesIt() throws Exception {
        Path seeds = Files.createDirectories(work.resolve("seeds"));
        Path data = work.resolve("data");
        for (int f = 0; f < FILES; f++) {
            StringBuilder text = new StringBuilder("测试文档" + f + "的" + QUOTES_PER_FILE + "条思考\n\n");
            for (int i = 1; i <= QUOTES_PER_FILE; i++) {
                text.append(i).append(".第").append(f).append("篇第").append(i).append("条:创新需要信心,也需要时间。\n\n");
            }
            Files.writeString(seeds.resolve(String.format("doc%02d.txt", f)), text.toString());
        }

        Process first = start(seeds, data);
        String killedAfter = waitForLine(first, "Imported doc03.txt");
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(killedAfter).contains("Imported doc03.txt");

        // H2 may not have written the last commits before the kill; whatever it kept is whole documents.
        Map<String, Integer> afterKill = quotesPerSource(data);
        assertThat(afterKill).hasSizeLessThan(FILES);
        assertThat(afterKill.values()).allMatch(quotes -> quotes == QUOTES_PER_FILE);

        Process second = start(seeds, data);
        waitForLine(second, "Started YuluApplication");
        second.destroy();
        second.waitFor(30, TimeUnit.SECONDS);
        Map<String, Integer> afterRestart = quotesPerSource(data);
        assertThat(afterRestart).hasSize(FILES);
        assertThat(afterRestart.values()).containsOnly(QUOTES_PER_FILE);
    }

    private static Process start(Path seeds, Path data) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.yulu.YuluApplication", "--yulu.seeds-dir=" + seeds, "--yulu.data-dir=" + data,
                "--spring.main.web-application-type=none", "--spring.main.keep-alive=true"));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the process's output until a line contains the text; returns that line. */
    private static String waitForLine(Process process, String text) throws Exception {
        CompletableFuture<String> found = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.contains(text)) {
                        CompletableFuture.runAsync(() -> drain(out));
                        return line;
                    }
                }
                return "process ended before: " + text;
            } catch (IOException e) {
                return "output closed: " + e.getMessage();
            }
        });
        return found.get(5, TimeUnit.MINUTES);
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // keep the pipe empty so the process never blocks on its output
            }
        } catch (IOException ignored) {
            // the process was killed
        }
    }

    private static Map<String, Integer> quotesPerSource(Path data) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        String url = "jdbc:h2:file:" + data.resolve("yulu").toAbsolutePath();
        try (Connection db = DriverManager.getConnection(url, "", "");
                ResultSet rows = db.createStatement().executeQuery(
                        "select s.id, count(q.id) from source s left join quote q on q.source_id = s.id group by s.id")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }
}
