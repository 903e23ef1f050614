package org.yulu.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordRankingTest {

    private final WordRanking ranking = new WordRanking();

    /** The hits in the order {@link WordRanking#rerank} puts them, each hit one text, all holding 创新 whole. */
    private List<String> ranked(String... texts) {
        List<String> hits = List.of(texts);
        return ranking.rerank(hits, hits.size(), ranking.wordsOf(List.of("创新")), i -> List.of(hits.get(i)));
    }

    @Test
    void aHitWhereTheKeywordIsAWordComesBeforeOneWhereItIsInsideALongerWord() {
        String inside = "我们是一家创新型企业。";
        String standing = "我们要做的就是创新。";
        assertThat(ranked(inside, standing)).containsExactly(standing, inside);
    }

    @Test
    void aWordFurtherOnInASentenceAlreadySegmentedIsFound() {
        // the second sentence is segmented when its first 创新 (inside 创新型) is looked at; the second stands alone
        String both = "这是第一句。创新型企业很多，但我们要做的就是创新。";
        String inside = "我们是一家创新型企业。";
        assertThat(ranked(inside, both)).containsExactly(both, inside);
        assertThat(ranked(both, inside)).containsExactly(both, inside);
    }

    @Test
    void aSentenceTooLongToKeepIsSegmentedAroundTheKeyword() {
        String filler = "我们说了很多话，".repeat(WordRanking.LONGEST_CACHED / 8 + 1);
        String inside = filler + "我们是一家创新型企业，" + filler;
        String standing = filler + "我们要做的就是创新，" + filler;
        assertThat(inside.length()).isGreaterThan(WordRanking.LONGEST_CACHED);
        assertThat(ranked(inside, standing)).containsExactly(standing, inside);
    }
}
