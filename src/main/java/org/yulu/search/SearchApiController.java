package org.yulu.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yulu.interview.ExchangeItem;
import org.yulu.quote.QuoteItem;
import org.yulu.related.RelatedItem;
import org.yulu.related.RelatedPassages;
import org.yulu.system.PageParams;

import java.util.List;

@RestController
class SearchApiController {

    private final SearchService search;
    private final RelatedPassages related;

    SearchApiController(SearchService search, RelatedPassages related) {
        this.search = search;
        this.related = related;
    }

    @GetMapping("/api/search")
    Response search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String speaker, @RequestParam(required = false) String source,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        SearchResults results = search.search(new SearchRequest(q, type, speaker, source, PageParams.of(page, size)));
        List<Item> items = results.items().stream()
                .map(hit -> new Item(withRelated(hit.item(), related.of(hit.id())), hit.highlight())).toList();
        return new Response(items, results.total(), results.page(), results.size(), results.facets());
    }

    /** The index holds items without their parallel passages; the API shows them as the read API does. */
    private static Object withRelated(Object item, List<RelatedItem> links) {
        if (item instanceof QuoteItem quote) {
            return quote.withRelated(links);
        }
        return ((ExchangeItem) item).withRelated(links);
    }

    record Response(List<Item> items, long total, int page, int size, Facets facets) {
    }

    /** A hit shaped as the read API's item, plus its snippet. */
    record Item(@JsonUnwrapped Object item, String highlight) {
    }
}
