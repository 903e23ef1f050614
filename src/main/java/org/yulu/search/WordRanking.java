package org.yulu.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

/**
 * Puts the hits where the keywords stand as dictionary words before the hits where they sit only inside
 * longer words (创新 before 创新型). Segmenting every indexed text with smartcn would cost more than all the rest
 * of indexing, so the index holds grams only and the best hits are segmented when a search needs them: the
 * sentence holding each keyword in the first {@link #WINDOW} hits. A sentence is segmented once and its words are
 * cached ({@link #CHARACTERS_CACHED}), since the hits of one search are the hits of many; a sentence longer than
 * {@link #LONGEST_CACHED} is segmented only {@link #REACH} characters either side of the keyword, each time.
 */
final class WordRanking {

    /** How many of the best hits are reordered, whatever page is asked for: two and a half pages of twenty. */
    static final int WINDOW = 50;
    /** A word seen this often inside longer words is not looked for further in that text. */
    private static final int OCCURRENCES_PER_TEXT = 3;
    private static final String SENTENCE_ENDS = "。！？!?\n";
    /** A sentence up to this long is segmented whole and its words cached: all but a few of an interview's. */
    static final int LONGEST_CACHED = 512;
    /** The sentences whose words are cached, in characters: those of the hits searched for most. */
    static final int CHARACTERS_CACHED = 1_000_000;
    /** A longer sentence is cut this far either side of the word: a text without stops is not segmented whole. */
    private static final int REACH = 8;

    private final Analyzer words = SearchFields.words();
    /** A sentence's words as their start and end offsets in it, in pairs; a pure function of the sentence. */
    private final Cache<String, int[]> sentences = Caffeine.newBuilder().maximumWeight(CHARACTERS_CACHED)
            .weigher((String sentence, int[] offsets) -> sentence.length()).build();

    /**
     * smartcn's words of each keyword, the ones looked for in the hits; not single characters, which nearly every
     * text holds inside longer words, so looking for them standing alone costs the most and tells the least.
     */
    List<String> wordsOf(List<String> keywords) {
        List<String> found = new ArrayList<>();
        keywords.forEach(keyword -> analyze(keyword).stream()
                .filter(w -> w.codePointCount(0, w.length()) > 1 && !found.contains(w)).forEach(found::add));
        return found;
    }

    /**
     * The first {@link #WINDOW} hits, those holding more of the words as words first; in their order otherwise, so
     * whole-keyword hits stay before parts-only ones, then by score. Hits past the window keep their places.
     *
     * @param hits        the best hits in order: whole-keyword ones first, then by score
     * @param wholeCount  how many of {@code hits} hold every keyword whole
     * @param foldedTexts a hit's texts as folded for the index
     */
    <H> List<H> rerank(List<H> hits, int wholeCount, List<String> keywordWords, IntFunction<List<String>> foldedTexts) {
        if (keywordWords.isEmpty() || hits.size() < 2) {
            return hits;
        }
        int window = Math.min(WINDOW, hits.size());
        List<Ranked<H>> ranked = new ArrayList<>();
        for (int i = 0; i < window; i++) {
            ranked.add(new Ranked<>(hits.get(i), i < wholeCount, wordsStanding(foldedTexts.apply(i), keywordWords), i));
        }
        ranked.sort(Comparator.comparing((Ranked<H> r) -> !r.whole()).thenComparing(r -> -r.standing())
                .thenComparingInt(Ranked::order));
        List<H> out = new ArrayList<>(hits.size());
        ranked.forEach(r -> out.add(r.hit()));
        out.addAll(hits.subList(window, hits.size()));
        return out;
    }

    /** How many of the words stand as a word somewhere in the texts. */
    private int wordsStanding(List<String> texts, List<String> keywordWords) {
        int standing = 0;
        for (String word : keywordWords) {
            if (standsIn(texts, word)) {
                standing++;
            }
        }
        return standing;
    }

    private boolean standsIn(List<String> texts, String word) {
        for (String text : texts) {
            int from = 0;
            for (int seen = 0; seen < OCCURRENCES_PER_TEXT; seen++) {
                int at = text.indexOf(word, from);
                if (at < 0) {
                    break;
                }
                if (setApart(text, at, word.length()) || standsAt(text, at, word.length())) {
                    return true;
                }
                from = at + word.length();
            }
        }
        return false;
    }

    /** Neither neighbour is a letter: no dictionary word reaches across a space or a stop. */
    private static boolean setApart(String text, int at, int length) {
        return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                && (at + length == text.length() || !Character.isLetterOrDigit(text.charAt(at + length)));
    }

    /**
     * Whether smartcn makes a word of the characters at {@code at}; it segments each sentence alone, so the sentence
     * holding them is segmented as in the whole text.
     */
    private boolean standsAt(String text, int at, int length) {
        int start = at;
        while (start > 0 && SENTENCE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at + length;
        while (end < text.length() && SENTENCE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        if (end - start > LONGEST_CACHED) {
            start = Math.max(start, at - REACH);
            end = Math.min(end, at + length + REACH);
            return isWord(offsets(text.substring(start, end)), at - start, length);
        }
        return isWord(sentences.get(text.substring(start, end), this::offsets), at - start, length);
    }

    private static boolean isWord(int[] offsets, int at, int length) {
        for (int i = 0; i < offsets.length; i += 2) {
            if (offsets[i] == at && offsets[i + 1] == at + length) {
                return true;
            }
        }
        return false;
    }

    private int[] offsets(String sentence) {
        List<Integer> offsets = new ArrayList<>();
        segment(sentence, (term, offset) -> {
            offsets.add(offset.startOffset());
            offsets.add(offset.endOffset());
        });
        return offsets.stream().mapToInt(Integer::intValue).toArray();
    }

    /** smartcn's different words of a text, in order. */
    private List<String> analyze(String text) {
        Set<String> terms = new LinkedHashSet<>();
        segment(text, (term, offset) -> {
            if (term.length() > 0) {
                terms.add(term.toString());
            }
        });
        return new ArrayList<>(terms);
    }

    /** Hands each of smartcn's words of a text, with its offsets in the text, to {@code word}. */
    private void segment(String text, BiConsumer<CharTermAttribute, OffsetAttribute> word) {
        try (TokenStream stream = words.tokenStream(SearchFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                word.accept(term, offset);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
    }

    private record Ranked<H>(H hit, boolean whole, int standing, int order) {
    }
}
