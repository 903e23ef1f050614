package org.yulu.importer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.yulu.corpus.CorpusImported;
import org.yulu.corpus.SourceRepository;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Announces {@link CorpusImported} after the first import and whenever the database holds other sources than when
 * last announced, including those another instance imported, so every instance rebuilds what it derives.
 */
@Component
class CorpusAnnouncer {

    private final SourceRepository sources;
    private final ApplicationEventPublisher events;
    /** Source id → content hash as last announced; null until the first announcement. */
    private Map<String, String> announced;

    CorpusAnnouncer(SourceRepository sources, ApplicationEventPublisher events) {
        this.sources = sources;
        this.events = events;
    }

    /** Called after every import run with how many sources it changed; announces unless nothing differs. */
    synchronized void afterImport(int changed) {
        Map<String, String> corpus = corpusInDatabase();
        if (!corpus.equals(announced)) {
            int differing = announced == null ? changed : differingSources(announced, corpus);
            announced = corpus;
            events.publishEvent(new CorpusImported(differing));
        }
    }

    private Map<String, String> corpusInDatabase() {
        Map<String, String> hashes = new HashMap<>();
        sources.findAll().forEach(source -> hashes.put(source.getId(), source.getContentHash()));
        return hashes;
    }

    private static int differingSources(Map<String, String> before, Map<String, String> after) {
        Set<String> ids = new HashSet<>(before.keySet());
        ids.addAll(after.keySet());
        return (int) ids.stream().filter(id -> !Objects.equals(before.get(id), after.get(id))).count();
    }
}
