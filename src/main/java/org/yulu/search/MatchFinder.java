package org.yulu.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a query against the {@link SearchIndex}: one pass over its matches ({@link MatchCollector}), the best of
 * them ranked by their words ({@link WordRanking}), and the page's items read from the stored fields. Given the
 * question's vector, the items close in meaning that no keyword matched follow, read from the same index.
 */
final class MatchFinder {

    /** Items found by pinyin alone follow the text's; past the first few hundred nobody reads them. */
    private static final int PINYIN_HITS = 200;

    private final SearchIndex index;
    private final MatchCache cache;
    private final KeywordQueries queries = new KeywordQueries();
    private final WordRanking ranking = new WordRanking();

    MatchFinder(SearchIndex index, MatchCache cache) {
        this.index = index;
        this.cache = cache;
    }

    /** The matches of a query, items holding every keyword whole first, then best score first. */
    Matches find(SearchQuery query, SearchFilters filters, int offset, int limit) {
        return find(query, filters, offset, limit, null);
    }

    /**
     * The matches of a query as {@link #find(SearchQuery, SearchFilters, int, int)} finds them; for Latin letters
     * that read as pinyin, the items whose Chinese reads so after them; then, given the question's vector, the items
     * close to it in meaning that hold none of the keywords, nearest first.
     */
    Matches find(SearchQuery query, SearchFilters filters, int offset, int limit, float[] question) {
        KeywordQueries.Plan plan = queries.plan(query);
        if (plan == null) {
            return Matches.NOTHING_SEARCHABLE;
        }
        PinyinQuery pinyin = PinyinQuery.of(query);
        Query pinyinOnly = pinyin == null ? null : pinyinOnly(plan, pinyin);
        return index.read(searcher -> {
            MatchCache.Question asked = new MatchCache.Question(searcher.getIndexReader(), query, filters, offset,
                    limit);
            Matches found = cache.answer(asked, () -> {
                Matches byKeyword = findIn(searcher, plan, query, filters, offset, limit);
                return pinyinOnly == null ? byKeyword
                        : byKeyword.followedBy(pinyinIn(searcher, pinyinOnly), filters, offset, limit);
            });
            if (question == null) {
                return found;
            }
            return found.followedBy(cache.nearby(asked, () -> nearbyIn(searcher, plan, pinyinOnly, question)),
                    filters, offset, limit);
        });
    }

    /** The items whose Chinese reads as the letters but that neither hold them as text nor are excluded. */
    private static Query pinyinOnly(KeywordQueries.Plan plan, PinyinQuery pinyin) {
        BooleanQuery.Builder only = new BooleanQuery.Builder()
                .add(pinyin.query(), Occur.MUST)
                .add(plan.matches(), Occur.MUST_NOT);
        if (plan.excluded() != null) {
            only.add(plan.excluded(), Occur.MUST_NOT);
        }
        return only.build();
    }

    /** The best of the items found by pinyin alone, best first. */
    private List<Match> pinyinIn(IndexSearcher searcher, Query pinyinOnly) throws IOException {
        List<Integer> docs = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(pinyinOnly, PINYIN_HITS).scoreDocs) {
            docs.add(hit.doc);
        }
        Map<Integer, Match> read = new HashMap<>();
        load(searcher, docs, read);
        return docs.stream().map(doc -> read.get(doc).readAsPinyin()).toList();
    }

    /**
     * The items close in meaning to the question, nearest first, but those the keywords match or exclude and those
     * found by pinyin.
     */
    private List<Match> nearbyIn(IndexSearcher searcher, KeywordQueries.Plan plan, Query pinyinOnly,
            float[] question) throws IOException {
        List<NearestPassages.Near> nearest = NearestPassages.of(searcher, index.items(), question,
                Closeness.NEAREST);
        if (nearest.isEmpty()) {
            return List.of();
        }
        double best = nearest.get(0).similarity();
        List<NearestPassages.Near> close = nearest.stream()
                .filter(near -> Closeness.close(near.similarity(), best)).toList();
        List<Integer> docs = close.stream().map(NearestPassages.Near::item).toList();
        Set<Integer> left = new HashSet<>(matching(searcher, plan.matches(), docs));
        if (plan.excluded() != null) {
            left.addAll(matching(searcher, plan.excluded(), docs));
        }
        if (pinyinOnly != null) {
            left.addAll(matching(searcher, pinyinOnly, docs));
        }
        Map<Integer, Match> read = new HashMap<>();
        load(searcher, docs, read);
        List<Match> nearby = new ArrayList<>();
        for (NearestPassages.Near near : close) {
            if (!left.contains(near.item())) {
                nearby.add(read.get(near.item()).nearBy(near.passage()));
            }
        }
        return nearby;
    }

    /** Those of the documents the query matches. */
    private static Set<Integer> matching(IndexSearcher searcher, Query query, List<Integer> docs) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Set<Integer> matched = new HashSet<>();
        for (int doc : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            Scorer scorer = weight.scorer(leaf);
            if (scorer != null) {
                DocIdSetIterator matches = scorer.iterator();
                if (matches.advance(doc - leaf.docBase) == doc - leaf.docBase) {
                    matched.add(doc);
                }
            }
        }
        return matched;
    }

    private Matches findIn(IndexSearcher searcher, KeywordQueries.Plan plan, SearchQuery query,
            SearchFilters filters, int offset, int limit) throws IOException {
        Weight whole = plan.allWhole() == null ? null
                : searcher.createWeight(searcher.rewrite(plan.allWhole()), ScoreMode.COMPLETE_NO_SCORES, 1);
        // the ranking window is collected whatever the page, so every page slices one ranking
        MatchCollector collector = new MatchCollector(filters, whole,
                Math.max(offset + limit, WordRanking.WINDOW));
        searcher.search(plan.matches(), collector);
        List<Integer> best = collector.best();
        Map<Integer, Match> read = new HashMap<>();
        load(searcher, best.subList(0, Math.min(WordRanking.WINDOW, best.size())), read);
        List<Integer> ranked = ranking.rerank(best, collector.wholeCount(),
                ranking.wordsOf(query.keywords()), i -> read.get(best.get(i)).foldedTexts());
        List<Integer> page = ranked.subList(Math.min(offset, ranked.size()),
                Math.min(offset + limit, ranked.size()));
        Map<String, Long> sources = collector.counts(SearchFields.SOURCE);
        Map<String, String> titles = new HashMap<>();
        sources.keySet().forEach(id -> titles.put(id, index.sourceTitle(id)));
        Facets facets = new Facets(collector.counts(SearchFields.TYPE), collector.counts(SearchFields.SPEAKER),
                sources, titles);
        load(searcher, page, read); // a page within the ranking window is read already
        List<Match> matches = page.stream().map(read::get).toList();
        return new Matches(matches, collector.total(), facets);
    }

    /**
     * Adds the hits not in {@code read} yet to it as found items: those cached, and the others read from the stored
     * fields in index order, so each compressed block is decompressed once.
     */
    private void load(IndexSearcher searcher, List<Integer> hits, Map<Integer, Match> read) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<Integer> unread = new ArrayList<>();
        for (int doc : hits) {
            if (read.containsKey(doc)) {
                continue;
            }
            Match cached = cache.item(reader, doc);
            if (cached != null) {
                read.put(doc, cached);
            } else {
                unread.add(doc);
            }
        }
        if (unread.isEmpty()) {
            return;
        }
        StoredFields stored = searcher.storedFields();
        for (int doc : unread.stream().mapToInt(Integer::intValue).sorted().toArray()) {
            Document document = stored.document(doc);
            Match match = new Match(ItemDocuments.fromDocument(document), ItemDocuments.foldedTexts(document));
            cache.cacheItem(reader, doc, match);
            read.put(doc, match);
        }
    }
}
