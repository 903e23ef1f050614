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
import java.util.concurrent.CompletableFuture;

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
    private final Suggestions suggestions;
    private final KeywordQueries queries = new KeywordQueries();
    private final SoundAlikes soundAlikes = new SoundAlikes(queries);

    /** By keyword alone. */
    public SearchService(SearchIndex index, MatchCache cache) {
        this(index, cache, null, null);
    }

    /** By keyword alone, with a query that finds nothing retried by words of the corpus reading alike. */
    public SearchService(SearchIndex index, MatchCache cache, Suggestions suggestions) {
        this(index, cache, null, suggestions);
    }

    /** By keyword, then by meaning once {@code model} is ready; by keyword alone where it is null. */
    public SearchService(SearchIndex index, MatchCache cache, MeaningModel model) {
        this(index, cache, model, null);
    }

    /** As above, and retrying a query that finds nothing by the words of {@code suggestions} reading alike. */
    @Autowired
    public SearchService(SearchIndex index, MatchCache cache, MeaningModel model, Suggestions suggestions) {
        this.index = index;
        this.finder = new MatchFinder(index, cache);
        this.model = model;
        this.suggestions = suggestions;
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
        SearchQuery typed = SearchQuery.parse(request.q());
        index.ensureBuilt();
        SearchFilters filters = new SearchFilters(type, QueryValue.strippedOrNull(request.speaker()),
                QueryValue.strippedOrNull(request.source()));
        SearchResults.Meaning meaning = typed.isEmpty() || "keyword".equals(mode) ? SearchResults.Meaning.NOT_ASKED
                : meaningNow();
        Matches matches = matchesOf(typed, filters, page, meaning);
        String corrected = request.exact() ? null : soundingAlike(typed, filters, matches);
        SearchQuery query = typed;
        if (corrected != null) {
            query = SearchQuery.parse(corrected);
            matches = matchesOf(query, filters, page, meaning);
        }
        Set<String> marked = new LinkedHashSet<>(query.keywords());
        query.words().forEach(word -> marked.addAll(queries.partsOf(word)));
        PinyinQuery pinyin = PinyinQuery.of(query);
        List<SearchHit> hits = new ArrayList<>();
        for (Match match : matches.items()) {
            hits.add(hit(match, marked, pinyin));
        }
        boolean blank = matches == Matches.NOTHING_SEARCHABLE;
        if (blank) {
            meaning = SearchResults.Meaning.NOT_ASKED;
        }
        return new SearchResults(hits, matches.total(), page.page(), page.size(), matches.facets(), blank, meaning,
                corrected);
    }

    /**
     * The answer, worked out on this thread when no question must be encoded for it (most searches: by keyword,
     * before the model is ready, or a question asked lately), else on one of the model's threads once the question
     * is encoded, so the caller's thread is free meanwhile.
     *
     * @throws BadRequestException (at once or failing the future) as {@link #search} does
     */
    public CompletableFuture<SearchResults> searchSoon(SearchRequest request) {
        String question = questionToEncode(request);
        if (question == null) {
            return CompletableFuture.completedFuture(search(request));
        }
        return model.questionLater(question).thenApply(vector -> search(request));
    }

    /** The words a search by meaning would encode that are not encoded yet, or null. */
    private String questionToEncode(SearchRequest request) {
        String mode = QueryValue.strippedOrNull(request.mode());
        SearchQuery typed = SearchQuery.parse(request.q());
        boolean byMeaning = mode == null || "meaning".equals(mode);
        if (typed.isEmpty() || !byMeaning || meaningNow() != SearchResults.Meaning.USED) {
            return null;
        }
        String question = questionOf(typed);
        return model.hasQuestion(question) ? null : question;
    }

    private static String questionOf(SearchQuery query) {
        return String.join(" ", query.keywords());
    }

    private Matches matchesOf(SearchQuery query, SearchFilters filters, PageParams page,
            SearchResults.Meaning meaning) {
        return query.isEmpty() ? Matches.NOTHING_SEARCHABLE
                : finder.find(query, filters, page.offset(), page.size(),
                        meaning == SearchResults.Meaning.USED ? model.question(questionOf(query))
                                : null);
    }

    /**
     * The query written with the corpus's words that read as its own, when what was typed finds nothing by keyword
     * and that finds something; else null. Searches with a keyword hit on their page, nearly all, cost nothing more.
     */
    private String soundingAlike(SearchQuery typed, SearchFilters filters, Matches found) {
        if (suggestions == null || found.items().stream().anyMatch(match -> !match.byMeaning())) {
            return null;
        }
        String corrected = soundAlikes.corrected(typed, suggestions.words());
        if (corrected == null) {
            return null;
        }
        // a page of items found by meaning alone may follow keyword hits on the pages before it
        boolean typedFinds = found.total() > 0 && finder.find(typed, filters, 0, 1).total() > 0;
        return !typedFinds && finder.find(SearchQuery.parse(corrected), filters, 0, 1).total() > 0 ? corrected : null;
    }

    private static SearchHit hit(Match match, Set<String> marked, PinyinQuery pinyin) {
        Item item = match.item();
        if (match.byMeaning()) {
            return new SearchHit(item, HtmlUtils.htmlEscape(match.passage(), StandardCharsets.UTF_8.name()),
                    SearchHit.MEANING);
        }
        if (match.byPinyin()) {
            Set<String> runs = new LinkedHashSet<>();
            match.foldedTexts().forEach(folded -> runs.addAll(pinyin.runsIn(folded)));
            return new SearchHit(item, Snippets.highlight(item.texts(), match.foldedTexts(), runs), SearchHit.PINYIN);
        }
        return new SearchHit(item, Snippets.highlight(item.texts(), match.foldedTexts(), marked), SearchHit.KEYWORD);
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
