package org.yulu.importer;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yulu.corpus.AnswerRepeatRepository;
import org.yulu.corpus.ExchangeRepository;
import org.yulu.corpus.QuoteRepository;
import org.yulu.corpus.SourceRepository;
import org.yulu.importer.parser.ParsedDocument;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/**
 * Writes parsed documents to the database, several in one transaction: a document is stored whole or not at all.
 * Rows go in as JDBC batches on the transaction's connection: an import writes tens of thousands of rows that
 * nothing reads back in the same session, so the entity manager's bookkeeping for each would be spent for nothing.
 */
@Component
class CorpusWriter {

    private static final int BATCH = 500;

    private final EntityManager em;
    private final JdbcTemplate jdbc;
    private final SourceRepository sources;
    private final QuoteRepository quotes;
    private final ExchangeRepository exchanges;
    private final AnswerRepeatRepository repeats;

    CorpusWriter(EntityManager em, DataSource dataSource, SourceRepository sources, QuoteRepository quotes,
            ExchangeRepository exchanges, AnswerRepeatRepository repeats) {
        this.em = em;
        this.jdbc = new JdbcTemplate(dataSource);
        this.sources = sources;
        this.quotes = quotes;
        this.exchanges = exchanges;
        this.repeats = repeats;
    }

    /** An item's id: its source's id and its position there, so it survives re-imports and a new database. */
    static String itemId(String sourceId, int position) {
        return sourceId + "-" + position;
    }

    /** A document to store, and whether a source of the same id is there to be removed first. */
    record Replacement(ParsedDocument doc, String contentHash, boolean replacing) {
    }

    /** Stores the documents in one transaction: all of them or, when the database refuses one, none. */
    @Transactional
    public void replaceAll(List<Replacement> documents) {
        for (Replacement r : documents) {
            replace(r.doc(), r.contentHash(), r.replacing());
        }
    }

    private void replace(ParsedDocument doc, String contentHash, boolean replacing) {
        if (replacing) {
            remove(doc.slug());
        }
        String sourceId = doc.slug();
        jdbc.update("insert into source (id, file_name, title, author, published_at, content_hash, imported_at, "
                + "origin_url) values (?, ?, ?, ?, ?, ?, ?, ?)", sourceId, doc.fileName(), doc.title(), doc.author(),
                doc.publishedAt(), contentHash, Timestamp.from(Instant.now()), doc.originUrl());
        jdbc.batchUpdate("insert into quote (id, source_id, position, number, speaker, context, text, quotable) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", doc.quotes(), BATCH, (row, q) -> {
                    row.setString(1, itemId(sourceId, q.position()));
                    row.setString(2, sourceId);
                    row.setInt(3, q.position());
                    if (q.number() == null) {
                        row.setNull(4, Types.INTEGER);
                    } else {
                        row.setInt(4, q.number());
                    }
                    row.setString(5, q.speaker());
                    row.setString(6, q.context());
                    row.setString(7, q.text());
                    row.setBoolean(8, q.quotable());
                });
        jdbc.batchUpdate("insert into interview_exchange (id, source_id, position, interviewer, interviewee, "
                + "question, answer, quotable) values (?, ?, ?, ?, ?, ?, ?, ?)", doc.exchanges(), BATCH, (row, e) -> {
                    row.setString(1, itemId(sourceId, e.position()));
                    row.setString(2, sourceId);
                    row.setInt(3, e.position());
                    row.setString(4, e.interviewer());
                    row.setString(5, e.interviewee());
                    row.setString(6, e.question());
                    row.setString(7, e.answer());
                    row.setBoolean(8, e.quotable());
                });
        jdbc.batchUpdate("insert into answer_repeat (id, source_id, position, exchange_id, speaker, text) "
                + "values (?, ?, ?, ?, ?, ?)", doc.repeats(), BATCH, (row, r) -> {
                    row.setString(1, itemId(sourceId, r.position()));
                    row.setString(2, sourceId);
                    row.setInt(3, r.position());
                    row.setString(4, itemId(sourceId, r.exchangePosition()));
                    row.setString(5, r.speaker());
                    row.setString(6, r.text());
                });
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
}
