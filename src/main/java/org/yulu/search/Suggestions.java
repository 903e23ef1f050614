package org.yulu.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yulu.corpus.Corpus;
import org.yulu.corpus.CorpusImported;

import java.util.List;

/** The corpus's words held in memory for suggestions and sound-alike corrections, found again after every import. */
@Component
public class Suggestions {

    /** As many as a list under a search box shows without scrolling. */
    public static final int MOST = 8;

    private static final Logger log = LoggerFactory.getLogger(Suggestions.class);

    private final Corpus corpus;
    private volatile CorpusWords words = CorpusWords.NONE;

    public Suggestions(Corpus corpus) {
        this.corpus = corpus;
    }

    /** Words of a corpus found once, for tests and benchmarks that need no Spring. */
    public static Suggestions of(Corpus corpus) {
        Suggestions suggestions = new Suggestions(corpus);
        suggestions.rebuild();
        return suggestions;
    }

    /** A failed rebuild keeps the words found before: suggestions are never worth failing an import. */
    @EventListener
    void rebuild(CorpusImported event) {
        try {
            rebuild();
        } catch (RuntimeException e) {
            log.error("Suggestions were not found again after the import; the previous ones stay", e);
        }
    }

    void rebuild() {
        CorpusWords found = CorpusWords.of(corpus);
        words = found;
        log.info("Suggestions hold {} words and phrases of the corpus", found.size());
    }

    /** At most {@link #MOST} of the corpus's words that begin with what was typed. */
    public List<Suggestion> startingWith(String typed) {
        return words.startingWith(typed, MOST);
    }

    CorpusWords words() {
        return words;
    }
}
