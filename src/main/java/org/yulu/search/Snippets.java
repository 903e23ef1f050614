package org.yulu.search;

import org.springframework.web.util.HtmlUtils;
import org.yulu.text.TextFolding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Short passages around the matched words, as escaped text with the matches wrapped in {@code <mark>} and no other
 * markup. Matching compares folded text, so 創新 marks 创新 and ＡＧＩ marks AGI.
 */
final class Snippets {

    static final int LENGTH = 120;
    /** How much text is shown before the first match. */
    private static final int LEAD = 30;
    private static final String ELLIPSIS = "…";
    /** Escaping for a UTF-8 page touches only what is markup (&amp; &lt; &gt; &quot; &#39;), not … or Chinese. */
    private static final String UTF_8 = "UTF-8";

    private Snippets() {
    }

    /**
     * The snippet of the first text holding a keyword, or the start of the first text.
     *
     * @param foldedTexts the texts folded by {@link TextFolding#fold}, in the same order
     * @param keywords    folded keywords to mark
     */
    static String highlight(List<String> texts, List<String> foldedTexts, Collection<String> keywords) {
        if (texts.isEmpty()) {
            return "";
        }
        for (int i = 0; i < texts.size(); i++) {
            Folded folded = Folded.of(texts.get(i), foldedTexts.get(i));
            List<int[]> marks = marks(folded.text(), keywords);
            if (!marks.isEmpty()) {
                return render(texts.get(i), folded, marks);
            }
        }
        return render(texts.get(0), Folded.of(texts.get(0), foldedTexts.get(0)), List.of());
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
            out.append(HtmlUtils.htmlEscape(text.substring(at, from), UTF_8)).append("<mark>")
                    .append(HtmlUtils.htmlEscape(text.substring(from, to), UTF_8)).append("</mark>");
            at = to;
        }
        out.append(HtmlUtils.htmlEscape(text.substring(at, end), UTF_8));
        if (end < text.length()) {
            out.append(ELLIPSIS);
        }
        return out.toString();
    }

    private static int avoidSplittingPair(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }

    /**
     * A folded text and where each of its characters came from. Folding keeps most texts the same length. Where it
     * does not, the change comes from Unicode normalization or case (… becomes ...), so each character is
     * normalized alone to learn the mapping; traditional → simplified keeps lengths. Should the mapping not add up,
     * every character is folded alone, slowly but surely.
     */
    private record Folded(String text, int[] origins) {

        static Folded of(String original, String folded) {
            if (folded.length() == original.length()) {
                return new Folded(folded, null);
            }
            Folded mapped = map(original, one -> Normalizer.normalize(one, Normalizer.Form.NFKC)
                    .toLowerCase(Locale.ROOT));
            if (mapped.origins().length - 1 == folded.length()) {
                return new Folded(folded, mapped.origins());
            }
            return map(original, TextFolding::fold);
        }

        private static Folded map(String original, UnaryOperator<String> foldOne) {
            StringBuilder text = new StringBuilder();
            List<Integer> origins = new ArrayList<>();
            for (int i = 0; i < original.length(); ) {
                int length = Character.charCount(original.codePointAt(i));
                String one = foldOne.apply(original.substring(i, i + length));
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
