package org.yulu.search;

import org.yulu.text.TextFolding;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader typed, read as keywords that must all occur and keywords that must not. Words are separated by
 * spaces; {@code "a phrase"} (or “a phrase”) is one keyword; {@code -word} excludes. Every other character is
 * text: nothing here is query syntax that could fail. Keywords are folded like the indexed text.
 *
 * @param words      folded keywords an item must contain, each contiguously or, ranked lower, in its parts
 * @param phrases    folded quoted keywords an item must contain as they stand
 * @param exclusions folded keywords an item must not contain
 */
public record SearchQuery(List<String> words, List<String> phrases, List<String> exclusions) {

    /** Only the start of a longer query is read, so a pasted page stays as fast as a word. */
    public static final int MAX_CHARS = 200;
    /** More words than anyone types; keeps the Lucene query far below its clause limit. */
    public static final int MAX_KEYWORDS = 20;

    public static SearchQuery parse(String typed) {
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> exclusions = new ArrayList<>();
        if (typed == null) {
            return new SearchQuery(words, phrases, exclusions);
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
                    add(word, excluded ? exclusions : quoted ? phrases : words);
                    excluded = false;
                }
                quoted = !quoted;
            } else if (!quoted && (Character.isWhitespace(c) || Character.isISOControl(c))) {
                add(word, excluded ? exclusions : words);
                excluded = false;
            } else if (!quoted && c == '-' && word.isEmpty()) {
                excluded = true;
            } else {
                word.append(c);
            }
        }
        add(word, excluded ? exclusions : quoted ? phrases : words);
        return new SearchQuery(List.copyOf(words), List.copyOf(phrases), List.copyOf(exclusions));
    }

    /** True when there is nothing to look for: an empty query finds nothing rather than everything. */
    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    /** Everything an item must contain: the words and the phrases. */
    public List<String> keywords() {
        List<String> keywords = new ArrayList<>(words);
        keywords.addAll(phrases);
        return keywords;
    }

    private static void add(StringBuilder word, List<String> to) {
        String keyword = word.toString().strip();
        word.setLength(0);
        if (!keyword.isEmpty() && to.size() < MAX_KEYWORDS) {
            to.add(keyword);
        }
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '「' || c == '」';
    }

    /** The part of a typed query that is searched: its first {@value #MAX_CHARS} characters. */
    public static String searchedPart(String typed) {
        return typed == null ? null : truncate(typed, MAX_CHARS);
    }

    private static String truncate(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end);
    }
}
