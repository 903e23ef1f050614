package org.yulu.text;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds texts into {@link FoldedText} one code point at a time, which keeps every offset exact, and remembers what
 * each code point folds to, so a corpus pays {@link TextFolding#lettersOnly} once per distinct character rather
 * than once per character. One instance serves one batch of texts, from any number of threads, and is dropped
 * with it.
 */
public final class CodePointFolding {

    // Racing writers store equal immutable strings, so the plain array needs no lock.
    private final String[] foldedBmp = new String[Character.MAX_VALUE + 1];
    private final ConcurrentHashMap<Integer, String> foldedSupplementary = new ConcurrentHashMap<>();

    public FoldedText fold(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        int[] starts = new int[original.length() * 2 + 4];
        int[] ends = new int[starts.length];
        int n = 0;
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            String letters = letters(cp);
            for (int c = 0; c < letters.length(); c++) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                folded.append(letters.charAt(c));
                starts[n] = i;
                ends[n] = next;
                n++;
            }
            i = next;
        }
        return new FoldedText(folded.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    private String letters(int codePoint) {
        if (codePoint > Character.MAX_VALUE) {
            return foldedSupplementary.computeIfAbsent(codePoint, CodePointFolding::lettersOf);
        }
        String letters = foldedBmp[codePoint];
        if (letters == null) {
            letters = lettersOf(codePoint);
            foldedBmp[codePoint] = letters;
        }
        return letters;
    }

    private static String lettersOf(int codePoint) {
        return TextFolding.lettersOnly(new String(Character.toChars(codePoint)));
    }
}
