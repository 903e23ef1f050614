package org.yulu.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yulu.corpus.Corpus;
import org.yulu.corpus.CorpusImported;
import org.yulu.system.DaemonThreads;
import org.yulu.system.SiteAnswered;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/** The corpus's words held in memory for suggestions and sound-alike corrections, found again after every import. */
@Component
public class Suggestions {

    /** As many as a list under a search box shows without scrolling. */
    public static final int MOST = 8;

    private static final Logger log = LoggerFactory.getLogger(Suggestions.class);

    private final Corpus corpus;
    private volatile CorpusWords words = CorpusWords.NONE;
    /** Done once the words are first found. */
    private final CompletableFuture<Void> firstFound = new CompletableFuture<>();
    private final AtomicBoolean firstAsked = new AtomicBoolean();

    public Suggestions(Corpus corpus) {
        this.corpus = corpus;
    }

    /** Words of a corpus found once, for tests and benchmarks that need no Spring. */
    public static Suggestions of(Corpus corpus) {
        Suggestions suggestions = new Suggestions(corpus);
        suggestions.rebuild();
        return suggestions;
    }

    /**
     * The first words are found once the site has answered, on a thread of their own, so neither the start nor the
     * first answer waits for them; a request that needs them sooner finds them itself, and one that needs them
     * while they are being found waits. Later imports find them again on the import's thread.
     */
    @EventListener(SiteAnswered.class)
    void findInTheBackground() {
        if (firstAsked.compareAndSet(false, true)) {
            DaemonThreads.start("suggestions", this::rebuildKeepingOld);
        }
    }

    /** An import before the first words are asked for needs nothing: they are found from the corpus as it is then. */
    @EventListener
    void rebuild(CorpusImported event) {
        if (firstAsked.get()) {
            // after the first, so the words found last are those of the latest import
            words();
            rebuildKeepingOld();
        }
    }

    /** A failed rebuild keeps the words found before: suggestions are never worth failing an import. */
    private void rebuildKeepingOld() {
        try {
            rebuild();
        } catch (RuntimeException e) {
            log.error("Suggestions were not found again after the import; the previous ones stay", e);
        } finally {
            firstFound.complete(null);
        }
    }

    void rebuild() {
        firstAsked.set(true);
        CorpusWords found = CorpusWords.of(corpus);
        words = found;
        firstFound.complete(null);
        log.info("Suggestions hold {} words and phrases of the corpus", found.size());
    }

    /** At most {@link #MOST} of the corpus's words that begin with what was typed. */
    public List<Suggestion> startingWith(String typed) {
        return words().startingWith(typed, MOST);
    }

    /** The words, found here first if nobody has started finding them. */
    CorpusWords words() {
        if (firstAsked.compareAndSet(false, true)) {
            rebuildKeepingOld();
        }
        firstFound.join();
        return words;
    }
}
