package org.yulu.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yulu.corpus.CorpusImported;

/**
 * Brings the index up to date after every import, the first one included: rebuilt unless it was built from the
 * corpus as it now is. The first import runs as the application starts, when this listener is registered already.
 */
@Component
class IndexRebuilder {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuilder.class);

    private final SearchIndex index;

    IndexRebuilder(SearchIndex index) {
        this.index = index;
    }

    /** A failed rebuild must not fail the import or stop the site: searches keep the previous index. */
    @EventListener
    void rebuild(CorpusImported event) {
        try {
            index.bringUpToDate();
        } catch (RuntimeException e) {
            log.error("Search index was not rebuilt after the import; searches use the previous one", e);
        }
    }
}
