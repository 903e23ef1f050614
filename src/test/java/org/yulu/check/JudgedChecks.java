package org.yulu.check;

import org.yulu.search.SeedCorpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The judged pasted quotes of src/test/resources/check/judged-checks.tsv. */
public record JudgedChecks(String text, Verdict verdict, String item, Attribution attribution, String claimed,
        List<DiffSegment.Op> ops, List<DiffSegment> segments) {

    public static List<JudgedChecks> all() {
        try (InputStream in = JudgedChecks.class.getResourceAsStream("/check/judged-checks.tsv")) {
            List<JudgedChecks> judged = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                judged.add(new JudgedChecks(f[0].replace("\\n", "\n"), Verdict.valueOf(f[1].toUpperCase()),
                        itemId(f[2]), Attribution.valueOf(f[3].toUpperCase()), dash(f[4]), ops(f[5]),
                        segments(f[6])));
            }
            return judged;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dash(String field) {
        return field.equals("-") ? null : field;
    }

    private static String itemId(String field) {
        if (field.equals("-")) {
            return null;
        }
        return (field.startsWith("T") ? SeedCorpus.THOUGHTS : SeedCorpus.BLOG) + field.substring(1);
    }

    private static List<DiffSegment.Op> ops(String field) {
        if (field.equals("-")) {
            return null;
        }
        return Arrays.stream(field.split(" ")).map(op -> switch (op) {
            case "e" -> DiffSegment.Op.EQUAL;
            case "d" -> DiffSegment.Op.DELETE;
            case "i" -> DiffSegment.Op.INSERT;
            default -> throw new IllegalArgumentException(op);
        }).toList();
    }

    private static List<DiffSegment> segments(String field) {
        if (field.equals("-")) {
            return List.of();
        }
        return Arrays.stream(field.split(";")).map(s -> new DiffSegment(ops(s.substring(0, 1)).get(0),
                s.substring(2))).toList();
    }
}
