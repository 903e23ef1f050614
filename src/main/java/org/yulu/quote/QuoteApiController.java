package org.yulu.quote;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yulu.related.RelatedPassages;
import org.yulu.source.SourceFilter;
import org.yulu.system.ApiDocs;
import org.yulu.system.ApiError;
import org.yulu.system.ItemPage;
import org.yulu.system.PageParams;

@RestController
@Tag(name = "quotes")
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
    @Operation(summary = "Quotes in reading order (by source, then position)")
    @ApiResponse(responseCode = "200", description = "One page of quotes")
    @ApiResponse(responseCode = "400", description = "page, size or source is not acceptable; the message says why",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Transactional(readOnly = true)
    ItemPage<QuoteItem> list(
            @Parameter(description = "Only quotes by this speaker, exactly as written (e.g. 梁文锋)")
            @RequestParam(required = false) String speaker,
            @Parameter(description = "Only items of this source id (see /api/sources)")
            @RequestParam(required = false) String source,
            @Parameter(description = ApiDocs.PAGE, schema = @Schema(type = "integer", minimum = "1"))
            @RequestParam(required = false) String page,
            @Parameter(description = ApiDocs.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "100"))
            @RequestParam(required = false) String size) {
        PageParams params = PageParams.of(page, size);
        Page<Quote> found = quotes.findAll(
                QuoteRepository.filter(SourceFilter.blankToNull(speaker), sourceFilter.check(source)),
                params.pageable(READING_ORDER));
        return new ItemPage<>(found.map(q -> QuoteItem.of(q, related.of(q.getId()))).getContent(),
                found.getTotalElements(), params.page(), params.size());
    }

    @GetMapping("/api/quotes/{id}")
    @Operation(summary = "One quote by its permanent id")
    @ApiResponse(responseCode = "200", description = "The quote")
    @ApiResponse(responseCode = "404", description = "No quote has this id",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Transactional(readOnly = true)
    QuoteItem one(
            @Parameter(description = "Source id and position, e.g. 000_ce303afc9506ad64-1")
            @PathVariable String id) {
        return quotes.findWithSourceById(id).map(q -> QuoteItem.of(q, related.of(q.getId())))
                .orElseThrow(() -> new QuoteNotFoundException(id));
    }
}
