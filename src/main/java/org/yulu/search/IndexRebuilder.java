package org.yulu.search;

import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.stereotype.Component;
import org.yulu.importer.CorpusImported;

/**
 * Rebuilds the index after every import, the first one included. A listener bean (not an {@code @EventListener}
 * method) is registered before any bean starts, so it hears the import that runs before the web server opens.
 */
@Component
class IndexRebuilder implements ApplicationListener<PayloadApplicationEvent<CorpusImported>> {

    private final SearchIndex index;

    IndexRebuilder(SearchIndex index) {
        this.index = index;
    }

    @Override
    public void onApplicationEvent(PayloadApplicationEvent<CorpusImported> event) {
        index.rebuild();
    }
}
