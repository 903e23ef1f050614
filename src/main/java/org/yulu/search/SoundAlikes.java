package org.yulu.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A query's Chinese words that the corpus never says, replaced word for word by words it says that read the same
 * (梁文峰 → 梁文锋, 护城合 → 护城河). Only whole words with the very same syllables count, so a question about
 * something the corpus never mentions stays as it was.
 */
final class SoundAlikes {

    private final KeywordQueries queries;

    SoundAlikes(KeywordQueries queries) {
        this.queries = queries;
    }

    /** The query written again with its words corrected, or null when no word needs or finds a correction. */
    String corrected(SearchQuery query, CorpusWords words) {
        List<String> written = new ArrayList<>();
        boolean changed = false;
        for (String word : query.words()) {
            String fixed = corrected(word, words);
            changed |= !fixed.equals(word);
            written.add(fixed);
        }
        if (!changed) {
            return null;
        }
        query.phrases().forEach(phrase -> written.add("\"" + phrase + "\""));
        query.exclusions().forEach(exclusion -> written.add("-" + exclusion));
        return String.join(" ", written);
    }

    /** The keyword as the corpus writes it: whole if it reads as one of its words, else piece by piece. */
    private String corrected(String keyword, CorpusWords words) {
        if (words.holds(keyword)) {
            return keyword;
        }
        String whole = words.soundingAlike(keyword);
        if (whole != null) {
            return whole;
        }
        StringBuilder fixed = new StringBuilder();
        for (String piece : queries.piecesOf(keyword)) {
            String alike = piece.codePointCount(0, piece.length()) > 1 && !words.holds(piece)
                    ? words.soundingAlike(piece) : null;
            fixed.append(alike == null ? piece : alike);
        }
        // smartcn drops punctuation, so a keyword rebuilt from its pieces may differ in that alone
        return fixed.toString().equals(String.join("", queries.piecesOf(keyword))) ? keyword : fixed.toString();
    }
}
