package org.yulu.card;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.yulu.system.DaemonThreads;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Draws cards that are not kept yet, on a pool of its own with a short queue: a crawler asking for every card
 * gets {@link CardsBusyException} once the queue is full, instead of taking the cores searches need. A card asked
 * for again while it is being drawn is drawn once.
 */
@Component
class CardDrawing implements AutoCloseable {

    /** At most two cores draw cards at once, whatever the machine has. */
    static final int THREADS = 2;
    /** Cards that may wait for a thread; one more is refused rather than queued. */
    static final int QUEUE = 16;

    private final CardStore store;
    private final ThreadPoolExecutor pool;
    private final Map<String, CompletableFuture<Path>> underway = new ConcurrentHashMap<>();
    private final AtomicLong drawn = new AtomicLong();

    @Autowired
    CardDrawing(CardStore store) {
        this(store, Math.min(THREADS, Runtime.getRuntime().availableProcessors()), QUEUE);
    }

    CardDrawing(CardStore store, int threads, int queue) {
        this.store = store;
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                daemons());
    }

    /** The card's file: the kept one, or one drawn on the pool and kept. */
    CompletableFuture<Path> card(String key, Supplier<byte[]> draw) {
        Optional<Path> kept = store.find(key);
        if (kept.isPresent()) {
            return CompletableFuture.completedFuture(kept.get());
        }
        CompletableFuture<Path> mine = new CompletableFuture<>();
        CompletableFuture<Path> running = underway.putIfAbsent(key, mine);
        if (running != null) {
            return running;
        }
        try {
            pool.execute(() -> {
                try {
                    mine.complete(store.find(key).orElseGet(() -> {
                        drawn.incrementAndGet();
                        return store.keep(key, draw.get());
                    }));
                } catch (RuntimeException | Error e) {
                    mine.completeExceptionally(e);
                } finally {
                    underway.remove(key, mine);
                }
            });
        } catch (RejectedExecutionException e) {
            underway.remove(key, mine);
            throw new CardsBusyException();
        }
        return mine;
    }

    /** How many cards were drawn since the start. */
    long drawn() {
        return drawn.get();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            return DaemonThreads.of("card-drawing-" + count.incrementAndGet(), task);
        };
    }
}
