package org.yulu.corpus;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * Names the corpus's state, so data derived from it (the search index, the parallel passages) can be kept across
 * restarts and told apart from a newer corpus. Items are written only by imports, a source at a time, and every
 * import of a source stamps it anew: its id, content hash and import time, with the item counts, name the state.
 */
@Component
public class CorpusFingerprint {

    private final SourceRepository sources;
    private final QuoteRepository quotes;
    private final ExchangeRepository exchanges;

    CorpusFingerprint(SourceRepository sources, QuoteRepository quotes, ExchangeRepository exchanges) {
        this.sources = sources;
        this.quotes = quotes;
        this.exchanges = exchanges;
    }

    public String current() {
        StringBuilder state = new StringBuilder();
        for (Source source : sources.findAll(Sort.by("id"))) {
            state.append(source.getId()).append(' ').append(source.getContentHash()).append(' ')
                    .append(source.getImportedAt()).append('\n');
        }
        state.append(quotes.count()).append(' ').append(exchanges.count());
        return ContentHash.sha256(state.toString().getBytes(StandardCharsets.UTF_8));
    }
}
