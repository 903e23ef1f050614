package org.yulu.search;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;
import org.yulu.corpus.Item;
import org.yulu.meaning.MeaningModel;
import org.yulu.system.BadRequestException;
import org.yulu.system.PageParams;
import org.yulu.system.QueryValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Search over quotes and exchanges, for the API and the pages: the items holding the keywords, then those close in
 * meaning. A search never waits for the sentence model: until it and the index's vectors are ready, it answers by
 * keyword alone and says so.
 */
@Service
public class SearchService {

    private static final List<String> TYPES = List.of("quote", "exchange");
    private static final List<String> MODES = List.of("keyword", "meaning");

    private final SearchIndex index;
    private final MatchFinder finder;
    private final MeaningModel model;
    private final KeywordQueries queries = new KeywordQueries();

    /** By keyword alone. */
    public SearchService(SearchIndex index, MatchCache cache) {
        this(index, cache, null);
    }

    /** By keyword, then by meaning once {@code model} is ready; by keyword alone where it is null. */
    @Autowired
    public SearchService(SearchIndex index, MatchCache cache, MeaningModel model) {
        this.index = index;
        this.finder = new MatchFinder(index, cache);
        this.model = model;
    }

    /** @throws BadRequestException when the type is neither quote nor exchange */
    public SearchResults search(SearchRequest request) {
        String type = QueryValue.strippedOrNull(request.type());
        if (type != null && !TYPES.contains(type)) {
            throw new BadRequestException("type must be quote or exchange, not '" + type + "'", "error.param.type", type);
        }
        String mode = QueryValue.strippedOrNull(request.mode());
        if (mode != null && !MODES.contains(mode)) {
            throw new BadRequestException("mode must be keyword or meaning, not '" + mode + "'");
        }
        PageParams page = request.page() == null ? PageParams.of(null, null) : request.page();
        SearchQuery query = SearchQuery.parse(request.q());
        index.ensureBuilt();
        SearchFilters filters = new SearchFilters(type, QueryValue.strippedOrNull(request.speaker()),
                QueryValue.strippedOrNull(request.source()));
        SearchResults.Meaning meaning = query.isEmpty() || "keyword".equals(mode) ? SearchResults.Meaning.NOT_ASKED
                : meaningNow();
        Matches matches = query.isEmpty() ? Matches.NOTHING_SEARCHABLE
                : finder.find(query, filters, page.offset(), page.size(),
                        meaning == SearchResults.Meaning.USED ? model.question(String.join(" ", query.keywords()))
                                : null);
        Set<String> marked = new LinkedHashSet<>(query.keywords());
        query.words().forEach(word -> marked.addAll(queries.partsOf(word)));
        List<SearchHit> hits = new ArrayList<>();
        for (Match match : matches.items()) {
            Item item = match.item();
            hits.add(match.byMeaning()
                    ? new SearchHit(item, HtmlUtils.htmlEscape(match.passage(), StandardCharsets.UTF_8.name()),
                            SearchHit.MEANING)
                    : new SearchHit(item, Snippets.highlight(item.texts(), match.foldedTexts(), marked),
                            SearchHit.KEYWORD));
        }
        boolean blank = matches == Matches.NOTHING_SEARCHABLE;
        if (blank) {
            meaning = SearchResults.Meaning.NOT_ASKED;
        }
        return new SearchResults(hits, matches.total(), page.page(), page.size(), matches.facets(), blank, meaning);
    }

    /** Whether the model and the index's vectors of it are ready for a question now. */
    private SearchResults.Meaning meaningNow() {
        if (model == null) {
            return SearchResults.Meaning.UNAVAILABLE;
        }
        return switch (model.state()) {
            case READY -> model.id().equals(index.vectorModel()) ? SearchResults.Meaning.USED
                    : SearchResults.Meaning.PREPARING;
            case LOADING -> SearchResults.Meaning.PREPARING;
            case OFF, UNAVAILABLE -> SearchResults.Meaning.UNAVAILABLE;
        };
    }
}
