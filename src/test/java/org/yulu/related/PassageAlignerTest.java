package org.yulu.related;

import org.junit.jupiter.api.Test;
import org.yulu.related.PassageAligner.Passage;
import org.yulu.text.CodePointFolding;

import static org.assertj.core.api.Assertions.assertThat;

/** Passages between folded texts (letters only, simplified script), as {@link CodePointFolding} hands them over. */
class PassageAlignerTest {

    static final String ANSWER = "因为我们觉得现在最重要的是参与到全球创新的浪潮里去过去很多年中国公司习惯了别人做技术创新"
            + "我们拿过来做应用变现但这并非是一种理所当然";

    @Test
    void findsAnExactSentenceInsideALongerText() {
        assertThat(PassageAligner.shared("现在最重要的是参与到全球创新的浪潮里去", ANSWER))
                .containsExactly(new Passage(0, 19, 6, 25, 19));
    }

    @Test
    void aWordAddedAndAWordChangedKeepOnePassage() {
        String edited = "我们觉得现在最重要的是加入到全球创新的浪潮里去过去很多年中国公司都习惯了别人做技术创新";
        assertThat(PassageAligner.shared(edited, ANSWER)).containsExactly(new Passage(0, 43, 2, 44, 11 + 19 + 10));
    }

    @Test
    void stockPhrasesAndCommonWordsAreNoPassage() {
        String stock = "技术创新不是口号大部分中国公司习惯先看市场再谈创新我们更愿意先把问题想清楚再谈中国公司的技术创新";
        assertThat(PassageAligner.shared(stock, "大部分中国公司习惯follow而不是创新")).isEmpty();
        assertThat(PassageAligner.shared(stock, ANSWER)).isEmpty();
        assertThat(PassageAligner.shared("创新", "创新")).isEmpty();
    }

    @Test
    void aPassageNeedsOneUnbrokenRunOfEighteenCharacters() {
        String seventeen = "是参与到全球创新的浪潮里去过去很多";
        assertThat(seventeen).hasSize(PassageAligner.MIN_ANCHOR - 1);
        assertThat(PassageAligner.shared(seventeen, ANSWER)).isEmpty();
        assertThat(PassageAligner.shared(seventeen + "年", ANSWER)).containsExactly(new Passage(0, 18, 12, 30, 18));
    }

    @Test
    void twoSentencesFarApartAreTwoPassages() {
        String both = "现在最重要的是参与到全球创新的浪潮里去" + "另外说一句很长很长很长的别的话" + "中国公司习惯了别人做技术创新我们拿过来做应用变现";
        assertThat(PassageAligner.shared(both, ANSWER)).containsExactly(
                new Passage(34, 58, 30, 54, 24),
                new Passage(0, 19, 6, 25, 19));
    }
}
