package org.yulu.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yulu.corpus.Corpus;
import org.yulu.corpus.Item;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Lucene index of every quote and exchange, derived from a {@link Corpus} and rebuilt whole from it, or
 * kept from an earlier run when it was built from the corpus as it is ({@link KeptIndex}). A rebuild writes beside
 * the index searches are reading and becomes visible in one swap, so a search sees the old or the new index, never
 * a half-built one and never an error.
 */
public final class SearchIndex implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final String MEMORY = "memory";
    private static final int THREADS = Runtime.getRuntime().availableProcessors();
    private static final int ANSWERS_KEPT = 500;
    private static final int ITEMS_KEPT = 5_000;
    private final Corpus corpus;
    private final String location;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final KeywordQueries queries = new KeywordQueries();
    /**
     * Answers to popular queries (up to 500, those asked for most often and lately), as a search engine's result
     * cache keeps them: a popular query is worked out once per index.
     * Each is keyed by the index it was read from, so a rebuild's swap leaves the old ones unreachable.
     */
    private final Cache<Answer, Matches> answers = Caffeine.newBuilder().maximumSize(ANSWERS_KEPT)
            .executor(Runnable::run).build();
    /**
     * Found items as read from the stored fields (up to 5,000): the hits of one search are the hits of many, and
     * reading and decoding their texts again was a twentieth of a results page. Keyed by the index read, as answers.
     */
    private final Cache<Stored, Match> items = Caffeine.newBuilder().maximumSize(ITEMS_KEPT)
            .executor(Runnable::run).build();
    private volatile IndexReader answering;
    private volatile boolean keepingAnswers = true;
    private final WordRanking ranking = new WordRanking();
    /** Only grows: a search on the previous index may still name a source a rebuild removed. */
    private final Map<String, String> sourceTitles = new ConcurrentHashMap<>();
    private volatile boolean ready;

    private SearchIndex(Corpus corpus, Directory directory, String location) throws IOException {
        this.corpus = corpus;
        this.directory = directory;
        this.location = location;
        IndexWriter opened;
        SearcherManager searching;
        try {
            // the index already there is kept until bringUpToDate() has compared it with the corpus
            opened = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            try {
                searching = new SearcherManager(opened, null);
            } catch (IOException | RuntimeException e) {
                opened.rollback();
                throw e;
            }
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            log.warn("Search index in {} cannot be read ({}); it is removed and will be built anew", location,
                    e.toString());
            // even a new index fails to open over damaged files, and these are derived data
            for (String file : directory.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    directory.deleteFile(file);
                }
            }
            opened = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
            searching = new SearcherManager(opened, null);
        }
        this.writer = opened;
        this.searchers = searching;
    }

    /** Only a finished rebuild commits: closing must not commit what a failed one left, which a later run would keep. */
    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(SearchFields.grams()).setCodec(new YuluCodec()).setOpenMode(mode)
                .setRAMBufferSizeMB(64).setCommitOnClose(false);
    }

    /**
     * The index in {@code folder}, not ready until {@link #bringUpToDate()} or {@link #rebuild()}; in memory when the
     * folder cannot hold one (not writable, or locked by another process), since the index can always be rebuilt
     * from the corpus. Files there that cannot be read as an index are removed.
     */
    public static SearchIndex open(Path folder, Corpus corpus) {
        try {
            Files.createDirectories(folder);
            return new SearchIndex(corpus, FSDirectory.open(folder), folder.toString());
        } catch (IOException | UncheckedIOException e) {
            log.warn("Search index folder {} cannot be used ({}); keeping the index in memory", folder, e.toString());
            return inMemory(corpus);
        }
    }

    public static SearchIndex inMemory(Corpus corpus) {
        try {
            return new SearchIndex(corpus, new ByteBuffersDirectory(), MEMORY);
        } catch (IOException e) {
            throw new UncheckedIOException("An index in memory cannot fail to open", e);
        }
    }

    /**
     * Keeps the index on disk when it was built, in this format, from the corpus as it is now and reads back whole;
     * otherwise rebuilds it, saying why. Startup need not rebuild a large index that is current.
     */
    public synchronized void bringUpToDate() {
        String fingerprint = corpus.fingerprint();
        String stale = staleness(fingerprint);
        if (stale == null) {
            loadSourceTitles();
            ready = true;
            log.info("Search index in {} kept: built from the corpus as it is, {} items", location,
                    status().documents());
            return;
        }
        log.warn("Search index in {} is rebuilt: {}", location, stale);
        rebuild();
    }

    private String staleness(String fingerprint) {
        return read(reader -> KeptIndex.staleness(writer.getLiveCommitData(), reader, fingerprint));
    }

    private void loadSourceTitles() {
        read(reader -> {
            KeptIndex.sourceTitles(reader, sourceTitles);
            return null;
        });
    }

    private <T> T read(IndexRead<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.from(searcher.getIndexReader());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search index could not be read", e);
        }
    }

    private interface IndexRead<T> {
        T from(IndexReader reader) throws IOException;
    }

    /** Replaces the index with one built from the corpus as it is now. On failure the previous index stays. */
    public synchronized void rebuild() {
        long start = System.nanoTime();
        String fingerprint = corpus.fingerprint();
        try {
            writer.deleteAll();
            long[] count = {0};
            try (ParallelIndexing indexing = new ParallelIndexing(writer, THREADS)) {
                corpus.forEachItem(item -> {
                    sourceTitles.put(item.source().id(), item.source().title());
                    indexing.add(item);
                    count[0]++;
                });
            }
            writer.setLiveCommitData(KeptIndex.builtFrom(fingerprint).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
            ready = true;
            log.info("Search index built in {}: {} items in {} ms", location, count[0],
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            // nothing is visible until the refresh above, and the next rebuild starts with deleteAll
            throw new UncheckedIOException("Search index could not be rebuilt; the previous one stays", e);
        }
    }

    /** Builds the index unless it has been built: for a search that arrives before the first rebuild. */
    public void ensureBuilt() {
        if (!ready) {
            synchronized (this) {
                if (!ready) {
                    bringUpToDate();
                }
            }
        }
    }

    /**
     * Identifies the index searches read now, as long as they read it: a rebuild's swap gives another. Whatever is
     * derived from search answers alone (a results page) may be kept under it.
     */
    public Object version() {
        return read(reader -> reader.getReaderCacheHelper().getKey());
    }

    /** Works every search out in full, its items read from the index too, as a benchmark of the search needs. */
    public void keepNoAnswers() {
        keepingAnswers = false;
        answers.invalidateAll();
        items.invalidateAll();
    }

    public IndexStatus status() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return new IndexStatus(ready, searcher.getIndexReader().numDocs(), location);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            return new IndexStatus(false, 0, location);
        }
    }

    /** The matches of a query, items holding every keyword whole first, then best score first. */
    Matches search(SearchQuery query, SearchFilters filters, int offset, int limit) {
        KeywordQueries.Plan plan = queries.plan(query);
        if (plan == null) {
            return Matches.NOTHING_SEARCHABLE;
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                IndexReader reader = searcher.getIndexReader();
                if (reader != answering) {
                    answers.invalidateAll(); // the answers and items of an index searches no longer see
                    items.invalidateAll();
                    answering = reader;
                }
                Answer answer = new Answer(reader, query, filters, offset, limit);
                Matches known = keepingAnswers ? answers.getIfPresent(answer) : null;
                if (known != null) {
                    return known;
                }
                Matches matches = search(searcher, plan, query, filters, offset, limit);
                if (keepingAnswers) {
                    answers.put(answer, matches);
                }
                return matches;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search index could not be read", e);
        }
    }

    private Matches search(IndexSearcher searcher, KeywordQueries.Plan plan, SearchQuery query, SearchFilters filters,
            int offset, int limit) throws IOException {
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
        sources.keySet().forEach(id -> titles.put(id, sourceTitles.getOrDefault(id, id)));
        Facets facets = new Facets(collector.counts(SearchFields.TYPE), collector.counts(SearchFields.SPEAKER),
                sources, titles);
        load(searcher, page, read); // a page within the ranking window is read already
        List<Match> matches = page.stream().map(read::get).toList();
        return new Matches(matches, collector.total(), facets);
    }

    /**
     * Adds the hits not in {@code read} yet to it as found items: those kept, and the others read from the stored
     * fields in index order, so each compressed block is decompressed once.
     */
    private void load(IndexSearcher searcher, List<Integer> hits, Map<Integer, Match> read) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<Integer> unread = new ArrayList<>();
        for (int doc : hits) {
            if (read.containsKey(doc)) {
                continue;
            }
            Match kept = keepingAnswers ? items.getIfPresent(new Stored(reader, doc)) : null;
            if (kept != null) {
                read.put(doc, kept);
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
            if (keepingAnswers) {
                items.put(new Stored(reader, doc), match);
            }
            read.put(doc, match);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    /** A found item with its texts as folded for the index. */
    record Match(Item item, List<String> foldedTexts) {
    }

    /** What identifies a found item: the index read (by identity) and the item's number in it. */
    private record Stored(IndexReader reader, int doc) {
    }

    /** What identifies an answer: the index read (by identity), the query, the filters and the page. */
    private record Answer(IndexReader reader, SearchQuery query, SearchFilters filters, int offset, int limit) {
    }

    /** One page of matches with the total and facets of all of them. */
    record Matches(List<Match> items, long total, Facets facets) {
        /** The answer to a query that holds nothing to search for; the page then says what to type. */
        static final Matches NOTHING_SEARCHABLE = new Matches(List.of(), 0, Facets.NONE);
    }
}
