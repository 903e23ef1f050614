package org.yulu.search;

import org.springframework.web.util.HtmlUtils;
import org.yulu.system.TextFolding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Short passages around the matched words, as escaped text with the matches wrapped in {@code <mark>} and no other
 * markup. Matching compares folded text, so 創新 marks 创新 and ＡＧＩ marks AGI.
 */
final class Snippets {

    static final int LENGTH = 120;
    /** How much text is shown before the first match. */
    private static final int LEAD = 30;
    private static final String ELLIPSIS = "…";

    private Snippets() {
    }

    /**
     * The snippet of the first text holding a keyword, or the start of the first text.
     *
     * @param keywords folded keywords to mark
     */
    static String highlight(List<String> texts, Collection<String> keywords) {
        if (texts.isEmpty()) {
            return "";
        }
        for (String text : texts) {
            Folded folded = Folded.of(text);
            List<int[]> marks = marks(folded.text(), keywords);
            if (!marks.isEmpty()) {
                return render(text, folded, marks);
            }
        }
        String first = texts.get(0);
        return render(first, Folded.of(first), List.of());
    }

    /** Non-overlapping [start, end) ranges of the folded text, in order, longest keyword first where they meet. */
    private static List<int[]> marks(String folded, Collection<String> keywords) {
        boolean[] marked = new boolean[folded.length() + 1];
        for (String keyword : keywords.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            int at = keyword.isEmpty() ? -1 : folded.indexOf(keyword);
            for (; at >= 0; at = folded.indexOf(keyword, at + 1)) {
                if (wholeWord(folded, at, at + keyword.length()) && !marked[at] && !marked[at + keyword.length() - 1]) {
                    for (int i = at; i < at + keyword.length(); i++) {
                        marked[i] = true;
                    }
                }
            }
        }
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < folded.length(); i++) {
            if (marked[i] && (i == 0 || !marked[i - 1])) {
                int end = i;
                while (marked[end]) {
                    end++;
                }
                ranges.add(new int[] {i, end});
            }
        }
        return ranges;
    }

    /** Latin words match whole, like the index: "follow" does not mark "following". */
    private static boolean wholeWord(String text, int start, int end) {
        return !(start > 0 && isLatin(text.charAt(start - 1)) && isLatin(text.charAt(start)))
                && !(end < text.length() && isLatin(text.charAt(end - 1)) && isLatin(text.charAt(end)));
    }

    private static boolean isLatin(char c) {
        return c < 0x3000 && Character.isLetterOrDigit(c);
    }

    private static String render(String text, Folded folded, List<int[]> marks) {
        int firstMatch = marks.isEmpty() ? 0 : folded.original(marks.get(0)[0]);
        int start = Math.max(0, Math.min(firstMatch - LEAD, text.length() - LENGTH));
        int end = Math.min(text.length(), start + LENGTH);
        start = avoidSplittingPair(text, start);
        end = avoidSplittingPair(text, end);
        StringBuilder out = new StringBuilder();
        if (start > 0) {
            out.append(ELLIPSIS);
        }
        int at = start;
        for (int[] mark : marks) {
            int from = Math.max(folded.original(mark[0]), at);
            int to = Math.min(folded.original(mark[1]), end);
            if (from >= to) {
                continue;
            }
            out.append(HtmlUtils.htmlEscape(text.substring(at, from))).append("<mark>")
                    .append(HtmlUtils.htmlEscape(text.substring(from, to))).append("</mark>");
            at = to;
        }
        out.append(HtmlUtils.htmlEscape(text.substring(at, end)));
        if (end < text.length()) {
            out.append(ELLIPSIS);
        }
        return out.toString();
    }

    private static int avoidSplittingPair(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }

    /**
     * A text folded with the index's folding, and where each folded character came from. Folding keeps most texts
     * the same length; only when it does not is each character folded alone to learn the mapping.
     */
    private record Folded(String text, int[] origins) {

        static Folded of(String original) {
            String folded = TextFolding.fold(original);
            if (folded.length() == original.length()) {
                return new Folded(folded, null);
            }
            StringBuilder text = new StringBuilder();
            List<Integer> origins = new ArrayList<>();
            for (int i = 0; i < original.length(); ) {
                int length = Character.charCount(original.codePointAt(i));
                String one = TextFolding.fold(original.substring(i, i + length));
                for (int k = 0; k < one.length(); k++) {
                    origins.add(i);
                }
                text.append(one);
                i += length;
            }
            origins.add(original.length());
            return new Folded(text.toString(), origins.stream().mapToInt(Integer::intValue).toArray());
        }

        /** The index in the original text of a folded index. */
        int original(int foldedIndex) {
            return origins == null ? foldedIndex : origins[foldedIndex];
        }
    }
}
