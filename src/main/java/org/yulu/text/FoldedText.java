package org.yulu.text;


import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An item's text folded for comparison ({@link TextFolding#lettersOnly}: NFKC, lower case, simplified script, no
 * punctuation), remembering for every folded character where it stands in the original, so a passage found in
 * the folded text can be shown and marked in the words the item really uses.
 */
public record FoldedText(String text, int[] originalStart, int[] originalEnd) {

    // Folding one code point at a time keeps the offsets exact; the caches keep it fast at a million items.
    // Racing writers store equal immutable strings, so the plain array needs no lock.
    private static final String[] FOLDED_BMP = new String[Character.MAX_VALUE + 1];
    private static final ConcurrentHashMap<Integer, String> FOLDED_SUPPLEMENTARY = new ConcurrentHashMap<>();

    public static FoldedText of(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        int[] starts = new int[original.length() * 2 + 4];
        int[] ends = new int[starts.length];
        int n = 0;
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            String letters = folded(cp);
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

    private static String folded(int codePoint) {
        if (codePoint > Character.MAX_VALUE) {
            return FOLDED_SUPPLEMENTARY.computeIfAbsent(codePoint, FoldedText::lettersOf);
        }
        String letters = FOLDED_BMP[codePoint];
        if (letters == null) {
            letters = lettersOf(codePoint);
            FOLDED_BMP[codePoint] = letters;
        }
        return letters;
    }

    private static String lettersOf(int codePoint) {
        return TextFolding.lettersOnly(new String(Character.toChars(codePoint)));
    }

    public int length() {
        return text.length();
    }

    /** The original characters behind folded characters {@code from} (inclusive) to {@code to} (exclusive). */
    public TextRange originalRange(int from, int to) {
        return new TextRange(originalStart[from], originalEnd[to - 1]);
    }
}
