package org.yulu.search;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.yulu.interview.ExchangeItem;
import org.yulu.interview.ExchangeRepository;
import org.yulu.interview.InterviewExchange;
import org.yulu.importer.CorpusFingerprint;
import org.yulu.quote.Quote;
import org.yulu.quote.QuoteItem;
import org.yulu.quote.QuoteRepository;

import java.util.List;
import java.util.function.Consumer;

/** The database's quotes and exchanges, read a batch at a time so a large corpus never sits in memory whole. */
@Component
class DatabaseCorpus implements SearchCorpus {

    private static final int BATCH = 2000;
    private static final Sort BY_ID = Sort.by("id");

    private final CorpusFingerprint fingerprint;
    private final QuoteRepository quotes;
    private final ExchangeRepository exchanges;

    DatabaseCorpus(CorpusFingerprint fingerprint, QuoteRepository quotes, ExchangeRepository exchanges) {
        this.fingerprint = fingerprint;
        this.quotes = quotes;
        this.exchanges = exchanges;
    }

    @Override
    public String fingerprint() {
        return fingerprint.current();
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
