package org.yulu.search;

import org.apache.lucene.index.IndexWriter;
import org.yulu.corpus.Item;
import org.yulu.system.DaemonThreads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Adds items to an index on every core: analysis (smartcn above all) costs far more than reading the corpus, and
 * the index writer takes documents from many threads. At most a few hundred items per thread wait in memory.
 */
final class ParallelIndexing implements AutoCloseable {

    private static final int WAITING_PER_THREAD = 256;

    private final IndexWriter writer;
    private final ExecutorService workers;
    private final Semaphore room;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    ParallelIndexing(IndexWriter writer, int threads) {
        this.writer = writer;
        this.workers = Executors.newFixedThreadPool(threads, DaemonThreads.named("search-indexing"));
        this.room = new Semaphore(threads * WAITING_PER_THREAD);
    }

    void add(Item item, List<ItemDocuments.VectorPassage> passages) {
        rethrowFailure();
        room.acquireUninterruptibly();
        workers.execute(() -> {
            try {
                // one block, so the passages stay just before their item
                writer.addDocuments(ItemDocuments.toDocuments(item, passages));
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            } finally {
                room.release();
            }
        });
    }

    /** Waits for every added item to be written; throws the first failure of any of them. */
    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IllegalStateException("Indexing did not finish within an hour");
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while indexing", e);
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        Throwable e = failure.get();
        if (e instanceof IOException io) {
            throw new UncheckedIOException(io);
        } else if (e instanceof RuntimeException runtime) {
            throw runtime;
        } else if (e != null) {
            throw new IllegalStateException("Indexing failed", e);
        }
    }
}
