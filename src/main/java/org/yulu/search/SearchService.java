package org.yulu.search;

import org.springframework.stereotype.Service;
import org.yulu.corpus.Item;
import org.yulu.system.BadRequestException;
import org.yulu.system.PageParams;
import org.yulu.system.QueryValue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Full-text search over quotes and exchanges, for the API and the pages. */
@Service
public class SearchService {

    private static final List<String> TYPES = List.of("quote", "exchange");

    private final SearchIndex index;
    private final MatchFinder finder;
    private final KeywordQueries queries = new KeywordQueries();

    public SearchService(SearchIndex index, MatchCache cache) {
        this.index = index;
        this.finder = new MatchFinder(index, cache);
    }

    /** @throws BadRequestException when the type is neither quote nor exchange */
    public SearchResults search(SearchRequest request) {
        String type = QueryValue.strippedOrNull(request.type());
        if (type != null && !TYPES.contains(type)) {
            throw new BadRequestException("type must be quote or exchange, not '" + type + "'", "error.param.type", type);
        }
        PageParams page = request.page() == null ? PageParams.of(null, null) : request.page();
        SearchQuery query = SearchQuery.parse(request.q());
        index.ensureBuilt();
        SearchFilters filters = new SearchFilters(type, QueryValue.strippedOrNull(request.speaker()),
                QueryValue.strippedOrNull(request.source()));
        Matches matches = query.isEmpty() ? Matches.NOTHING_SEARCHABLE
                : finder.find(query, filters, page.offset(), page.size());
        Set<String> marked = new LinkedHashSet<>(query.keywords());
        query.words().forEach(word -> marked.addAll(queries.partsOf(word)));
        List<SearchHit> hits = new ArrayList<>();
        for (Match match : matches.items()) {
            Item item = match.item();
            hits.add(new SearchHit(item, Snippets.highlight(item.texts(), match.foldedTexts(), marked)));
        }
        boolean blank = matches == Matches.NOTHING_SEARCHABLE;
        return new SearchResults(hits, matches.total(), page.page(), page.size(), matches.facets(), blank);
    }
}
