package org.yulu.interview;

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
class ExchangeApiController {

    private static final Sort READING_ORDER = Sort.by("source.id", "position");

    private final ExchangeRepository exchanges;
    private final RelatedPassages related;
    private final SourceFilter sourceFilter;

    ExchangeApiController(ExchangeRepository exchanges, SourceFilter sourceFilter, RelatedPassages related) {
        this.exchanges = exchanges;
        this.related = related;
        this.sourceFilter = sourceFilter;
    }

    @GetMapping("/api/exchanges")
    @Transactional(readOnly = true)
    ItemPage<ExchangeItem> list(@RequestParam(required = false) String speaker,
            @RequestParam(required = false) String source, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        PageParams params = PageParams.of(page, size);
        Page<InterviewExchange> found = exchanges.findAll(
                ExchangeRepository.filter(SourceFilter.blankToNull(speaker), sourceFilter.check(source)),
                params.pageable(READING_ORDER));
        return new ItemPage<>(found.map(e -> ExchangeItem.of(e, related.of(e.getId()))).getContent(),
                found.getTotalElements(), params.page(), params.size());
    }

    @GetMapping("/api/exchanges/{id}")
    @Transactional(readOnly = true)
    ExchangeItem one(@PathVariable String id) {
        return exchanges.findWithSourceById(id).map(e -> ExchangeItem.of(e, related.of(e.getId())))
                .orElseThrow(() -> new ExchangeNotFoundException(id));
    }
}
