package org.yulu.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.yulu.text.PinyinReading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * What a query of Latin letters reads as in pinyin: its words joined and cut into whole syllables
 * ({@code chuang xin}, {@code ChuangXin}), or, when they cannot be, read as initials ({@code hch}).
 *
 * @param cuts     the ways the letters read as syllables, each a phrase to find; empty when read as initials
 * @param initials the letters as initials, or null when they read as syllables
 */
record PinyinQuery(List<List<String>> cuts, String initials) {

    /** One letter is any character's initial: too many to be a search. */
    private static final int MIN_INITIALS = 2;
    /** Longer runs of consonants are abbreviations (GPT, NVDA), not someone's initials of a phrase. */
    private static final int MAX_INITIALS = 6;

    /** The query's pinyin reading, or null when some keyword is not Latin letters or they read as neither. */
    static PinyinQuery of(SearchQuery query) {
        StringBuilder letters = new StringBuilder();
        for (String keyword : query.keywords()) {
            if (!keyword.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return null;
            }
            letters.append(keyword);
        }
        if (letters.isEmpty()) {
            return null;
        }
        List<List<String>> cuts = PinyinReading.syllablesOf(letters.toString());
        if (!cuts.isEmpty()) {
            return new PinyinQuery(cuts, null);
        }
        String initials = letters.toString().toLowerCase(java.util.Locale.ROOT);
        if (initials.length() >= MIN_INITIALS && initials.length() <= MAX_INITIALS
                && PinyinReading.canBeInitials(initials)) {
            return new PinyinQuery(List.of(), initials);
        }
        return null;
    }

    /** Items whose texts hold characters read so, in a row. */
    Query query() {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (initials != null) {
            any.add(phrase(SearchFields.INITIALS, initials.chars().mapToObj(c -> String.valueOf((char) c)).toList()),
                    Occur.SHOULD);
        }
        for (List<String> cut : cuts) {
            any.add(phrase(SearchFields.PINYIN, cut), Occur.SHOULD);
        }
        return any.build();
    }

    private static Query phrase(String field, List<String> terms) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            phrase.add(new Term(field, terms.get(i)), i);
        }
        return phrase.build();
    }

    /** The runs of Han characters in a folded text that read as this query, to be marked in its snippet. */
    Set<String> runsIn(String folded) {
        List<List<String>> readings = PinyinReading.of(folded);
        Set<String> runs = new LinkedHashSet<>();
        List<List<String>> sought = new ArrayList<>(cuts);
        if (initials != null) {
            sought.add(initials.chars().mapToObj(c -> String.valueOf((char) c)).toList());
        }
        BiPredicate<String, String> reads = initials != null ? String::startsWith : String::equals;
        for (List<String> syllables : sought) {
            for (int start = 0; start + syllables.size() <= readings.size(); start++) {
                if (readsAt(readings, start, syllables, reads)) {
                    runs.add(folded.substring(start, start + syllables.size()));
                }
            }
        }
        return runs;
    }

    private static boolean readsAt(List<List<String>> readings, int start, List<String> syllables,
            BiPredicate<String, String> reads) {
        for (int k = 0; k < syllables.size(); k++) {
            String syllable = syllables.get(k);
            if (readings.get(start + k).stream().noneMatch(reading -> reads.test(reading, syllable))) {
                return false;
            }
        }
        return true;
    }
}
