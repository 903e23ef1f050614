package org.yulu.search;

import org.junit.jupiter.api.Test;
import org.yulu.meaning.JudgedQuestions;
import org.yulu.meaning.JudgedQuestions.Judged;
import org.yulu.meaning.SharedModel;
import org.yulu.system.PageParams;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yulu.search.SeedCorpus.BLOG;
import static org.yulu.search.SeedCorpus.THOUGHTS;

/**
 * Searches by meaning over the seeds, with the model shipped: the judged questions find an answer among the first
 * five hits and the unrelated ones find nothing (docs/meaning-search.md), and keyword matches keep their places.
 */
class MeaningSearchTest {

    static final SearchService search = meaningSearch();

    static SearchService meaningSearch() {
        SeedCorpus seeds = SeedCorpus.load();
        SearchIndex index = SearchIndex.inMemory(seeds, SharedModel.vectorsOf(seeds));
        index.rebuild();
        return new SearchService(index, MatchCache.of(index), SharedModel.get());
    }

    @Test
    void everyJudgedQuestionFindsAnAnswerAmongTheFirstFiveHits() {
        List<String> missed = new ArrayList<>();
        for (Judged judged : JudgedQuestions.related()) {
            List<String> firstFive = ids(search(judged.question(), null)).stream().limit(5).toList();
            if (firstFive.stream().noneMatch(judged.relevant()::contains)) {
                missed.add(judged.question() + " " + firstFive);
            }
        }
        // the one question a threshold this strict loses (docs/meaning-search.md)
        assertThat(missed).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void unrelatedQuestionsFindNothing() {
        for (Judged judged : JudgedQuestions.unrelated()) {
            SearchResults results = search(judged.question(), null);
            assertThat(results.total()).as(judged.question()).isZero();
            assertThat(results.meaning()).isEqualTo(SearchResults.Meaning.USED);
        }
    }

    @Test
    void questionsSharingNoWordWithTheirAnswersFindThemByMeaning() {
        SearchResults hiring = search("招聘", null);
        assertThat(search("招聘", "keyword").total()).isZero();
        assertThat(hiring.items()).isNotEmpty().allMatch(SearchHit::byMeaning);
        assertThat(ids(hiring).subList(0, 3)).containsAnyOf(THOUGHTS + "-12", THOUGHTS + "-14", BLOG + "-10");
        assertThat(ids(search("他怎么看待美国", null))).contains(BLOG + "-6");
        assertThat(ids(search("DeepSeek怎么招聘员工", null))).isNotEmpty();
    }

    @Test
    void keywordMatchesComeFirstExactlyAsKeywordSearchReturnsThem() {
        for (String q : List.of("护城河", "创新", "梁文锋", "英伟达", "码农", "AGI", "创新 -follow", "大模型", "護城河",
                "\"follow而不是创新\"", "开源")) {
            List<SearchHit> keyword = search(q, "keyword").items();
            List<SearchHit> both = search(q, null).items();
            assertThat(ids(both.subList(0, keyword.size()))).as(q).isEqualTo(ids(keyword));
            assertThat(both.subList(0, keyword.size())).as(q).noneMatch(SearchHit::byMeaning);
            assertThat(both.subList(keyword.size(), both.size())).as(q).allMatch(SearchHit::byMeaning);
            assertThat(search(q, null).total()).as(q).isEqualTo(both.size());
        }
    }

    @Test
    void aHitByMeaningShowsItsNearestPassageAndFiltersAndFacetsCountIt() {
        SearchResults all = search("公司挑新人最看重什么", null);
        SearchHit first = all.items().get(0);
        assertThat(first.match()).isEqualTo("meaning");
        assertThat(first.item().words()).contains(first.highlight().replace("&quot;", "\""));
        long quotes = all.items().stream().filter(h -> h.item().type().equals("quote")).count();
        assertThat(all.facets().type().get("quote")).isEqualTo(quotes);
        SearchResults onlyQuotes = SearchServiceTest.search.search(new SearchRequest("公司挑新人最看重什么", "quote",
                null, null, PageParams.of("1", "100")));
        assertThat(onlyQuotes.total()).isZero(); // the keyword-only search of the other tests finds none
        SearchResults filtered = search.search(new SearchRequest("公司挑新人最看重什么", "quote", null, null,
                PageParams.of("1", "100")));
        assertThat(filtered.total()).isEqualTo(quotes);
        assertThat(filtered.items()).allMatch(h -> h.item().type().equals("quote"));
        assertThat(filtered.facets().type()).isEqualTo(all.facets().type());
    }

    @Test
    void pagesSliceTheKeywordMatchesAndThenTheHitsByMeaning() {
        List<String> all = ids(search("开源", null));
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= (all.size() + 2) / 3; page++) {
            paged.addAll(ids(search.search(new SearchRequest("开源", null, null, null,
                    PageParams.of(String.valueOf(page), "3")))));
        }
        assertThat(paged).isEqualTo(all);
    }

    static SearchResults search(String q, String mode) {
        return search.search(new SearchRequest(q, null, null, null, PageParams.of("1", "100"), mode));
    }

    static List<String> ids(SearchResults results) {
        return ids(results.items());
    }

    static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(hit -> hit.item().id()).toList();
    }
}
