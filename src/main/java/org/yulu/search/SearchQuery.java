package org.yulu.search;

import org.yulu.system.TextFolding;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader typed, read as keywords that must all occur and keywords that must not. Words are separated by
 * spaces; {@code "a phrase"} (or “a phrase”) is one keyword; {@code -word} excludes. Every other character is
 * text: nothing here is query syntax that could fail. Keywords are folded like the indexed text.
 *
 * @param keywords   folded keywords an item must contain, each contiguously
 * @param exclusions folded keywords an item must not contain
 */
public record SearchQuery(List<String> keywords, List<String> exclusions) {

    /** Only the start of a longer query is read, so a pasted page stays as fast as a word. */
    public static final int MAX_CHARS = 200;
    /** More words than anyone types; keeps the Lucene query far below its clause limit. */
    public static final int MAX_KEYWORDS = 20;

    public static SearchQuery parse(String typed) {
        List<String> keywords = new ArrayList<>();
        List<String> exclusions = new ArrayList<>();
        if (typed == null) {
            return new SearchQuery(keywords, exclusions);
        }
        String text = TextFolding.fold(truncate(typed, MAX_CHARS));
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean excluded = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isQuote(c)) {
                // an opening quote right after "-" keeps the exclusion for the whole phrase
                if (quoted || !word.isEmpty()) {
                    add(word, excluded, keywords, exclusions);
                    excluded = false;
                }
                quoted = !quoted;
            } else if (!quoted && (Character.isWhitespace(c) || Character.isISOControl(c))) {
                add(word, excluded, keywords, exclusions);
                excluded = false;
            } else if (!quoted && c == '-' && word.isEmpty()) {
                excluded = true;
            } else {
                word.append(c);
            }
        }
        add(word, excluded, keywords, exclusions);
        return new SearchQuery(List.copyOf(keywords), List.copyOf(exclusions));
    }

    /** True when there is nothing to look for: an empty query finds nothing rather than everything. */
    public boolean isEmpty() {
        return keywords.isEmpty();
    }

    private static void add(StringBuilder word, boolean excluded, List<String> keywords, List<String> exclusions) {
        String keyword = word.toString().strip();
        word.setLength(0);
        List<String> list = excluded ? exclusions : keywords;
        if (!keyword.isEmpty() && list.size() < MAX_KEYWORDS) {
            list.add(keyword);
        }
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '「' || c == '」';
    }

    private static String truncate(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end);
    }
}
