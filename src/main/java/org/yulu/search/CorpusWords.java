package org.yulu.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.yulu.corpus.Corpus;
import org.yulu.corpus.Item;
import org.yulu.text.PinyinReading;
import org.yulu.text.TextFolding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The corpus's own words and phrases with the number of items holding each: smartcn's words, two words in a row
 * where several items say them, and the speakers' names. Looked up by prefix in characters, joined pinyin or
 * initials, and by whole reading for a word typed with the wrong characters.
 */
final class CorpusWords {

    static final CorpusWords NONE = new CorpusWords(List.of());

    /** A phrase of two words is offered once this many items say it; every single word is offered. */
    static final int PHRASE_ITEMS = 3;
    /** A run of characters smartcn cut one by one (英伟达, an unknown name) once this many items say it. */
    static final int RUN_ITEMS = 2;
    /** Longest run of single characters taken for a name; longer ones are particles strung together. */
    private static final int LONGEST_RUN = 4;
    /** Marks what a key joins: two words of a phrase, or the characters of a run. */
    private static final char PHRASE = ' ';
    private static final char RUN = '|';
    /** Characters that stand alone between words far more often than they begin or end a name. */
    private static final String PARTICLES = "的了是在和与及而也都就不着过吗呢吧啊这那有个我你他她它们说对把被让从到为以";
    /** Longer phrases are sentences, not what anyone types into a search box. */
    private static final int LONGEST = 8;

    /**
     * @param text    the word as folded
     * @param items   how many items hold it
     * @param reading its syllables spaced ({@code hu cheng he}), or null when it is not all Han
     */
    record Word(String text, int items, String reading) {

        String joined() {
            return reading == null ? null : reading.replace(" ", "");
        }

        String initials() {
            return reading == null ? null : PinyinReading.initials(reading);
        }
    }

    private static final Comparator<Word> MOST_FIRST = Comparator.comparingInt((Word w) -> -w.items())
            .thenComparingInt(w -> w.text().length()).thenComparing(Word::text);

    private final Word[] byText;
    private final Word[] byJoined;
    private final Word[] byInitials;
    private final Map<String, Word> byReading = new HashMap<>();
    private final Set<String> texts = new HashSet<>();

    private CorpusWords(List<Word> words) {
        byText = sorted(words, Word::text);
        byJoined = sorted(words.stream().filter(w -> w.reading() != null).toList(), Word::joined);
        byInitials = sorted(words.stream().filter(w -> w.reading() != null).toList(), Word::initials);
        for (Word word : words) {
            texts.add(word.text());
            if (word.reading() != null) {
                byReading.merge(word.reading(), word, (a, b) -> MOST_FIRST.compare(a, b) <= 0 ? a : b);
            }
        }
    }

    /** The words of every item of the corpus. */
    static CorpusWords of(Corpus corpus) {
        Analyzer words = SearchFields.words();
        Map<String, int[]> itemsHolding = new HashMap<>();
        corpus.forEachItem(item -> {
            for (String word : wordsOf(item, words)) {
                itemsHolding.computeIfAbsent(word, w -> new int[1])[0]++;
            }
        });
        dropPartsOfLongerRuns(itemsHolding);
        List<Word> kept = new ArrayList<>();
        itemsHolding.forEach((key, items) -> {
            int least = key.indexOf(PHRASE) >= 0 ? PHRASE_ITEMS : key.indexOf(RUN) >= 0 ? RUN_ITEMS : 1;
            if (items[0] >= least) {
                String text = key.replace(String.valueOf(PHRASE), "").replace(String.valueOf(RUN), "");
                kept.add(new Word(text, items[0], PinyinReading.ofWord(text)));
            }
        });
        Map<String, Word> unique = new LinkedHashMap<>();
        kept.forEach(word -> unique.merge(word.text(), word, (a, b) -> a.items() >= b.items() ? a : b));
        return new CorpusWords(List.copyOf(unique.values()));
    }

    /**
     * An item's distinct words, names, pairs of words in a row, and runs of characters smartcn cut one by one, the
     * last two as keys that say which they are.
     */
    private static Set<String> wordsOf(Item item, Analyzer analyzer) {
        Set<String> found = new HashSet<>();
        if (item.speaker() != null && !item.speaker().isBlank()) {
            found.add(TextFolding.fold(item.speaker()));
        }
        for (String text : item.texts()) {
            String folded = TextFolding.fold(text);
            try (TokenStream stream = analyzer.tokenStream(SearchFields.TEXT, folded)) {
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                String previous = null;
                StringBuilder run = new StringBuilder();
                int previousEnd = -1;
                while (stream.incrementToken()) {
                    String word = folded.substring(offset.startOffset(), offset.endOffset());
                    boolean han = PinyinReading.ofWord(word) != null;
                    boolean adjacent = previousEnd == offset.startOffset();
                    if (!(han && word.length() == 1 && adjacent)) {
                        addRun(run, found);
                    }
                    previousEnd = offset.endOffset();
                    if (!han) {
                        previous = null;
                        if (isLatinWord(term.toString()) && word.length() > 1) {
                            found.add(word.toLowerCase(Locale.ROOT));
                        }
                        continue;
                    }
                    if (word.length() == 1) {
                        run.append(run.isEmpty() ? "" : String.valueOf(RUN)).append(word);
                        previous = null;
                        continue;
                    }
                    found.add(word);
                    // a phrase of two words, neither a lone character such as 的
                    if (previous != null && adjacent && previous.length() + word.length() <= LONGEST) {
                        found.add(previous + PHRASE + word);
                    }
                    previous = word;
                }
                addRun(run, found);
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException("Reading a string cannot fail", e);
            }
        }
        return found;
    }

    /** Every stretch of a run that could be a name: two to a few characters, neither end a particle. */
    private static void addRun(StringBuilder run, Set<String> found) {
        String characters = run.toString().replace(String.valueOf(RUN), "");
        run.setLength(0);
        for (int start = 0; start < characters.length(); start++) {
            for (int end = start + 2; end <= Math.min(characters.length(), start + LONGEST_RUN); end++) {
                if (PARTICLES.indexOf(characters.charAt(start)) < 0
                        && PARTICLES.indexOf(characters.charAt(end - 1)) < 0) {
                    found.add(String.join(String.valueOf(RUN), characters.substring(start, end).split("")));
                }
            }
        }
    }

    /** A stretch of a run said by no more items than a stretch one longer that holds it is part of that one. */
    private static void dropPartsOfLongerRuns(Map<String, int[]> itemsHolding) {
        List<String> parts = new ArrayList<>();
        itemsHolding.forEach((key, items) -> {
            if (key.indexOf(RUN) >= 0 && key.length() > 3) {
                for (String part : List.of(key.substring(2), key.substring(0, key.length() - 2))) {
                    int[] partItems = itemsHolding.get(part);
                    if (partItems != null && partItems[0] <= items[0]) {
                        parts.add(part);
                    }
                }
            }
        });
        parts.forEach(itemsHolding::remove);
    }

    private static boolean isLatinWord(String term) {
        return term.chars().allMatch(c -> c < 0x3000 && Character.isLetterOrDigit(c));
    }

    /**
     * At most {@code limit} words starting with what was typed, in characters, in joined pinyin or in initials,
     * those most items hold first.
     */
    List<Suggestion> startingWith(String typed, int limit) {
        String prefix = TextFolding.fold(typed == null ? "" : SearchQuery.searchedPart(typed)).strip();
        if (prefix.isEmpty()) {
            return List.of();
        }
        Set<Word> found = new HashSet<>(range(byText, Word::text, prefix));
        String letters = prefix.replace(" ", "").toLowerCase(Locale.ROOT);
        if (letters.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            found.addAll(range(byJoined, Word::joined, letters));
            found.addAll(range(byInitials, Word::initials, letters));
        }
        return found.stream().sorted(MOST_FIRST).limit(limit)
                .map(word -> new Suggestion(word.text(), word.items())).toList();
    }

    /** Whether the corpus says this folded word. */
    boolean holds(String word) {
        return texts.contains(word);
    }

    /** The word most items hold that reads exactly as this one does, if it is another; else null. */
    String soundingAlike(String word) {
        String reading = PinyinReading.ofWord(word);
        Word alike = reading == null ? null : byReading.get(reading);
        return alike == null || alike.text().equals(word) ? null : alike.text();
    }

    int size() {
        return byText.length;
    }

    private static Word[] sorted(List<Word> words, Function<Word, String> key) {
        Word[] sorted = words.toArray(Word[]::new);
        Arrays.sort(sorted, Comparator.comparing(key));
        return sorted;
    }

    /** The words whose key starts with the prefix: a run of the array sorted by that key. */
    private static List<Word> range(Word[] sorted, Function<Word, String> key, String prefix) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (key.apply(sorted[mid]).compareTo(prefix) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<Word> run = new ArrayList<>();
        for (int i = low; i < sorted.length && key.apply(sorted[i]).startsWith(prefix); i++) {
            run.add(sorted[i]);
        }
        return run;
    }
}
