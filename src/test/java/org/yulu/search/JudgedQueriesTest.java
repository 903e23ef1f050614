package org.yulu.search;

import org.junit.jupiter.api.Test;
import org.yulu.corpus.Item;
import org.yulu.system.PageParams;
import org.yulu.text.TextFolding;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yulu.search.SeedCorpus.BLOG;
import static org.yulu.search.SeedCorpus.THOUGHTS;

/**
 * Queries with known answers over the seed texts. Every expected set was checked by hand against the texts; the
 * scan in {@link #itemsContaining} proves the sets are complete.
 */
class JudgedQueriesTest {

    static final SeedCorpus corpus = SeedCorpus.load();
    static final SearchService search = SeedCorpus.search();

    @Test
    void findsEveryItemHoldingAPlainWord() {
        assertThat(ids("护城河")).containsExactlyInAnyOrder(BLOG + "-5", BLOG + "-15");
        assertThat(ids("创新")).hasSize(23).containsExactlyInAnyOrderElementsOf(itemsContaining("创新"));
    }

    @Test
    void findsNamesThatSmartcnCutsIntoCharacters() {
        assertThat(ids("英伟达")).containsExactlyInAnyOrder(BLOG + "-7", BLOG + "-15");
        assertThat(ids("朱啸虎")).containsExactly(BLOG + "-6");
        assertThat(ids("码农")).containsExactlyInAnyOrder(BLOG + "-30", BLOG + "-31");
        assertThat(ids("显卡")).containsExactly(BLOG + "-15");
    }

    @Test
    void aSpeakersNameFindsEveryItemOfThatSpeaker() {
        // 30 thoughts and 16 answers are his; his name stands in no other item
        assertThat(ids("梁文锋")).hasSize(46).containsExactlyInAnyOrderElementsOf(itemsContaining("梁文锋"));
        // 北风 wrote the blog: his name is in its title, so all 32 of its items are found
        assertThat(ids("北风")).hasSize(32).containsExactlyInAnyOrderElementsOf(itemsContaining("北风"));
    }

    @Test
    void findsEnglishTermsUnstemmedAndWhole() {
        assertThat(ids("JetBrains")).containsExactlyInAnyOrder(BLOG + "-30", BLOG + "-31");
        assertThat(ids("jetbrain")).isEmpty();
        assertThat(ids("AGI")).containsExactlyInAnyOrder(THOUGHTS + "-1", THOUGHTS + "-2", THOUGHTS + "-4",
                THOUGHTS + "-26", BLOG + "-11");
        assertThat(ids("follow")).containsExactlyInAnyOrder(THOUGHTS + "-29", BLOG + "-2", BLOG + "-5");
    }

    @Test
    void traditionalAndFullWidthQueriesFindWhatTheirFoldedFormsFind() {
        assertThat(ids("創新")).isEqualTo(ids("创新"));
        assertThat(ids("護城河")).containsExactlyInAnyOrder(BLOG + "-5", BLOG + "-15");
        assertThat(ids("英偉達")).containsExactlyInAnyOrder(BLOG + "-7", BLOG + "-15");
        assertThat(ids("ＡＧＩ")).isEqualTo(ids("AGI"));
    }

    @Test
    void severalWordsMustAllMatch() {
        assertThat(ids("创新 AGI")).containsExactly(BLOG + "-11");
        assertThat(ids("护城河 英伟达")).containsExactly(BLOG + "-15");
        assertThat(ids("护城河 朱啸虎")).isEmpty();
    }

    @Test
    void aQuotedPhraseMatchesOnlyThatSequenceIgnoringPunctuation() {
        assertThat(ids("\"follow而不是创新\"")).containsExactlyInAnyOrder(THOUGHTS + "-29", BLOG + "-2");
        assertThat(ids("“跟量化和金融”")).containsExactly(THOUGHTS + "-1");
        assertThat(ids("\"金融 跟量化\"")).isEmpty();
    }

    @Test
    void aMinusExcludesItemsHoldingTheWord() {
        List<String> expected = itemsContaining("创新");
        expected.removeAll(itemsContaining("follow"));
        assertThat(ids("创新 -follow")).hasSize(20).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ids("护城河 -显卡")).containsExactly(BLOG + "-5");
        assertThat(ids("护城河 -\"英伟达的显卡\"")).containsExactly(BLOG + "-5");
    }

    @Test
    void itemsHoldingTheWholeKeywordComeBeforeItemsHoldingOnlyItsParts() {
        // smartcn reads 大模型 as 大 + 模型: ten items say 大模型, three more only 模型
        List<String> found = ids("大模型");
        assertThat(found).hasSize(13);
        assertThat(found.subList(0, 10)).containsExactlyInAnyOrderElementsOf(itemsContaining("大模型"));
        assertThat(found.subList(10, 13)).containsExactlyInAnyOrder(THOUGHTS + "-9", THOUGHTS + "-25", BLOG + "-13");
        assertThat(found.subList(10, 13)).allSatisfy(id -> assertThat(itemsContaining("模型")).contains(id));
    }

    @Test
    void aNameStaysWholeWhenAKeywordJoinsItToAWord() {
        // 梁文锋创新 is nowhere verbatim; his items that mention 创新 are found, no item merely holding 梁, 文 or 锋
        List<String> expected = itemsContaining("创新");
        expected.retainAll(itemsContaining("梁文锋"));
        assertThat(ids("梁文锋创新")).hasSize(17).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void itemsWhereTheKeywordIsAWordRankAboveItemsWhereItIsInsideALongerWord() {
        // only 003-11 has 创新 inside 创新型, and it says it once
        assertThat(ids("创新")).last().isEqualTo(BLOG + "-11");
    }

    @Test
    void aKeywordInTheTextRanksAboveTheSameKeywordInATitle() {
        // both titles say DeepSeek; four items also say it
        List<String> found = ids("DeepSeek");
        assertThat(found).hasSize(62);
        assertThat(found.subList(0, 4)).containsExactlyInAnyOrder(BLOG + "-2", BLOG + "-8", BLOG + "-11", BLOG + "-13");
    }

    static List<String> ids(String q) {
        return search(q, null).items().stream().map(hit -> hit.item().id()).toList();
    }

    static SearchResults search(String q, String type) {
        return search.search(new SearchRequest(q, type, null, null, PageParams.of("1", "100")));
    }

    /** Ids of the items whose folded texts, speaker or source title hold the folded keyword verbatim. */
    static List<String> itemsContaining(String keyword) {
        String folded = TextFolding.fold(keyword);
        return new java.util.ArrayList<>(corpus.items().stream()
                .filter(item -> TextFolding.fold(String.join("\n", item.texts()) + "\n" + String.join("\n",
                        item.names())).contains(folded))
                .map(Item::id)
                .toList());
    }
}
