package org.yulu.bench;

import org.yulu.corpus.Item;
import org.yulu.corpus.QuoteItem;
import org.yulu.corpus.SourceRef;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic corpus of any size in the seeds' words: items of 40 to 200 characters made of one- to
 * three-character pieces cut from the seed texts, with every {@link #PLANT_EVERY}th item re-quoting a 40- to
 * 80-character passage of an earlier item with one character added, dropped or changed.
 */
final class SyntheticCorpus {

    static final int PLANT_EVERY = 50;
    private static final String PUNCTUATION = "，。、；？！";

    final List<Item> items = new ArrayList<>();
    /** Pairs "earlier item -> later item" that were planted. */
    final List<String> planted = new ArrayList<>();

    SyntheticCorpus(List<String> seedTexts, int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> words = vocabulary(seedTexts, random);
        SourceRef source = new SourceRef("synthetic", "synthetic");
        List<String> texts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String text = sentence(words, random, 40 + random.nextInt(161));
            if (i > 0 && i % PLANT_EVERY == 0) {
                int from = random.nextInt(i);
                String passage = edited(passage(texts.get(from), random), words, random);
                int at = random.nextInt(text.length() + 1);
                text = text.substring(0, at) + "“" + passage + "”" + text.substring(at);
                planted.add(from + " -> " + i);
            }
            texts.add(text);
            items.add(new QuoteItem("quote", "synthetic-" + i, "/quotes/synthetic-" + i, "synthetic", source, i, null,
                    null, text, List.of()));
        }
    }

    private static List<String> vocabulary(List<String> texts, SplittableRandom random) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            for (String clause : text.split("[\\p{P}\\s]+")) {
                for (int i = 0; i < clause.length(); ) {
                    int length = Math.min(1 + random.nextInt(3), clause.length() - i);
                    words.add(clause.substring(i, i + length));
                    i += length;
                }
            }
        }
        return List.copyOf(words);
    }

    private static String sentence(List<String> words, SplittableRandom random, int length) {
        StringBuilder out = new StringBuilder(length + 4);
        while (out.length() < length) {
            out.append(words.get(random.nextInt(words.size())));
            if (random.nextInt(8) == 0) {
                out.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
            }
        }
        return out.toString();
    }

    private static String passage(String text, SplittableRandom random) {
        int length = Math.min(text.length(), 40 + random.nextInt(41));
        int start = random.nextInt(text.length() - length + 1);
        return text.substring(start, start + length);
    }

    /** One character added, dropped or changed near the middle, so the copy is no longer verbatim. */
    private static String edited(String passage, List<String> words, SplittableRandom random) {
        int at = passage.length() / 2;
        String word = words.get(random.nextInt(words.size())).substring(0, 1);
        return switch (random.nextInt(3)) {
            case 0 -> passage.substring(0, at) + word + passage.substring(at);
            case 1 -> passage.substring(0, at) + passage.substring(at + 1);
            default -> passage.substring(0, at) + word + passage.substring(at + 1);
        };
    }
}
