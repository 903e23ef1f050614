package org.yulu.related;

import org.yulu.related.PassageAligner.Passage;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Finds every pair of texts that share a passage without comparing every pair. Each text is reduced to a few
 * fingerprints by winnowing its {@link #SHINGLE}-character shingles (the smallest hash in every {@link #WINDOW}
 * shingles), which guarantees that two texts sharing an exact run of {@code SHINGLE + WINDOW - 1} characters share a
 * fingerprint. Texts sharing a fingerprint are candidates; {@link PassageAligner} decides.
 */
final class ParallelPassageFinder {

    static final int SHINGLE = 8;
    static final int WINDOW = 11;
    /** A fingerprint in more texts than this is boilerplate, not a passage worth linking; it finds no candidates. */
    static final int STOCK_PHRASE_TEXTS = 1000;

    private static final long BASE = 1_000_003L;
    private static final long OLDEST_WEIGHT = power(BASE, SHINGLE - 1);

    /** Texts {@code a < b} (indexes into the list given) and the passages they share, {@code a}'s side first. */
    record Link(int a, int b, List<Passage> passages) {
    }

    private ParallelPassageFinder() {
    }

    static List<Link> find(List<String> foldedTexts) {
        long[] candidates = candidatePairs(postings(foldedTexts));
        return IntStream.range(0, candidates.length).parallel()
                .mapToObj(c -> {
                    int a = (int) (candidates[c] >>> 32);
                    int b = (int) candidates[c];
                    List<Passage> shared = PassageAligner.shared(foldedTexts.get(a), foldedTexts.get(b));
                    return shared.isEmpty() ? null : new Link(a, b, shared);
                })
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(Link::a).thenComparingInt(Link::b))
                .toList();
    }

    /** Every (fingerprint, text) once as {@code fingerprint << 32 | text}, sorted: equal fingerprints side by side. */
    private static long[] postings(List<String> texts) {
        long[][] perText = IntStream.range(0, texts.size()).parallel()
                .mapToObj(t -> Arrays.stream(fingerprints(texts.get(t))).mapToLong(f -> (long) f << 32 | t).toArray())
                .toArray(long[][]::new);
        long[] all = new long[Arrays.stream(perText).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (long[] p : perText) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        Arrays.parallelSort(all);
        return all;
    }

    /** Pairs {@code a << 32 | b} with {@code a < b} of texts sharing a fingerprint, each once, sorted. */
    private static long[] candidatePairs(long[] postings) {
        LongList pairs = new LongList();
        int start = 0;
        while (start < postings.length) {
            int end = start + 1;
            while (end < postings.length && postings[end] >>> 32 == postings[start] >>> 32) {
                end++;
            }
            if (end - start <= STOCK_PHRASE_TEXTS) {
                for (int x = start; x < end; x++) {
                    for (int y = x + 1; y < end; y++) {
                        pairs.add((postings[x] & 0xFFFF_FFFFL) << 32 | (postings[y] & 0xFFFF_FFFFL));
                    }
                }
            }
            start = end;
        }
        long[] sorted = pairs.toArray();
        Arrays.parallelSort(sorted);
        return Arrays.stream(sorted).distinct().toArray();
    }

    /** The winnowed shingle hashes of one text, each once. */
    static int[] fingerprints(String text) {
        int shingles = text.length() - SHINGLE + 1;
        if (shingles <= 0) {
            return new int[0];
        }
        int[] hashes = new int[shingles];
        long rolling = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i >= SHINGLE) {
                rolling -= text.charAt(i - SHINGLE) * OLDEST_WEIGHT;
            }
            rolling = rolling * BASE + text.charAt(i);
            if (i >= SHINGLE - 1) {
                hashes[i - SHINGLE + 1] = mix(rolling);
            }
        }
        int window = Math.min(WINDOW, shingles);
        int[] chosen = new int[shingles];
        int count = 0;
        int lastChosen = -1;
        for (int w = 0; w + window <= shingles; w++) {
            int min = w;
            for (int i = w + 1; i < w + window; i++) {
                if (hashes[i] <= hashes[min]) {
                    min = i;
                }
            }
            if (min != lastChosen) {
                chosen[count++] = hashes[min];
                lastChosen = min;
            }
        }
        int[] distinct = Arrays.copyOf(chosen, count);
        Arrays.sort(distinct);
        int kept = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || distinct[i] != distinct[i - 1]) {
                distinct[kept++] = distinct[i];
            }
        }
        return Arrays.copyOf(distinct, kept);
    }

    /** Spreads a polynomial shingle hash over all 32 bits (MurmurHash3's finaliser). */
    private static int mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) h;
    }

    private static long power(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }

    /** A growable list of longs, so a million texts' candidate pairs are not boxed. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
