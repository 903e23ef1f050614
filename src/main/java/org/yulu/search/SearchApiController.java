package org.yulu.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yulu.system.PageParams;

import java.util.List;

@RestController
class SearchApiController {

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    Response search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String speaker, @RequestParam(required = false) String source,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        SearchResults results = search.search(new SearchRequest(q, type, speaker, source, PageParams.of(page, size)));
        List<Item> items = results.items().stream().map(hit -> new Item(hit.item(), hit.highlight())).toList();
        return new Response(items, results.total(), results.page(), results.size(), results.facets());
    }

    record Response(List<Item> items, long total, int page, int size, Facets facets) {
    }

    /** A hit shaped as the read API's item, plus its snippet. */
    record Item(@JsonUnwrapped Object item, String highlight) {
    }
}
