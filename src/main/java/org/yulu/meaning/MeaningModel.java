package org.yulu.meaning;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.yulu.system.DaemonThreads;
import org.yulu.system.SiteAnswered;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sentence model's lifecycle: loaded in the background once the site answers, so a start never waits for it;
 * until then, or for good when it cannot load, searches answer by keyword alone. Encodes questions (the latest
 * kept) and passages, these on every core.
 */
public class MeaningModel implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MeaningModel.class);
    private static final int QUESTIONS_KEPT = 1_000;
    /** Questions waiting for a thread beyond which a search by meaning is refused with a 503, not queued longer. */
    private static final int QUESTIONS_QUEUED = 64;

    /** Whether questions can be compared by meaning, and if not, why. */
    public enum State {
        /** Turned off in the settings. */
        OFF,
        LOADING,
        READY,
        /** It could not load; the reason is logged and in {@link #unavailableBecause()}. */
        UNAVAILABLE
    }

    private final SentenceModel model;
    private final ApplicationEventPublisher events;
    private final int threads = Runtime.getRuntime().availableProcessors();
    private final ExecutorService encoding;
    private final ThreadPoolExecutor encodingQuestions;
    private final AtomicLong passagesEncoded = new AtomicLong();
    private final Cache<String, float[]> questions = Caffeine.newBuilder().maximumSize(QUESTIONS_KEPT)
            .executor(Runnable::run).build();
    private volatile State state;
    private volatile String unavailableBecause;
    private volatile SentenceEncoder encoder;
    /** Set as the application stops: a load asked for after that does nothing. */
    private volatile boolean closed;

    public MeaningModel(SentenceModel model, boolean enabled, ApplicationEventPublisher events) {
        this.model = model;
        this.events = events;
        this.state = enabled ? State.LOADING : State.OFF;
        this.encoding = Executors.newFixedThreadPool(threads, DaemonThreads.named("meaning-encoding"));
        this.encodingQuestions = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUESTIONS_QUEUED), QuestionThread::new);
    }

    /** Starts loading once the site has answered: the model is on the path of neither the start nor that answer. */
    @EventListener(SiteAnswered.class)
    void loadInBackground() {
        if (state != State.LOADING) {
            return;
        }
        DaemonThreads.start("meaning-model", this::load);
    }

    /** Loads the model in this thread; once only. */
    public synchronized void load() {
        if (state != State.LOADING || closed) {
            return;
        }
        long start = System.nanoTime();
        try {
            encoder = SentenceEncoder.load(model, 1);
            state = State.READY;
            log.info("Sentence model {} loaded in {} ms: searches also find items by meaning", model.id(),
                    (System.nanoTime() - start) / 1_000_000);
            events.publishEvent(new MeaningModelLoaded(model.id()));
        } catch (Exception | LinkageError | OutOfMemoryError e) {
            // a missing native library, another platform, too little memory: the site goes on by keyword
            unavailableBecause = e.toString();
            state = State.UNAVAILABLE;
            log.warn("Search by meaning is off: the sentence model {} could not be loaded ({}); searches answer by "
                    + "keyword alone", model.id(), unavailableBecause);
        }
    }

    public String id() {
        return model.id();
    }

    public State state() {
        return state;
    }

    public boolean ready() {
        return state == State.READY;
    }

    /** Why the model could not load, or null. */
    public String unavailableBecause() {
        return unavailableBecause;
    }

    /** How many passages this instance has encoded: none again for a passage whose vector is stored. */
    public long passagesEncoded() {
        return passagesEncoded.get();
    }

    /** The vector of a folded question, encoded on the model's threads while this one waits; only when ready. */
    public float[] question(String folded) {
        if (Thread.currentThread() instanceof QuestionThread) {
            // already on the model's threads (a search finishing there asks again): waiting for the pool could
            // deadlock it
            return questions.get(folded, q -> encodeOne(encoder, q));
        }
        try {
            return questionLater(folded).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Whether the question's vector is kept, so {@link #question} returns at once. */
    public boolean hasQuestion(String folded) {
        return questions.getIfPresent(folded) != null;
    }

    /**
     * The vector of a folded question, done at once when kept, else once one of the model's threads, one per core,
     * has encoded it: a request thread need not wait for an encoding, so answers by keyword alone never queue
     * behind questions by meaning. Call only when {@link #ready()}.
     *
     * @throws QuestionsBusyException (failing the future) when every thread is busy and the queue is full
     */
    public CompletableFuture<float[]> questionLater(String folded) {
        float[] kept = questions.getIfPresent(folded);
        if (kept != null) {
            return CompletableFuture.completedFuture(kept);
        }
        SentenceEncoder using = encoder;
        try {
            return CompletableFuture.supplyAsync(() -> questions.get(folded, q -> encodeOne(using, q)),
                    encodingQuestions);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new QuestionsBusyException());
        }
    }

    /** The vectors of folded passages, in order, encoded on every core; call only when {@link #ready()}. */
    public List<float[]> passages(List<String> folded) {
        SentenceEncoder using = encoder;
        List<Future<float[]>> encoded = new ArrayList<>();
        for (String passage : folded) {
            // one at a time: padding a batch to its longest passage cost more than it saved
            encoded.add(encoding.submit(() -> encodeOne(using, passage)));
        }
        List<float[]> vectors = new ArrayList<>();
        try {
            for (Future<float[]> vector : encoded) {
                vectors.add(vector.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while encoding passages", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A passage could not be encoded", e.getCause());
        }
        passagesEncoded.addAndGet(folded.size());
        return vectors;
    }

    private static float[] encodeOne(SentenceEncoder encoder, String text) {
        try {
            return encoder.encode(List.of(text))[0];
        } catch (ai.onnxruntime.OrtException e) {
            throw new IllegalStateException("The sentence model failed on a text", e);
        }
    }

    /** A thread of the model's own for questions. */
    private static final class QuestionThread extends Thread {

        QuestionThread(Runnable task) {
            super(task, "meaning-question");
            setDaemon(true);
        }
    }

    /**
     * Closes the model only once nothing runs in it: a session closed under a running encoding, or a load, aborts
     * the JVM in onnxruntime's native code. Synchronized, so a load under way finishes first; encodings under way
     * finish, and those still waiting are cancelled, so whoever waits for them is told.
     */
    @Override
    public synchronized void destroy() throws Exception {
        closed = true;
        for (ExecutorService pool : List.of(encoding, encodingQuestions)) {
            for (Runnable waiting : pool.shutdownNow()) {
                if (waiting instanceof Future<?> task) {
                    task.cancel(false);
                }
            }
        }
        for (ExecutorService pool : List.of(encoding, encodingQuestions)) {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("The sentence model is left open: an encoding is still running after 30 s");
                return;
            }
        }
        if (encoder != null) {
            encoder.close();
        }
    }
}
