package org.yulu.search;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.yulu.interview.ExchangeItem;
import org.yulu.interview.ExchangeRepository;
import org.yulu.interview.InterviewExchange;
import org.yulu.importer.SeedImporter;
import org.yulu.quote.Quote;
import org.yulu.quote.QuoteItem;
import org.yulu.quote.QuoteRepository;
import org.yulu.source.Source;
import org.yulu.source.SourceRepository;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/** The database's quotes and exchanges, read a batch at a time so a large corpus never sits in memory whole. */
@Component
class DatabaseCorpus implements SearchCorpus {

    private static final int BATCH = 2000;
    private static final Sort BY_ID = Sort.by("id");

    private final SourceRepository sources;
    private final QuoteRepository quotes;
    private final ExchangeRepository exchanges;

    DatabaseCorpus(SourceRepository sources, QuoteRepository quotes, ExchangeRepository exchanges) {
        this.sources = sources;
        this.quotes = quotes;
        this.exchanges = exchanges;
    }

    /**
     * Items are written only by imports, a source at a time, and every import of a source stamps it anew: its id,
     * content hash and import time, with the item counts, name the corpus's state.
     */
    @Override
    public String fingerprint() {
        StringBuilder state = new StringBuilder();
        for (Source source : sources.findAll(BY_ID)) {
            state.append(source.getId()).append(' ').append(source.getContentHash()).append(' ')
                    .append(source.getImportedAt()).append('\n');
        }
        state.append(quotes.count()).append(' ').append(exchanges.count());
        return SeedImporter.sha256(state.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void forEachItem(Consumer<IndexedItem> sink) {
        Page<Quote> q;
        int n = 0;
        do {
            q = quotes.findAll(QuoteRepository.filter(null, null), PageRequest.of(n++, BATCH, BY_ID));
            q.forEach(quote -> sink.accept(IndexedItem.of(QuoteItem.of(quote, List.of()))));
        } while (q.hasNext());
        Page<InterviewExchange> e;
        n = 0;
        do {
            e = exchanges.findAll(ExchangeRepository.filter(null, null), PageRequest.of(n++, BATCH, BY_ID));
            e.forEach(exchange -> sink.accept(IndexedItem.of(ExchangeItem.of(exchange, List.of()))));
        } while (e.hasNext());
    }
}
