package org.yulu.source;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yulu.corpus.SourceRepository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sources with their item counts, as the API and the pages list them. */
@Component
public class SourceCatalog {

    private final SourceRepository sources;

    SourceCatalog(SourceRepository sources) {
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    public List<SourceItem> list() {
        Map<String, Long> quotes = counts(sources.countQuotesBySource());
        Map<String, Long> exchanges = counts(sources.countExchangesBySource());
        return sources.findAllByOrderByIdAsc().stream()
                .map(s -> new SourceItem(s.getId(), s.getTitle(), s.getAuthor(), s.getPublishedAt(), s.getUrl(),
                        s.getOriginUrl(), quotes.getOrDefault(s.getId(), 0L), exchanges.getOrDefault(s.getId(), 0L)))
                .toList();
    }

    private static Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }
}
