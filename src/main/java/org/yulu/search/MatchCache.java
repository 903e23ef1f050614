package org.yulu.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.util.IOSupplier;

import java.io.IOException;
import java.util.List;

/**
 * The answers to the queries asked most often and lately, and the items found most, so each is worked out once per
 * index. Cleared at every swap, and keyed by the index read, so what a search of the index swapped out adds later
 * is never served.
 */
public final class MatchCache {

    private static final int ANSWERS_CACHED = 500;
    private static final int ITEMS_CACHED = 5_000;

    private final boolean caching;
    private final Cache<Question, Matches> answers = Caffeine.newBuilder().maximumSize(ANSWERS_CACHED)
            .executor(Runnable::run).build();
    private final Cache<Found, Match> items = Caffeine.newBuilder().maximumSize(ITEMS_CACHED)
            .executor(Runnable::run).build();
    private final Cache<Question, List<Match>> nearby = Caffeine.newBuilder().maximumSize(ANSWERS_CACHED)
            .executor(Runnable::run).build();

    private MatchCache(boolean caching) {
        this.caching = caching;
    }

    /** A cache for the searches of {@code index}, cleared at each of its swaps. */
    public static MatchCache of(SearchIndex index) {
        MatchCache cache = new MatchCache(true);
        index.addRefreshListener(cache.new Clearing());
        return cache;
    }

    /** Caches nothing, so every search is worked out in full and its items read from the index: for benchmarks. */
    public static MatchCache none() {
        return new MatchCache(false);
    }

    /** The answer cached for {@code question}, or else the one {@code work} gives. */
    Matches answer(Question question, IOSupplier<Matches> work) throws IOException {
        Matches cached = answers.getIfPresent(question);
        if (cached != null) {
            return cached;
        }
        Matches matches = work.get();
        if (caching) {
            answers.put(question, matches);
        }
        return matches;
    }

    /**
     * The items found by meaning alone cached for {@code question}, whatever its filters and page, or else those
     * {@code work} finds.
     */
    List<Match> nearby(Question question, IOSupplier<List<Match>> work) throws IOException {
        Question unfiltered = new Question(question.reader(), question.query(), null, 0, 0);
        List<Match> cached = nearby.getIfPresent(unfiltered);
        if (cached != null) {
            return cached;
        }
        List<Match> found = work.get();
        if (caching) {
            nearby.put(unfiltered, found);
        }
        return found;
    }

    /** The item numbered {@code doc} in {@code reader} as cached, or null. */
    Match item(IndexReader reader, int doc) {
        return items.getIfPresent(new Found(reader, doc));
    }

    void cacheItem(IndexReader reader, int doc, Match item) {
        if (caching) {
            items.put(new Found(reader, doc), item);
        }
    }

    /** What identifies an answer: the index read (by identity), the query, the filters and the page. */
    record Question(IndexReader reader, SearchQuery query, SearchFilters filters, int offset, int limit) {
    }

    /** What identifies a found item: the index read (by identity) and the item's number in it. */
    private record Found(IndexReader reader, int doc) {
    }

    /** Searches no longer see the index swapped out, so what was cached from it is dropped. */
    private final class Clearing implements ReferenceManager.RefreshListener {

        @Override
        public void beforeRefresh() {
        }

        @Override
        public void afterRefresh(boolean didRefresh) {
            if (didRefresh) {
                answers.invalidateAll();
                items.invalidateAll();
                nearby.invalidateAll();
            }
        }
    }
}
