package org.yulu.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.yulu.search.SearchFields.META;
import static org.yulu.search.SearchFields.TEXT;

/**
 * Lucene queries for one folded keyword, analyzed with the chains of {@link SearchFields}. Recall comes from
 * {@link #whole} and {@link #parts} on the gram fields; smartcn only finds a keyword's parts ({@link #partsOf}), and
 * {@link WordRanking} orders the best hits by smartcn's words.
 */
final class KeywordQueries {

    /** A name or title match counts less than the keyword in what was said. */
    private static final float NAME_WEIGHT = 0.5f;

    private final Analyzer grams = SearchFields.grams();
    private final Analyzer words = SearchFields.words();

    /**
     * The queries a search runs.
     *
     * @param matches  every item to find, scored: each keyword whole or (for words) in its parts, no exclusion
     * @param allWhole the items holding every keyword whole, which rank before the rest; null when no keyword can
     *                 match in parts, so every match holds every keyword whole
     * @param excluded the items holding a word to exclude; null when none is
     */
    record Plan(Query matches, Query allWhole, Query excluded) {
    }

    /** The plan for a query, or null when it holds nothing searchable (such as {@code *}). */
    Plan plan(SearchQuery query) {
        BooleanQuery.Builder matches = new BooleanQuery.Builder();
        BooleanQuery.Builder allWhole = new BooleanQuery.Builder();
        boolean searchable = false;
        boolean partial = false;
        for (String keyword : query.keywords()) {
            Query whole = whole(keyword);
            if (whole == null) {
                continue;
            }
            searchable = true;
            allWhole.add(whole, Occur.MUST);
            // a word may match in its parts too, ranked after every whole match; a quoted phrase only whole
            Query parts = query.words().contains(keyword) ? parts(keyword) : null;
            partial |= parts != null;
            Query either = parts == null ? whole
                    : new BooleanQuery.Builder().add(whole, Occur.SHOULD).add(parts, Occur.SHOULD).build();
            matches.add(either, Occur.MUST);
        }
        if (!searchable) {
            return null;
        }
        BooleanQuery.Builder excluded = new BooleanQuery.Builder();
        boolean excluding = false;
        for (String exclusion : query.exclusions()) {
            Query whole = whole(exclusion);
            if (whole != null) {
                matches.add(whole, Occur.MUST_NOT);
                excluded.add(whole, Occur.SHOULD);
                excluding = true;
            }
        }
        return new Plan(matches.build(), partial ? allWhole.build() : null, excluding ? excluded.build() : null);
    }

    /** Items holding the keyword contiguously in their texts or names; null when it holds nothing searchable. */
    Query whole(String keyword) {
        Query text = contiguous(TEXT, keyword);
        if (text == null) {
            return null;
        }
        return new BooleanQuery.Builder()
                .add(text, Occur.SHOULD)
                .add(new BoostQuery(contiguous(META, keyword), NAME_WEIGHT), Occur.SHOULD)
                .build();
    }

    /** Items holding each of the keyword's {@link #partsOf parts}, or null when it has none. */
    Query parts(String keyword) {
        List<String> parts = partsOf(keyword);
        if (parts.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String part : parts) {
            Query whole = whole(part);
            if (whole != null) {
                all.add(whole, Occur.MUST);
            }
        }
        return all.build();
    }

    /** The keyword's grams in a row: a phrase of character pairs, or a single term for one character or word. */
    private Query contiguous(String field, String keyword) {
        List<Token> tokens = analyze(grams, keyword);
        List<Token> pairs = tokens.stream().filter(t -> t.type().equals(CJKBigramFilter.DOUBLE_TYPE)).toList();
        // a character already inside a pair adds nothing to the phrase
        List<Token> kept = tokens.stream()
                .filter(t -> !t.type().equals(CJKBigramFilter.SINGLE_TYPE)
                        || pairs.stream().noneMatch(p -> p.start() <= t.start() && t.end() <= p.end()))
                .toList();
        if (kept.isEmpty()) {
            return null;
        }
        if (kept.size() == 1) {
            return new TermQuery(new Term(field, kept.get(0).term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int first = kept.get(0).position();
        kept.forEach(t -> phrase.add(new Term(field, t.term()), t.position() - first));
        return phrase.build();
    }

    /**
     * The parts of a keyword smartcn splits (梁文锋 and 创新 for 梁文锋创新; 模型 for 大模型), or none. A lone character
     * left over is no part: nearly every text holds 大 or 的.
     */
    List<String> partsOf(String keyword) {
        List<String> pieces = piecesOf(keyword);
        if (pieces.size() < 2) {
            return List.of();
        }
        return pieces.stream().filter(p -> p.codePointCount(0, p.length()) > 1).toList();
    }

    /**
     * A keyword cut into smartcn's words, in order, runs of single characters kept together: smartcn cuts unknown
     * names into characters, and a name's characters scattered through a text are not the name.
     */
    List<String> piecesOf(String keyword) {
        List<String> pieces = new ArrayList<>();
        int start = -1;
        int end = -1;
        boolean joinable = false;
        for (Token word : analyze(words, keyword)) {
            boolean single = word.end() - word.start() == 1;
            if (joinable && single && word.start() == end) {
                end = word.end();
                continue;
            }
            if (start >= 0) {
                pieces.add(keyword.substring(start, end));
            }
            start = word.start();
            end = word.end();
            joinable = single;
        }
        if (start >= 0) {
            pieces.add(keyword.substring(start, end));
        }
        return pieces;
    }

    private static List<Token> analyze(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, type.type(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
        return tokens;
    }

    private record Token(String term, int position, String type, int start, int end) {
    }
}
