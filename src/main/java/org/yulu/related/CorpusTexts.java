package org.yulu.related;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yulu.importer.CorpusFingerprint;
import org.yulu.interview.InterviewExchange;
import org.yulu.quote.Quote;
import org.yulu.source.SourceRef;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads every item's words from the database. Answer repeats are left out: they are a source quoting itself, not
 * items, and they point at their exchange already.
 */
@Component
class CorpusTexts {

    private final EntityManager em;
    private final CorpusFingerprint fingerprint;

    CorpusTexts(EntityManager em, CorpusFingerprint fingerprint) {
        this.em = em;
        this.fingerprint = fingerprint;
    }

    /** The corpus's state: equal fingerprints hand over the same items. */
    String fingerprint() {
        return fingerprint.current();
    }

    @Transactional(readOnly = true)
    List<ItemText> all() {
        List<ItemText> items = new ArrayList<>();
        em.createQuery("select q from Quote q join fetch q.source order by q.id", Quote.class).getResultStream()
                .forEach(q -> items.add(new ItemText("quote", q.getId(), q.getUrl(), SourceRef.of(q.getSource()),
                        q.getPosition(), q.getText())));
        em.createQuery("select e from InterviewExchange e join fetch e.source order by e.id", InterviewExchange.class)
                .getResultStream()
                .forEach(e -> items.add(new ItemText("exchange", e.getId(), e.getUrl(), SourceRef.of(e.getSource()),
                        e.getPosition(), e.getAnswer())));
        return items;
    }
}
