package org.yulu.bench;

import org.junit.jupiter.api.Test;
import org.yulu.corpus.RelatedItem;
import org.yulu.importer.parser.DocumentDecoder;
import org.yulu.importer.parser.DocumentParser;
import org.yulu.importer.parser.ParsedDocument;
import org.yulu.related.RelatedIndex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times finding every item's parallel passages in synthetic corpora. Runs only with {@code ./mvnw -Pbench test};
 * sizes from {@code -Dbench.items=100000,1000000}.
 */
class ParallelPassageBenchmark {

    @Test
    void linkingScalesToAMillionItems() throws Exception {
        List<String> seedTexts = seedTexts();
        RelatedIndex.of(new SyntheticCorpus(seedTexts, 50_000, 1L).items); // warms the JIT up
        String sizes = System.getProperty("bench.items", "100000,1000000");
        for (int size : Arrays.stream(sizes.split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray()) {
            SyntheticCorpus corpus = new SyntheticCorpus(seedTexts, size, 20250209L);
            long chars = corpus.items.stream().mapToLong(i -> i.words().length()).sum();
            System.gc();
            long start = System.nanoTime();
            RelatedIndex index = RelatedIndex.of(corpus.items);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long found = corpus.planted.stream().filter(pair -> isLinked(index, pair)).count();
            System.out.printf("parallel passages: %,d items (%,d characters): %,d ms, %,d linked pairs, "
                            + "%,d of %,d planted re-quotes found, heap %,d MB%n", size, chars, millis, index.links(),
                    found, corpus.planted.size(),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        }
    }

    private static boolean isLinked(RelatedIndex index, String pair) {
        String[] ends = pair.split(" -> ");
        return index.related("synthetic-" + ends[0]).stream().map(RelatedItem::id)
                .anyMatch(("synthetic-" + ends[1])::equals);
    }

    private static List<String> seedTexts() throws Exception {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path file : files.sorted().toList()) {
                ParsedDocument doc = new DocumentParser().parse(file.getFileName().toString(),
                        DocumentDecoder.decode(Files.readAllBytes(file)));
                doc.quotes().forEach(q -> texts.add(q.text()));
                doc.exchanges().forEach(e -> texts.add(e.answer()));
            }
        }
        return texts;
    }
}
