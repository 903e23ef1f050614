package org.yulu.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yulu.corpus.ExchangeItem;
import org.yulu.corpus.Item;
import org.yulu.corpus.QuoteItem;
import org.yulu.related.RelatedPassages;
import org.yulu.system.ApiDocs;
import org.yulu.system.ApiError;
import org.yulu.system.PageParams;
import org.yulu.system.QueryValue;

import java.util.List;
import java.util.concurrent.CompletableFuture;

@RestController
@Tag(name = "search")
class SearchApiController {

    private final SearchService search;
    private final RelatedPassages related;

    SearchApiController(SearchService search, RelatedPassages related) {
        this.search = search;
        this.related = related;
    }

    @GetMapping("/api/search")
    @Operation(summary = "Quotes and exchanges containing every word of the query, best first, then those close in "
            + "meaning",
            description = "Several words must all match; \"a phrase\" matches exactly; -word excludes. Any other "
                    + "syntax is searched as text. An empty query has no hits. Traditional characters, full-width "
                    + "forms and letter case are folded, so 創新 finds 创新. After every item holding the words come "
                    + "the items close to the query in meaning that hold none of them (\"match\": \"meaning\"), "
                    + "nearest first, unless mode=keyword; while the sentence model is still loading, or when it "
                    + "cannot load, there are none and \"meaning\" says why.")
    @ApiResponse(responseCode = "200", description = "One page of hits with their snippets and the facet counts",
            content = @Content(schema = @Schema(implementation = Response.class)))
    @ApiResponse(responseCode = "400", description = "type, source, page or size is not acceptable; the message says why",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "Too many searches by meaning are waiting; Retry-After says "
            + "when to ask again", content = @Content(schema = @Schema(implementation = ApiError.class)))
    // the answer, or its future while the question is encoded off the request thread
    Object search(
            @Parameter(description = "The keywords, e.g. 护城河, 梁文锋 创新, \"最重要的是\" or 创新 -中国")
            @RequestParam(required = false) String q,
            @Parameter(description = "Only this kind of item", schema = @Schema(allowableValues = {"quote", "exchange"}))
            @RequestParam(required = false) String type,
            @Parameter(description = "Only items by this speaker, exactly as written (e.g. 梁文锋)")
            @RequestParam(required = false) String speaker,
            @Parameter(description = ApiDocs.SOURCE)
            @RequestParam(required = false) String source,
            @Parameter(description = ApiDocs.PAGE, schema = @Schema(type = "integer", minimum = "1"))
            @RequestParam(required = false) String page,
            @Parameter(description = ApiDocs.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "100"))
            @RequestParam(required = false) String size,
            @Parameter(description = "keyword for the items holding the words alone; meaning (the default) adds the "
                    + "items close in meaning after them",
                    schema = @Schema(allowableValues = {"meaning", "keyword"}))
            @RequestParam(required = false) String mode,
            @Parameter(description = "true to search the words as typed even when they find nothing; by default a "
                    + "query that finds nothing is searched again with the corpus's words that read alike "
                    + "(梁文峰 → 梁文锋), and correctedQuery says so",
                    schema = @Schema(type = "boolean"))
            @RequestParam(required = false) String exact) {
        CompletableFuture<SearchResults> results = search.searchSoon(new SearchRequest(q, type, speaker, source,
                PageParams.of(page, size), mode, Boolean.parseBoolean(QueryValue.strippedOrNull(exact))));
        return results.isDone() ? response(results.join()) : results.thenApply(this::response);
    }

    private Response response(SearchResults results) {
        List<Hit> items = results.items().stream()
                .map(hit -> new Hit(hit.item().withRelated(related.of(hit.item().id())), hit.highlight(),
                        hit.match())).toList();
        return new Response(items, results.total(), results.page(), results.size(), results.facets(),
                results.meaning().name().toLowerCase(java.util.Locale.ROOT), results.correctedQuery());
    }

    @Schema(name = "SearchResults")
    record Response(List<Hit> items, long total, int page, int size, Facets facets,
            @Schema(description = "used: items close in meaning follow the keyword matches; not_asked: mode=keyword "
                    + "or nothing to search; preparing: the sentence model is loading, keyword matches alone for "
                    + "now; unavailable: the model could not load or is turned off",
                    allowableValues = {"used", "not_asked", "preparing", "unavailable"}) String meaning,
            @Schema(description = "The query searched instead of q, which found nothing: its Chinese words written as "
                    + "the corpus's words that read alike; null when q was searched as typed",
                    nullable = true) String correctedQuery) {
    }

    /** A hit shaped as the read API's item, plus its snippet and how it was found. */
    @Schema(name = "SearchHit", description = "A QuoteItem or an ExchangeItem (see type), with its highlight",
            oneOf = {QuoteHit.class, ExchangeHit.class})
    record Hit(@Schema(hidden = true) @JsonUnwrapped Item item, @Schema(hidden = true) String highlight,
            @Schema(hidden = true) String match) {
    }

    /** Documentation only: how a quote hit reads in JSON. */
    @Schema(name = "QuoteHit", allOf = QuoteItem.class)
    private record QuoteHit(@Schema(description = HIGHLIGHT) String highlight,
            @Schema(description = MATCH, allowableValues = {"keyword", "pinyin", "meaning"}) String match) {
    }

    /** Documentation only: how an exchange hit reads in JSON. */
    @Schema(name = "ExchangeHit", allOf = ExchangeItem.class)
    private record ExchangeHit(@Schema(description = HIGHLIGHT) String highlight,
            @Schema(description = MATCH, allowableValues = {"keyword", "pinyin", "meaning"}) String match) {
    }

    private static final String HIGHLIGHT = "Escaped text with the matched words in <mark>; for a hit by meaning, "
            + "its passage nearest the query";
    private static final String MATCH = "keyword: the item holds the words; pinyin: its Chinese reads as the letters "
            + "typed (chuangxin, hch), after every keyword hit; meaning: it holds none of them but is close in meaning";
}
