package org.yulu.importer;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yulu.importer.ParsedDocument.ParsedExchange;
import org.yulu.importer.ParsedDocument.ParsedQuote;
import org.yulu.importer.ParsedDocument.ParsedRepeat;
import org.yulu.interview.AnswerRepeat;
import org.yulu.interview.AnswerRepeatRepository;
import org.yulu.interview.ExchangeRepository;
import org.yulu.interview.InterviewExchange;
import org.yulu.quote.Quote;
import org.yulu.quote.QuoteRepository;
import org.yulu.source.Source;
import org.yulu.source.SourceRepository;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Writes one parsed document to the database in one transaction: a document is stored whole or not at all. */
@Component
class CorpusWriter {

    private static final int FLUSH_EVERY = 1000;

    private final EntityManager em;
    private final SourceRepository sources;
    private final QuoteRepository quotes;
    private final ExchangeRepository exchanges;
    private final AnswerRepeatRepository repeats;

    CorpusWriter(EntityManager em, SourceRepository sources, QuoteRepository quotes, ExchangeRepository exchanges,
            AnswerRepeatRepository repeats) {
        this.em = em;
        this.sources = sources;
        this.quotes = quotes;
        this.exchanges = exchanges;
        this.repeats = repeats;
    }

    /** An item's id: its source's id and its position there, so it survives re-imports and a new database. */
    static String itemId(String sourceId, int position) {
        return sourceId + "-" + position;
    }

    @Transactional
    public void replace(ParsedDocument doc, String contentHash) {
        remove(doc.slug());
        Source source = new Source(doc.slug(), doc.fileName(), doc.title(), doc.author(), doc.publishedAt(),
                contentHash, Instant.now());
        em.persist(source);
        int written = 0;
        for (ParsedQuote q : doc.quotes()) {
            em.persist(new Quote(itemId(doc.slug(), q.position()), source, q.position(), q.number(), q.speaker(),
                    q.context(), q.text()));
            written = flushEvery(++written);
        }
        Map<Integer, InterviewExchange> byPosition = new HashMap<>();
        for (ParsedExchange e : doc.exchanges()) {
            InterviewExchange exchange = new InterviewExchange(itemId(doc.slug(), e.position()), source,
                    e.position(), e.interviewer(), e.interviewee(), e.question(), e.answer());
            em.persist(exchange);
            byPosition.put(e.position(), exchange);
            written = flushEvery(++written);
        }
        for (ParsedRepeat r : doc.repeats()) {
            em.persist(new AnswerRepeat(itemId(doc.slug(), r.position()), source, r.position(),
                    byPosition.get(r.exchangePosition()), r.speaker(), r.text()));
        }
        em.flush();
        em.clear();
    }

    @Transactional
    public void remove(String sourceId) {
        repeats.deleteBySource(sourceId);
        quotes.deleteBySource(sourceId);
        exchanges.deleteBySource(sourceId);
        sources.deleteSource(sourceId);
        em.flush();
        em.clear();
    }

    private int flushEvery(int written) {
        if (written % FLUSH_EVERY == 0) {
            em.flush();
        }
        return written;
    }
}
