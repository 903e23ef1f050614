package org.yulu.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.stereotype.Component;
import org.yulu.corpus.CorpusImported;

/**
 * Brings the index up to date after every import, the first one included: rebuilt unless it was built from the
 * corpus as it now is. A listener bean (not an {@code @EventListener}
 * method) is registered before any bean starts, so it hears the import that runs before the web server opens.
 */
@Component
class IndexRebuilder implements ApplicationListener<PayloadApplicationEvent<CorpusImported>> {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuilder.class);

    private final SearchIndex index;

    IndexRebuilder(SearchIndex index) {
        this.index = index;
    }

    /** A failed rebuild must not fail the import or stop the site: searches keep the previous index. */
    @Override
    public void onApplicationEvent(PayloadApplicationEvent<CorpusImported> event) {
        try {
            index.bringUpToDate();
        } catch (RuntimeException e) {
            log.error("Search index was not rebuilt after the import; searches use the previous one", e);
        }
    }
}
