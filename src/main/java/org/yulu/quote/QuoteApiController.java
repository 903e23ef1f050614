package org.yulu.quote;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yulu.related.RelatedPassages;
import org.yulu.source.SourceFilter;
import org.yulu.system.ItemPage;
import org.yulu.system.PageParams;

@RestController
class QuoteApiController {

    private static final Sort READING_ORDER = Sort.by("source.id", "position");

    private final QuoteRepository quotes;
    private final RelatedPassages related;
    private final SourceFilter sourceFilter;

    QuoteApiController(QuoteRepository quotes, SourceFilter sourceFilter, RelatedPassages related) {
        this.quotes = quotes;
        this.related = related;
        this.sourceFilter = sourceFilter;
    }

    @GetMapping("/api/quotes")
    @Transactional(readOnly = true)
    ItemPage<QuoteItem> list(@RequestParam(required = false) String speaker,
            @RequestParam(required = false) String source, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        PageParams params = PageParams.of(page, size);
        Page<Quote> found = quotes.findAll(
                QuoteRepository.filter(SourceFilter.blankToNull(speaker), sourceFilter.check(source)),
                params.pageable(READING_ORDER));
        return new ItemPage<>(found.map(q -> QuoteItem.of(q, related.of(q.getId()))).getContent(),
                found.getTotalElements(), params.page(), params.size());
    }

    @GetMapping("/api/quotes/{id}")
    @Transactional(readOnly = true)
    QuoteItem one(@PathVariable String id) {
        return quotes.findWithSourceById(id).map(q -> QuoteItem.of(q, related.of(q.getId())))
                .orElseThrow(() -> new QuoteNotFoundException(id));
    }
}
