package org.yulu.search;

import org.junit.jupiter.api.Test;
import org.yulu.corpus.ExchangeItem;
import org.yulu.corpus.QuoteItem;
import org.yulu.corpus.SourceRef;
import org.yulu.system.BadRequestException;
import org.yulu.system.PageParams;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yulu.search.SeedCorpus.BLOG;
import static org.yulu.search.SeedCorpus.THOUGHTS;

/** Filters, facets, pages and snippets of searches over the seed texts. */
class SearchServiceTest {

    static final SearchService search = SeedCorpus.search();

    @Test
    void countsMatchesPerTypeSpeakerAndSource() {
        SearchResults results = search("创新", null, null, null, "1", "20");
        assertThat(results.total()).isEqualTo(23);
        assertThat(results.facets().type()).containsExactly(Map.entry("quote", 13L), Map.entry("exchange", 10L));
        assertThat(results.facets().speaker()).containsExactly(Map.entry("梁文锋", 17L), Map.entry("北风", 6L));
        assertThat(results.facets().source()).containsExactly(Map.entry(BLOG, 16L), Map.entry(THOUGHTS, 7L));
        assertThat(results.facets().sourceTitle(THOUGHTS)).isEqualTo("DeepSeek创始人梁文锋的30条思考");
    }

    @Test
    void aFilterNarrowsTheHitsAndTheOtherFacetsButKeepsItsOwnAlternatives() {
        SearchResults results = search("创新", "quote", null, null, "1", "20");
        assertThat(results.total()).isEqualTo(13);
        assertThat(results.items()).extracting(hit -> hit.item().type()).containsOnly("quote");
        assertThat(results.facets().type()).containsExactly(Map.entry("quote", 13L), Map.entry("exchange", 10L));
        assertThat(results.facets().speaker()).containsExactly(Map.entry("梁文锋", 7L), Map.entry("北风", 6L));
        assertThat(results.facets().source()).containsExactly(Map.entry(THOUGHTS, 7L), Map.entry(BLOG, 6L));
    }

    @Test
    void filtersBySpeakerAndSource() {
        assertThat(search("创新", null, "北风", null, "1", "20").items()).extracting(hit -> hit.item().speaker())
                .hasSize(6).containsOnly("北风");
        assertThat(search("创新", null, null, THOUGHTS, "1", "20").items()).extracting(h -> h.item().source().id())
                .hasSize(7).containsOnly(THOUGHTS);
        assertThat(search("创新", "exchange", "北风", null, "1", "20").total()).isZero();
        assertThat(search("创新", null, "nobody", null, "1", "20").total()).isZero();
    }

    @Test
    void pagesSliceOneRanking() {
        List<String> all = ids(search("创新", null, null, null, "1", "100"));
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            SearchResults results = search("创新", null, null, null, String.valueOf(page), "10");
            assertThat(results.total()).isEqualTo(23);
            assertThat(results.page()).isEqualTo(page);
            paged.addAll(ids(results));
        }
        assertThat(paged).isEqualTo(all).hasSize(23);
        assertThat(search("创新", null, null, null, "4", "10").items()).isEmpty();
    }

    @Test
    void pagesSliceOneRankingPastTheHitsThatWordsReorder() {
        // both titles say DeepSeek, so all 62 items match: more than the first 50, which words reorder
        List<String> all = ids(search("DeepSeek", null, null, null, "1", "100"));
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 10; page++) {
            paged.addAll(ids(search("DeepSeek", null, null, null, String.valueOf(page), "7")));
        }
        assertThat(paged).isEqualTo(all).hasSize(62);
    }

    @Test
    void pagesCrossFromWholeMatchesToPartialOnes() {
        List<String> all = ids(search("大模型", null, null, null, "1", "100"));
        assertThat(ids(search("大模型", null, null, null, "3", "4"))).isEqualTo(all.subList(8, 12));
    }

    @Test
    void aBlankQueryFindsNothingAndSaysSo() {
        for (String q : new String[] {null, "", "   ", "*", "\"\"", "-创新"}) {
            SearchResults results = search(q, null, null, null, "1", "20");
            assertThat(results.blankQuery()).as(q).isTrue();
            assertThat(results.items()).as(q).isEmpty();
            assertThat(results.total()).as(q).isZero();
        }
        assertThat(search("创新", null, null, null, "1", "20").blankQuery()).isFalse();
    }

    @Test
    void anUnknownTypeIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> search("创新", "quotes", null, null, "1", "20"))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("type must be quote or exchange, not 'quotes'");
    }

    @Test
    void aHitCarriesTheItemAsTheReadApiShowsItAndItsSnippet() {
        SearchHit hit = search("護城河 闭源", null, null, null, "1", "20").items().get(0);
        assertThat(hit.item().id()).isEqualTo(BLOG + "-5");
        assertThat(hit.item().url()).isEqualTo("/exchanges/" + BLOG + "-5");
        assertThat(hit.item().type()).isEqualTo("exchange");
        assertThat(hit.item().speaker()).isEqualTo("梁文锋");
        assertThat(hit.item().source()).isEqualTo(new SourceRef(BLOG, "deepseek创始人的专访和北风对技术的回顾"));
        assertThat(hit.item()).isInstanceOf(ExchangeItem.class);
        assertThat(((ExchangeItem) hit.item()).position()).isEqualTo(5);
        assertThat(hit.highlight())
                .startsWith("在颠覆性的技术面前,<mark>闭源</mark>形成的<mark>护城河</mark>是短暂的,即使OpenAI<mark>闭源</mark>");
    }

    @Test
    void aTraditionalQueryMarksTheSimplifiedText() {
        SearchHit hit = search("創新", null, null, THOUGHTS, "1", "20").items().stream()
                .filter(h -> h.item().id().equals(THOUGHTS + "-29")).findFirst().orElseThrow();
        assertThat(hit.highlight()).isEqualTo("大部分中国公司习惯follow,而不是<mark>创新</mark>。");
    }

    @Test
    void markupInATextNeverReachesTheSnippet() throws IOException {
        SourceRef source = new SourceRef("evil", "<b>标题</b>");
        QuoteItem quote = new QuoteItem("quote", "evil-1", "/quotes/evil-1", "某人", source, 1, null, null,
                "<script>alert('创新')</script>", List.of());
        try (SearchIndex evil = SearchIndex.inMemory(sink -> sink.accept(quote))) {
            evil.rebuild();
            SearchHit hit = new SearchService(evil, MatchCache.of(evil))
                    .search(new SearchRequest("创新", null, null, null, null)).items().get(0);
            assertThat(hit.highlight()).isEqualTo("&lt;script&gt;alert(&#39;<mark>创新</mark>&#39;)&lt;/script&gt;");
            assertThat(hit.item()).isEqualTo(quote);
        }
    }

    static SearchResults search(String q, String type, String speaker, String source, String page, String size) {
        return search.search(new SearchRequest(q, type, speaker, source, PageParams.of(page, size)));
    }

    static List<String> ids(SearchResults results) {
        return results.items().stream().map(hit -> hit.item().id()).toList();
    }
}
