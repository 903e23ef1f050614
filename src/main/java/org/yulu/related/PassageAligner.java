package org.yulu.related;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the passages two folded texts share. Exact runs of at least {@link #MIN_RUN} characters are chained when
 * they follow each other in both texts with at most {@link #MAX_GAP} characters between them, so a word added,
 * dropped or changed does not break a passage. A chain is a shared passage when it holds one unbroken run of at
 * least {@link #MIN_ANCHOR} characters: a sentence, not a stock phrase.
 */
final class PassageAligner {

    /** Shorter exact runs are common words (创新, 中国公司, 技术创新) and never start or extend a passage. */
    static final int MIN_RUN = 5;
    /** Room for one word added, dropped or changed (跟随 for follow) between two runs of one passage. */
    static final int MAX_GAP = 8;
    /**
     * Longer than the stock phrases and lists the seeds repeat (大部分中国公司习惯 is 9 characters, 数据结构算法编译原理数学工程等
     * 15), as long as a short sentence (大部分中国公司习惯follow而不是创新 is 20). It is also exactly the run the candidate
     * step is sure to find ({@link ParallelPassageFinder}).
     */
    static final int MIN_ANCHOR = ParallelPassageFinder.SHINGLE + ParallelPassageFinder.WINDOW - 1;

    private static final int MAX_RUNS = 2000;
    /** Positions are packed into 20 bits next to each key; longer texts are compared on their first million. */
    private static final int MAX_LENGTH = 1 << 20;

    /** A passage in folded characters: {@code aFrom..aTo} of the first text, {@code bFrom..bTo} of the second. */
    record Passage(int aFrom, int aTo, int bFrom, int bTo, int matched) {

        Passage swapped() {
            return new Passage(bFrom, bTo, aFrom, aTo, matched);
        }
    }

    private record Run(int a, int b, int length) {
    }

    private PassageAligner() {
    }

    /** Every passage the two texts share, longest first; empty when they only share common words. */
    static List<Passage> shared(String a, String b) {
        List<Run> runs = runs(a, b);
        List<Passage> passages = new ArrayList<>();
        while (!runs.isEmpty()) {
            int[] previous = new int[runs.size()];
            int[] matched = new int[runs.size()];
            int best = chain(runs, previous, matched);
            if (matched[best] < MIN_ANCHOR) {
                break;
            }
            List<Run> chain = new ArrayList<>();
            for (int r = best; r >= 0; r = previous[r]) {
                chain.add(0, runs.get(r));
            }
            Run first = chain.get(0);
            Run last = chain.get(chain.size() - 1);
            Passage passage = new Passage(first.a(), last.a() + last.length(), first.b(), last.b() + last.length(),
                    matched[best]);
            if (chain.stream().anyMatch(run -> run.length() >= MIN_ANCHOR)) {
                passages.add(passage);
            }
            runs = runs.stream().filter(run -> !chain.contains(run) && !overlaps(run, passage)).toList();
        }
        return passages;
    }

    /** Fills the best chain ending at each run (previous run, characters matched); returns the best end. */
    private static int chain(List<Run> runs, int[] previous, int[] matched) {
        int best = 0;
        for (int j = 0; j < runs.size(); j++) {
            Run next = runs.get(j);
            previous[j] = -1;
            matched[j] = next.length();
            for (int i = 0; i < j; i++) {
                Run run = runs.get(i);
                int gapA = next.a() - (run.a() + run.length());
                int gapB = next.b() - (run.b() + run.length());
                int overlap = Math.max(0, -Math.min(gapA, gapB));
                if (next.a() <= run.a() || next.b() <= run.b() || gapA > MAX_GAP || gapB > MAX_GAP
                        || next.length() - overlap < 1) {
                    continue;
                }
                int total = matched[i] + next.length() - overlap;
                if (total > matched[j]) {
                    matched[j] = total;
                    previous[j] = i;
                }
            }
            if (matched[j] > matched[best]) {
                best = j;
            }
        }
        return best;
    }

    private static boolean overlaps(Run run, Passage p) {
        return run.a() < p.aTo() && run.a() + run.length() > p.aFrom()
                || run.b() < p.bTo() && run.b() + run.length() > p.bFrom();
    }

    /** The maximal exact runs of at least {@link #MIN_RUN} characters, in the order they start in {@code a}. */
    private static List<Run> runs(String a, String b) {
        a = a.substring(0, Math.min(a.length(), MAX_LENGTH));
        if (a.length() < MIN_RUN || b.length() < MIN_RUN) {
            return List.of();
        }
        long[] keysA = new long[a.length() - MIN_RUN + 1];
        for (int i = 0; i < keysA.length; i++) {
            keysA[i] = key(a, i) << 20 | i;
        }
        Arrays.sort(keysA);
        List<Run> runs = new ArrayList<>();
        for (int j = 0; j + MIN_RUN <= b.length(); j++) {
            long k = key(b, j);
            int at = lowerBound(keysA, k << 20);
            for (; at < keysA.length && keysA[at] >>> 20 == k; at++) {
                int i = (int) (keysA[at] & 0xFFFFF);
                if (i > 0 && j > 0 && a.charAt(i - 1) == b.charAt(j - 1)) {
                    continue;
                }
                int length = 0;
                while (i + length < a.length() && j + length < b.length()
                        && a.charAt(i + length) == b.charAt(j + length)) {
                    length++;
                }
                if (length >= MIN_RUN) {
                    runs.add(new Run(i, j, length));
                }
            }
        }
        if (runs.size() > MAX_RUNS) {
            runs.sort(Comparator.comparingInt(Run::length).reversed());
            runs = new ArrayList<>(runs.subList(0, MAX_RUNS));
        }
        runs.sort(Comparator.comparingInt(Run::a).thenComparingInt(Run::b));
        return runs;
    }

    /** The first {@link #MIN_RUN} characters at {@code from}, hashed into 43 bits (equal text, equal key). */
    private static long key(String s, int from) {
        long h = 0;
        for (int i = from; i < from + MIN_RUN; i++) {
            h = h * 1_000_003L + s.charAt(i);
        }
        return (h ^ (h >>> 29)) & 0x7FF_FFFF_FFFFL;
    }

    private static int lowerBound(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
