package org.yulu.text;

/**
 * An item's text folded for comparison ({@link TextFolding#lettersOnly}: NFKC, lower case, simplified script, no
 * punctuation), remembering for every folded character where it stands in the original, so a passage found in
 * the folded text can be shown and marked in the words the item really uses. {@link CodePointFolding} makes them.
 */
public record FoldedText(String text, int[] originalStart, int[] originalEnd) {

    public int length() {
        return text.length();
    }

    /** The original characters behind folded characters {@code from} (inclusive) to {@code to} (exclusive). */
    public TextRange originalRange(int from, int to) {
        return new TextRange(originalStart[from], originalEnd[to - 1]);
    }
}
