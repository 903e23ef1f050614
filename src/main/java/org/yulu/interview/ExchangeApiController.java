package org.yulu.interview;

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
@Tag(name = "exchanges")
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
    @Operation(summary = "Exchanges in reading order (by source, then position)")
    @ApiResponse(responseCode = "200", description = "One page of exchanges")
    @ApiResponse(responseCode = "400", description = "page, size or source is not acceptable; the message says why",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Transactional(readOnly = true)
    ItemPage<ExchangeItem> list(
            @Parameter(description = "Only exchanges answered by this interviewee, exactly as written (e.g. 梁文锋)")
            @RequestParam(required = false) String speaker,
            @Parameter(description = "Only items of this source id (see /api/sources)")
            @RequestParam(required = false) String source,
            @Parameter(description = ApiDocs.PAGE, schema = @Schema(type = "integer", minimum = "1"))
            @RequestParam(required = false) String page,
            @Parameter(description = ApiDocs.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "100"))
            @RequestParam(required = false) String size) {
        PageParams params = PageParams.of(page, size);
        Page<InterviewExchange> found = exchanges.findAll(
                ExchangeRepository.filter(SourceFilter.blankToNull(speaker), sourceFilter.check(source)),
                params.pageable(READING_ORDER));
        return new ItemPage<>(found.map(e -> ExchangeItem.of(e, related.of(e.getId()))).getContent(),
                found.getTotalElements(), params.page(), params.size());
    }

    @GetMapping("/api/exchanges/{id}")
    @Operation(summary = "One exchange by its permanent id")
    @ApiResponse(responseCode = "200", description = "The exchange")
    @ApiResponse(responseCode = "404", description = "No exchange has this id",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Transactional(readOnly = true)
    ExchangeItem one(
            @Parameter(description = "Source id and position, e.g. 003_becfb7cbb320fc93-2")
            @PathVariable String id) {
        return exchanges.findWithSourceById(id).map(e -> ExchangeItem.of(e, related.of(e.getId())))
                .orElseThrow(() -> new ExchangeNotFoundException(id));
    }
}
