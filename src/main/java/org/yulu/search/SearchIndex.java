package org.yulu.search;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.util.IOFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yulu.corpus.Corpus;
import org.yulu.corpus.Item;
import org.yulu.meaning.Passages;
import org.yulu.meaning.VectorSource;
import org.yulu.text.TextFolding;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Lucene index of every quote and exchange, derived from a {@link Corpus} and rebuilt whole from it, or
 * kept from an earlier run when it was built from the corpus as it is ({@link KeptIndex}). A rebuild writes beside
 * the index searches are reading and becomes visible in one swap, so a search sees the old or the new index, never
 * a half-built one and never an error. {@link MatchFinder} runs queries against it.
 */
public final class SearchIndex implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final int THREADS = Runtime.getRuntime().availableProcessors();
    /** Items whose passages' vectors are looked up in one go while building. */
    private static final int ITEMS_PER_LOOKUP = 250;
    /** Matches every item's own document, and none of its passages'. */
    static final Query ITEMS = new TermQuery(new Term(SearchFields.ITEM, SearchFields.ITEM_MARK));

    private final Corpus corpus;
    private final VectorSource vectorSource;
    /** Where each item's block ends, per segment: a passage's item is the next item document. */
    private final BitSetProducer items = new QueryBitSetProducer(ITEMS);
    private volatile KeptIndex.Vectors vectors = KeptIndex.Vectors.NONE;
    private final IndexStorage storage;
    private final String location;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Only grows: a search on the previous index may still name a source a rebuild removed. */
    private final Map<String, String> sourceTitles = new ConcurrentHashMap<>();
    private volatile boolean ready;

    private SearchIndex(Corpus corpus, VectorSource vectorSource, IndexStorage storage) {
        this.corpus = corpus;
        this.vectorSource = vectorSource;
        this.storage = storage;
        this.location = storage.location();
        this.writer = storage.writer();
        this.searchers = storage.searchers();
    }

    /**
     * The index in {@code folder}, not ready until {@link #bringUpToDate()} or {@link #rebuild()}; in memory when the
     * folder cannot hold one ({@link IndexStorage}).
     */
    public static SearchIndex open(Path folder, Corpus corpus) {
        return open(folder, corpus, VectorSource.NONE);
    }

    /** As {@link #open(Path, Corpus)}, with each passage's vector read from {@code vectors} when it is built. */
    public static SearchIndex open(Path folder, Corpus corpus, VectorSource vectors) {
        return new SearchIndex(corpus, vectors, IndexStorage.open(folder));
    }

    public static SearchIndex inMemory(Corpus corpus) {
        return inMemory(corpus, VectorSource.NONE);
    }

    public static SearchIndex inMemory(Corpus corpus, VectorSource vectors) {
        return new SearchIndex(corpus, vectors, IndexStorage.inMemory());
    }

    /**
     * Keeps the index on disk when it was built, in this format, from the corpus as it is now and reads back whole;
     * otherwise rebuilds it, saying why. Startup need not rebuild a large index that is current.
     */
    public synchronized void bringUpToDate() {
        String fingerprint = corpus.fingerprint();
        String stale = read(searcher -> KeptIndex.staleness(writer.getLiveCommitData(), searcher.getIndexReader(),
                fingerprint));
        if (stale == null) {
            read(searcher -> {
                KeptIndex.sourceTitles(searcher.getIndexReader(), sourceTitles);
                return null;
            });
            vectors = KeptIndex.vectors(writer.getLiveCommitData());
            ready = true;
            log.info("Search index in {} kept: built from the corpus as it is, {} items", location,
                    status().documents());
            return;
        }
        log.warn("Search index in {} is rebuilt: {}", location, stale);
        rebuild();
    }

    /** Replaces the index with one built from the corpus as it is now. On failure the previous index stays. */
    public synchronized void rebuild() {
        long start = System.nanoTime();
        String fingerprint = corpus.fingerprint();
        try {
            writer.deleteAll();
            long[] count = {0};
            boolean[] everyVector = {true};
            try (ParallelIndexing indexing = new ParallelIndexing(writer, THREADS)) {
                List<Item> waiting = new ArrayList<>();
                corpus.forEachItem(item -> {
                    sourceTitles.put(item.source().id(), item.source().title());
                    waiting.add(item);
                    if (waiting.size() == ITEMS_PER_LOOKUP) {
                        everyVector[0] &= addWithVectors(waiting, indexing);
                        waiting.clear();
                    }
                    count[0]++;
                });
                everyVector[0] &= addWithVectors(waiting, indexing);
            }
            KeptIndex.Vectors built = new KeptIndex.Vectors(vectorSource.model(), everyVector[0]);
            writer.setLiveCommitData(KeptIndex.builtFrom(fingerprint, built).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
            vectors = built;
            ready = true;
            log.info("Search index built in {}: {} items in {} ms, {}", location, count[0],
                    (System.nanoTime() - start) / 1_000_000, built.model() == null ? "without vectors"
                            : built.complete() ? "every passage with its vector" : "some passages without a vector");
        } catch (IOException e) {
            // nothing is visible until the refresh above, and the next rebuild starts with deleteAll
            throw new UncheckedIOException("Search index could not be rebuilt; the previous one stays", e);
        }
    }

    /** Adds the items with their passages' stored vectors; returns whether every passage had one. */
    private boolean addWithVectors(List<Item> batch, ParallelIndexing indexing) {
        if (batch.isEmpty()) {
            return true;
        }
        List<List<String>> passages = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        for (Item item : batch) {
            List<String> ofItem = Passages.of(item);
            passages.add(ofItem);
            ofItem.forEach(p -> folded.add(TextFolding.fold(p)));
        }
        Map<String, float[]> found = vectorSource.find(folded);
        boolean every = true;
        for (int i = 0; i < batch.size(); i++) {
            List<ItemDocuments.VectorPassage> withVectors = new ArrayList<>();
            for (String passage : passages.get(i)) {
                float[] vector = found.get(TextFolding.fold(passage));
                if (vector == null) {
                    every = false;
                } else {
                    withVectors.add(new ItemDocuments.VectorPassage(passage, vector));
                }
            }
            indexing.add(batch.get(i), withVectors);
        }
        return every;
    }

    /** Whose passage vectors the index searches read now holds, and whether every passage has its vector. */
    KeptIndex.Vectors vectors() {
        return vectors;
    }

    /** True when the index holds a vector of this model for every passage: nothing is left to compute for it. */
    public boolean holdsEveryVectorOf(String model) {
        return vectors.completeFor(model);
    }

    /** The model whose vectors the index holds, or null. */
    public String vectorModel() {
        return vectors.model();
    }

    /** Where each item's block ends in a segment: what a passage found by its vector belongs to. */
    BitSetProducer items() {
        return items;
    }

    /**
     * Brings the index up to date unless it is ready: the import at startup does so before the web server opens, so a
     * search finds it unready only where that failed, and tries again.
     */
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
     * derived from search answers alone (a results page) may be cached under it.
     */
    public Object version() {
        return read(searcher -> searcher.getIndexReader().getReaderCacheHelper().getKey());
    }

    public IndexStatus status() {
        try {
            return read(searcher -> new IndexStatus(ready, searcher.count(ITEMS), location));
        } catch (UncheckedIOException e) {
            return new IndexStatus(false, 0, location);
        }
    }

    /** The title of the source with this id, or the id where no build has named it. */
    String sourceTitle(String id) {
        return sourceTitles.getOrDefault(id, id);
    }

    /** Tells {@code listener} of every swap, once no new search can be given the index swapped out. */
    void addRefreshListener(ReferenceManager.RefreshListener listener) {
        searchers.addListener(listener);
    }

    /** Reads the index searches read now; a swap meanwhile leaves that index whole until the read is done. */
    <T> T read(IOFunction<IndexSearcher, T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search index could not be read", e);
        }
    }

    @Override
    public void close() throws IOException {
        storage.close();
    }
}
