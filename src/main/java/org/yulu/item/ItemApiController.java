package org.yulu.item;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.ExchangeItem;
import org.yulu.corpus.Item;
import org.yulu.corpus.ItemFilter;
import org.yulu.corpus.ItemKind;
import org.yulu.corpus.QuoteItem;
import org.yulu.corpus.RelatedItem;
import org.yulu.related.RelatedPassages;
import org.yulu.search.SimilarItems;
import org.yulu.source.SourceFilter;
import org.yulu.system.ApiDocs;
import org.yulu.system.ApiError;
import org.yulu.system.ItemPage;
import org.yulu.system.PageParams;
import org.yulu.system.QueryValue;

import java.util.List;

/** The read API of both kinds of item; each endpoint is documented on its own, and answered by the same code. */
@RestController
class ItemApiController {

    private static final String BAD_LIST = "page, size or source is not acceptable; the message says why";

    private final CorpusItems items;
    private final RelatedPassages related;
    private final SimilarItems similar;
    private final SourceFilter sourceFilter;

    ItemApiController(CorpusItems items, SourceFilter sourceFilter, RelatedPassages related, SimilarItems similar) {
        this.items = items;
        this.related = related;
        this.similar = similar;
        this.sourceFilter = sourceFilter;
    }

    @GetMapping("/api/quotes")
    @Tag(name = "quotes")
    @Operation(summary = "Quotes in reading order (by source, then position)")
    @ApiResponse(responseCode = "200", description = "One page of quotes")
    @ApiResponse(responseCode = "400", description = BAD_LIST,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    ItemPage<QuoteItem> quotes(
            @Parameter(description = "Only quotes by this speaker, exactly as written (e.g. 梁文锋)")
            @RequestParam(required = false) String speaker,
            @Parameter(description = ApiDocs.SOURCE) @RequestParam(required = false) String source,
            @Parameter(description = ApiDocs.PAGE, schema = @Schema(type = "integer", minimum = "1"))
            @RequestParam(required = false) String page,
            @Parameter(description = ApiDocs.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "100"))
            @RequestParam(required = false) String size) {
        return list(ItemKind.QUOTE, QuoteItem.class, speaker, source, page, size);
    }

    @GetMapping("/api/quotes/{id}")
    @Tag(name = "quotes")
    @Operation(summary = "One quote by its permanent id",
            description = "With its parallel passages (related) and up to five other items close in meaning "
                    + "(similar), nearest first; similar is empty until the sentence model's vectors are ready.")
    @ApiResponse(responseCode = "200", description = "The quote")
    @ApiResponse(responseCode = "404", description = "No quote has this id",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    QuoteItem quote(
            @Parameter(description = "Source id and position, e.g. 000_ce303afc9506ad64-1")
            @PathVariable String id) {
        return one(ItemKind.QUOTE, QuoteItem.class, id);
    }

    @GetMapping("/api/exchanges")
    @Tag(name = "exchanges")
    @Operation(summary = "Exchanges in reading order (by source, then position)")
    @ApiResponse(responseCode = "200", description = "One page of exchanges")
    @ApiResponse(responseCode = "400", description = BAD_LIST,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    ItemPage<ExchangeItem> exchanges(
            @Parameter(description = "Only exchanges answered by this interviewee, exactly as written (e.g. 梁文锋)")
            @RequestParam(required = false) String speaker,
            @Parameter(description = ApiDocs.SOURCE) @RequestParam(required = false) String source,
            @Parameter(description = ApiDocs.PAGE, schema = @Schema(type = "integer", minimum = "1"))
            @RequestParam(required = false) String page,
            @Parameter(description = ApiDocs.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "100"))
            @RequestParam(required = false) String size) {
        return list(ItemKind.EXCHANGE, ExchangeItem.class, speaker, source, page, size);
    }

    @GetMapping("/api/exchanges/{id}")
    @Tag(name = "exchanges")
    @Operation(summary = "One exchange by its permanent id",
            description = "With its parallel passages (related) and up to five other items close in meaning "
                    + "(similar), nearest first; similar is empty until the sentence model's vectors are ready.")
    @ApiResponse(responseCode = "200", description = "The exchange")
    @ApiResponse(responseCode = "404", description = "No exchange has this id",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    ExchangeItem exchange(
            @Parameter(description = "Source id and position, e.g. 003_becfb7cbb320fc93-2")
            @PathVariable String id) {
        return one(ItemKind.EXCHANGE, ExchangeItem.class, id);
    }

    private <T extends Item> ItemPage<T> list(ItemKind kind, Class<T> type, String speaker, String source,
            String page, String size) {
        PageParams params = PageParams.of(page, size);
        Page<Item> found = items.page(kind, ItemFilter.of(QueryValue.strippedOrNull(speaker), sourceFilter.check(source)),
                params.pageable(CorpusItems.READING_ORDER));
        return new ItemPage<>(found.map(item -> type.cast(item.withRelated(related.of(item.id())))).getContent(),
                found.getTotalElements(), params.page(), params.size());
    }

    private <T extends Item> T one(ItemKind kind, Class<T> type, String id) {
        return items.find(kind, id).map(item -> type.cast(withLinks(item, related, similar)))
                .orElseThrow(() -> new ItemNotFoundException(kind, id));
    }

    /** The item with its parallel passages and the items close in meaning that are not among them. */
    static Item withLinks(Item item, RelatedPassages related, SimilarItems similar) {
        List<RelatedItem> parallel = related.of(item.id());
        return item.withRelated(parallel)
                .withSimilar(similar.of(item.id(), parallel.stream().map(RelatedItem::id).toList()));
    }
}
