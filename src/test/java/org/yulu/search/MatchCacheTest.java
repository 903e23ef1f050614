package org.yulu.search;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers are worked out once per index: cached until the index is swapped, or never where nothing is cached. */
class MatchCacheTest {

    static final Matches FIRST = new Matches(List.of(), 1, Facets.NONE);
    static final Matches SECOND = new Matches(List.of(), 2, Facets.NONE);

    @Test
    void answersAQuestionAgainFromTheCacheUntilTheIndexIsSwapped() throws IOException {
        try (SearchIndex index = SearchIndex.inMemory(SeedCorpus.load())) {
            index.rebuild();
            MatchCache cache = MatchCache.of(index);
            MatchCache.Question question = questionTo(index);

            assertThat(cache.answer(question, () -> FIRST)).isSameAs(FIRST);
            assertThat(cache.answer(question, () -> SECOND)).isSameAs(FIRST);
            index.rebuild();
            assertThat(cache.answer(question, () -> SECOND)).isSameAs(SECOND);
        }
    }

    @Test
    void cachingNothingWorksEveryAnswerOut() throws IOException {
        try (SearchIndex index = SearchIndex.inMemory(SeedCorpus.load())) {
            index.rebuild();
            MatchCache cache = MatchCache.none();
            MatchCache.Question question = questionTo(index);

            assertThat(cache.answer(question, () -> FIRST)).isSameAs(FIRST);
            assertThat(cache.answer(question, () -> SECOND)).isSameAs(SECOND);
        }
    }

    /** A question to the index searches read now. */
    private static MatchCache.Question questionTo(SearchIndex index) {
        return index.read(searcher -> new MatchCache.Question(searcher.getIndexReader(), SearchQuery.parse("创新"),
                new SearchFilters(null, null, null), 0, 20));
    }
}
