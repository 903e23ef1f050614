package org.yulu.meaning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The judged questions of {@code meaning/judged-questions.tsv}: what a reader asks, and which items answer it. */
public final class JudgedQuestions {

    private static final String THOUGHTS = "000_ce303afc9506ad64";
    private static final String BLOG = "003_becfb7cbb320fc93";

    /**
     * @param question as a reader types it
     * @param relevant the ids of every item that answers it; none for a question the seeds say nothing about
     */
    public record Judged(String question, List<String> relevant) {

        public boolean unrelated() {
            return relevant.isEmpty();
        }
    }

    private JudgedQuestions() {
    }

    public static List<Judged> all() {
        List<Judged> judged = new ArrayList<>();
        try (InputStream in = JudgedQuestions.class.getResourceAsStream("/meaning/judged-questions.tsv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 2);
                List<String> relevant = columns.length < 2 || columns[1].isBlank() ? List.of()
                        : Arrays.stream(columns[1].trim().split(" +")).map(JudgedQuestions::itemId).toList();
                judged.add(new Judged(columns[0], relevant));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return judged;
    }

    public static List<Judged> related() {
        return all().stream().filter(j -> !j.unrelated()).toList();
    }

    public static List<Judged> unrelated() {
        return all().stream().filter(Judged::unrelated).toList();
    }

    /** T12 → the thoughts' item at position 12, B5 → the blog's at 5. */
    private static String itemId(String shortId) {
        String source = switch (shortId.charAt(0)) {
            case 'T' -> THOUGHTS;
            case 'B' -> BLOG;
            default -> throw new IllegalArgumentException("Unknown source in " + shortId);
        };
        return source + "-" + shortId.substring(1);
    }
}
