package org.yulu.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.yulu.AppProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

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
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
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

        String killedAfter;
        try (AppProcess first = start(seeds, data, work.resolve("first.log"))) {
            killedAfter = first.awaitLine(Pattern.compile(".*Imported doc03\\.txt.*")).group();
            first.kill();
        }
        assertThat(killedAfter).contains("Imported doc03.txt");

        // H2 may not have written the last commits before the kill; whatever it kept is whole documents.
        Map<String, Integer> afterKill = quotesPerSource(data);
        assertThat(afterKill).hasSizeLessThan(FILES);
        assertThat(afterKill.values()).allMatch(quotes -> quotes == QUOTES_PER_FILE);

        try (AppProcess second = start(seeds, data, work.resolve("second.log"))) {
            second.awaitLine(Pattern.compile("Started YuluApplication"));
        }
        Map<String, Integer> afterRestart = quotesPerSource(data);
        assertThat(afterRestart).hasSize(FILES);
        assertThat(afterRestart.values()).containsOnly(QUOTES_PER_FILE);
    }

    private static AppProcess start(Path seeds, Path data, Path log) throws IOException {
        return AppProcess.start(List.of("-Xmx512m"), seeds, data, log, "--spring.main.web-application-type=none",
                "--spring.main.keep-alive=true");
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
