package org.yulu.search;

import org.junit.jupiter.api.Test;
import org.yulu.system.PageParams;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yulu.search.JudgedQueriesTest.itemsContaining;
import static org.yulu.search.SeedCorpus.BLOG;
import static org.yulu.search.SeedCorpus.THOUGHTS;

/**
 * Pinyin, initials and sound-alike typos over the seeds, each expected set checked against the texts: what readers
 * type on a phone without an input method, or with the wrong character of the right sound.
 */
class PinyinSearchTest {

    static final SearchService search = typoSearch();

    static SearchService typoSearch() {
        SearchIndex index = SearchIndex.inMemory(SeedCorpus.load());
        index.rebuild();
        return new SearchService(index, MatchCache.of(index), Suggestions.of(SeedCorpus.load()));
    }

    @Test
    void fullSyllablesFindTheCharactersJoinedSpacedOrInAnyCase() {
        List<String> chuangxin = ids("chuangxin");
        assertThat(chuangxin).hasSize(23).containsExactlyInAnyOrderElementsOf(itemsContaining("创新"));
        assertThat(ids("chuang xin")).isEqualTo(chuangxin);
        assertThat(ids("ChuangXin")).isEqualTo(chuangxin);
        assertThat(ids("huchenghe")).containsExactlyInAnyOrder(BLOG + "-5", BLOG + "-15");
        assertThat(ids("yingweida")).containsExactlyInAnyOrder(BLOG + "-7", BLOG + "-15");
    }

    @Test
    void pinyinHitsAreMarkedAndTheirChineseHighlighted() {
        SearchResults found = search("huchenghe");
        assertThat(found.items()).allSatisfy(hit -> {
            assertThat(hit.match()).isEqualTo(SearchHit.PINYIN);
            assertThat(hit.highlight()).contains("<mark>护城河</mark>");
        });
    }

    @Test
    void polyphonesAreReadByTheirWord() {
        // 长期 is changqi, never zhangqi; 模型 is moxing
        assertThat(ids("changqi")).containsExactlyInAnyOrderElementsOf(itemsContaining("长期"));
        assertThat(ids("zhangqi")).isEmpty();
        assertThat(ids("moxing")).containsExactlyInAnyOrderElementsOf(itemsContaining("模型"));
    }

    @Test
    void initialsFindThePhrasesTheyBegin() {
        assertThat(ids("hch")).containsExactlyInAnyOrder(BLOG + "-5", BLOG + "-15");
        assertThat(search("hch").items()).allSatisfy(hit -> assertThat(hit.highlight()).contains("<mark>护城河</mark>"));
        // 梁文锋 is the speaker of every item that holds his name, so his initials find them as his name does
        assertThat(ids("lwf")).containsExactlyInAnyOrderElementsOf(ids("梁文锋"));
    }

    @Test
    void englishTermsReadAsNoPinyinAndFindTheirTextAlone() {
        for (String term : List.of("AGI", "Llama", "follow", "GPT3", "JetBrains", "DeepSeek", "OpenAI")) {
            assertThat(search(term).items()).as(term).isNotEmpty().allMatch(hit -> hit.match().equals(SearchHit.KEYWORD));
        }
        assertThat(ids("follow")).containsExactlyInAnyOrder(THOUGHTS + "-29", BLOG + "-2", BLOG + "-5");
    }

    @Test
    void aChineseQueryThatFindsNothingIsRetriedByTheWordsReadingAlike() {
        assertCorrected("梁文峰", "梁文锋", itemsContaining("梁文锋"));
        assertCorrected("英伟大", "英伟达", List.of(BLOG + "-7", BLOG + "-15"));
        assertCorrected("护城合", "护城河", List.of(BLOG + "-5", BLOG + "-15"));
        assertCorrected("护城合 显卡", "护城河 显卡", List.of(BLOG + "-15"));
    }

    @Test
    void aQueryThatFindsSomethingAsTypedIsNeverCorrected() {
        assertThat(search("护城河").correctedQuery()).isNull();
        assertThat(search("梁文锋").correctedQuery()).isNull();
    }

    @Test
    void exactSearchesTheWordsAsTyped() {
        SearchResults asTyped = search.search(new SearchRequest("梁文峰", null, null, null, PageParams.of("1", "100"),
                null, true));
        assertThat(asTyped.total()).isZero();
        assertThat(asTyped.correctedQuery()).isNull();
    }

    @Test
    void anUnrelatedQuestionStillFindsNothing() {
        for (String question : List.of("今天天气怎么样", "量子计算机的未来", "火星上有生命吗", "码龙")) {
            SearchResults found = search(question);
            assertThat(found.total()).as(question).isZero();
            assertThat(found.correctedQuery()).as(question).isNull();
        }
    }

    private static void assertCorrected(String typed, String corrected, List<String> expected) {
        SearchResults found = search(typed);
        assertThat(found.correctedQuery()).as(typed).isEqualTo(corrected);
        assertThat(found.items()).extracting(hit -> hit.item().id()).as(typed)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    static List<String> ids(String q) {
        return search(q).items().stream().map(hit -> hit.item().id()).toList();
    }

    static SearchResults search(String q) {
        return search.search(new SearchRequest(q, null, null, null, PageParams.of("1", "100"), "keyword"));
    }
}
