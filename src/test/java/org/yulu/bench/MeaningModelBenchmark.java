package org.yulu.bench;

import org.junit.jupiter.api.Test;
import org.yulu.corpus.Item;
import org.yulu.meaning.JudgedQuestions;
import org.yulu.meaning.JudgedQuestions.Judged;
import org.yulu.meaning.Passages;
import org.yulu.meaning.SentenceEncoder;
import org.yulu.meaning.SentenceModel;
import org.yulu.search.SeedCorpus;
import org.yulu.text.TextFolding;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighs the candidate sentence models on the judged questions (docs/meaning-search.md): how often an answer is
 * among the five nearest items, how near the unrelated questions come, and what each costs to load and run. Not a
 * test: {@code ./mvnw -o -Pbench test -Dtest=MeaningModelBenchmark}, lines starting with {@code BENCH}.
 */
class MeaningModelBenchmark {

    static final List<SentenceModel> CANDIDATES = List.of(SentenceModel.BGE_SMALL_ZH_Q,
            new SentenceModel("bge-small-zh-v1.5", "bge-small-zh-v1.5.onnx", "bge-small-zh-v1.5-tokenizer.json"));
    /** The instruction bge-zh suggests before a short question looking for passages. */
    static final String INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

    @Test
    void candidates() throws Exception {
        List<Item> items = SeedCorpus.load().items();
        for (SentenceModel model : CANDIDATES) {
            long rssBefore = rssKb();
            long start = System.nanoTime();
            try (SentenceEncoder encoder = SentenceEncoder.load(model, Runtime.getRuntime().availableProcessors())) {
                report("%s: artifact %,d KB, loaded in %d ms, RSS +%,d MB", model.id(), artifactKb(model),
                        (System.nanoTime() - start) / 1_000_000, (rssKb() - rssBefore) / 1024);
                quality(model, encoder, items);
            }
            if (!Boolean.getBoolean("bench.quality-only")) {
                try (SentenceEncoder oneThread = SentenceEncoder.load(model, 1)) {
                    speed(model, oneThread, items);
                }
            }
        }
    }

    private static void quality(SentenceModel model, SentenceEncoder encoder, List<Item> items) throws Exception {
        List<List<float[]>> passages = new ArrayList<>();
        List<float[]> wholes = new ArrayList<>();
        for (Item item : items) {
            passages.add(List.of(encoder.encode(Passages.of(item))));
            wholes.add(encoder.encode(List.of(TextFolding.fold(String.join("\n", item.texts()))))[0]);
        }
        for (boolean instructed : new boolean[] {false, true}) {
            Map<String, float[]> questions = new HashMap<>();
            for (Judged judged : JudgedQuestions.all()) {
                String q = TextFolding.fold(judged.question());
                questions.put(judged.question(), encoder.encode(List.of(instructed ? INSTRUCTION + q : q))[0]);
            }
            score(model.id() + (instructed ? " +instruction" : "") + ", nearest passage", items, questions,
                    (i, q) -> passages.get(i).stream().mapToDouble(p -> dot(p, q)).max().orElse(0));
            score(model.id() + (instructed ? " +instruction" : "") + ", whole item", items, questions,
                    (i, q) -> dot(wholes.get(i), q));
            score(model.id() + (instructed ? " +instruction" : "") + ", nearest passage or whole", items, questions,
                    (i, q) -> Math.max(dot(wholes.get(i), q),
                            passages.get(i).stream().mapToDouble(p -> dot(p, q)).max().orElse(0)));
        }
    }

    interface Similarity {
        double of(int item, float[] question);
    }

    private static void score(String name, List<Item> items, Map<String, float[]> questions, Similarity similarity) {
        int found = 0;
        double reciprocal = 0;
        double nearestUnrelated = 0;
        List<Double> firstRelevant = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Judged judged : JudgedQuestions.all()) {
            float[] q = questions.get(judged.question());
            List<int[]> order = new ArrayList<>();
            double[] scores = new double[items.size()];
            for (int i = 0; i < items.size(); i++) {
                scores[i] = similarity.of(i, q);
                order.add(new int[] {i});
            }
            order.sort(Comparator.comparingDouble(o -> -scores[o[0]]));
            if (judged.unrelated()) {
                nearestUnrelated = Math.max(nearestUnrelated, scores[order.get(0)[0]]);
                report("  %s unrelated %s: nearest %.3f %s", name, judged.question(), scores[order.get(0)[0]],
                        items.get(order.get(0)[0]).id());
                continue;
            }
            for (int rank = 0; rank < order.size(); rank++) {
                if (judged.relevant().contains(items.get(order.get(rank)[0]).id())) {
                    if (rank < 5) {
                        found++;
                    } else {
                        missed.add(judged.question() + "@" + (rank + 1));
                    }
                    reciprocal += 1.0 / (rank + 1);
                    firstRelevant.add(scores[order.get(rank)[0]]);
                    break;
                }
            }
        }
        int related = JudgedQuestions.related().size();
        double threshold = nearestUnrelated + 0.02;
        long kept = firstRelevant.stream().filter(s -> s >= threshold).count();
        report("%s: success@5 %d/%d, MRR %.3f, nearest unrelated %.3f, first answers above %.3f: %d/%d; missed %s",
                name, found, related, reciprocal / related, nearestUnrelated, threshold, kept, related, missed);
        report("  %s first-answer similarities %s", name, firstRelevant.stream().sorted()
                .map(s -> String.format("%.3f", s)).toList());
        for (int t = 40; t <= 56; t += 2) {
            for (double below : new double[] {1, 0.15, 0.10, 0.08, 0.06}) {
                thresholdRow(name, t / 100.0, below, items, questions, similarity);
            }
        }
    }

    /** What a threshold gives: answers still among the first five, unrelated questions answered, hits per question. */
    private static void thresholdRow(String name, double threshold, double belowBest, List<Item> items,
            Map<String, float[]> questions, Similarity similarity) {
        int found = 0;
        int noisy = 0;
        long hits = 0;
        long relevantHits = 0;
        for (Judged judged : JudgedQuestions.all()) {
            float[] q = questions.get(judged.question());
            List<Integer> above = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (similarity.of(i, q) >= threshold) {
                    above.add(i);
                }
            }
            above.sort(Comparator.comparingDouble(i -> -similarity.of(i, q)));
            if (!above.isEmpty()) {
                double best = similarity.of(above.get(0), q);
                above.removeIf(i -> similarity.of(i, q) < best - belowBest);
            }
            if (judged.unrelated()) {
                noisy += above.isEmpty() ? 0 : 1;
                continue;
            }
            hits += above.size();
            relevantHits += above.stream().filter(i -> judged.relevant().contains(items.get(i).id())).count();
            if (above.stream().limit(5).anyMatch(i -> judged.relevant().contains(items.get(i).id()))) {
                found++;
            }
        }
        int related = JudgedQuestions.related().size();
        report("  %s threshold %.2f within %.2f of the best: success@5 %d/%d, unrelated answered %d/%d, %.1f hits per question, %.0f%% of "
                + "them relevant", name, threshold, belowBest, found, related, noisy, JudgedQuestions.unrelated().size(),
                (double) hits / related, 100.0 * relevantHits / Math.max(1, hits));
    }

    private static void speed(SentenceModel model, SentenceEncoder encoder, List<Item> items) throws Exception {
        List<String> passages = new ArrayList<>();
        items.forEach(item -> passages.addAll(Passages.of(item)));
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            for (String p : passages) {
                encoder.encode(List.of(p));
            }
            double one = (System.nanoTime() - start) / 1e6 / passages.size();
            start = System.nanoTime();
            for (int i = 0; i < passages.size(); i += 16) {
                encoder.encode(passages.subList(i, Math.min(passages.size(), i + 16)));
            }
            double batched = (System.nanoTime() - start) / 1e6 / passages.size();
            long q = System.nanoTime();
            for (Judged judged : JudgedQuestions.all()) {
                encoder.encode(List.of(TextFolding.fold(judged.question())));
            }
            double question = (System.nanoTime() - q) / 1e6 / JudgedQuestions.all().size();
            report("%s on one thread, round %d: %d passages (%.0f chars on average), %.1f ms each alone, %.1f ms each "
                    + "in batches of 16; a question %.1f ms", model.id(), round, passages.size(),
                    passages.stream().mapToInt(String::length).average().orElse(0), one, batched, question);
        }
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static long artifactKb(SentenceModel model) throws Exception {
        URL url = MeaningModelBenchmark.class.getClassLoader().getResource(model.modelResource());
        String path = url.getPath();
        return Files.size(Path.of(path.substring("file:".length(), path.indexOf("!/")))) / 1024;
    }

    /** This process's resident memory: the model's weights and onnxruntime's buffers live outside the heap. */
    static long rssKb() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static void report(String format, Object... args) {
        System.out.println("BENCH " + String.format(format, args));
    }
}
