package org.yulu.card;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

class LineBreakerTest {

    /** As a CJK font sets text: Han characters and full-width punctuation one em, the rest half an em. */
    static final ToDoubleFunction<String> EMS = text -> text.codePoints()
            .mapToDouble(c -> c < 0x2E80 && c != '…' && c != '—' ? 0.5 : 1).sum();

    static List<String> lines(String text, double width) {
        return LineBreaker.lines(text, EMS, width);
    }

    @Test
    void breaksChineseBetweenAnyTwoCharactersToFillEachLine() {
        assertThat(lines("我们要做的是通用人工智能也就是大模型", 6))
                .containsExactly("我们要做的是", "通用人工智能", "也就是大模型");
    }

    @Test
    void neverStartsALineWithClosingPunctuation() {
        assertThat(lines("我们做大模型，跟量化和金融都没有直接关系。", 6))
                .containsExactly("我们做大模", "型，跟量化和", "金融都没有直", "接关系。");
        assertThat(lines("这是非常普通的一个。他们之所以惊讶？", 9))
                .containsExactly("这是非常普通的一", "个。他们之所以", "惊讶？");
    }

    @Test
    void neverEndsALineWithOpeningPunctuation() {
        assertThat(lines("他说过一句「我们不会过早设计应用」", 6))
                .containsExactly("他说过一句", "「我们不会过", "早设计应用」");
        assertThat(lines("出自杰华评科技《DeepSeek创始人的30条思考》", 8))
                .containsExactly("出自杰华评科技", "《DeepSeek创始人", "的30条思考》");
    }

    @Test
    void keepsEllipsesAndDashesWithTheWordsBeforeThem() {
        assertThat(lines("创新的成本肯定不低……但现在你看", 8))
                .containsExactly("创新的成本肯定不", "低……但现在你看");
        assertThat(lines("一二三四五六七——八九", 8)).containsExactly("一二三四五六", "七——八九");
    }

    @Test
    void keepsHalfWidthPunctuationAsTheCorpusWritesItOffTheLineStart() {
        assertThat(lines("我们做大模型,跟量化和金融都没有直接关系.", 6))
                .allSatisfy(line -> assertThat(line).doesNotStartWith(",").doesNotStartWith("."));
        assertThat(lines("他说\"你好\"然后走了", 3)).containsExactly("他说", "\"你好\"", "然后", "走了");
    }

    @Test
    void neverLeavesOneCharacterAloneOnAParagraphsLastLine() {
        assertThat(lines("创新不完全是商业驱动的还需要好奇心", 8)).containsExactly("创新不完全是商业", "驱动的还需要好", "奇心");
        assertThat(lines("创新不完全是商业驱动的还需要好奇。", 8)).containsExactly("创新不完全是商业", "驱动的还需要", "好奇。");
    }

    @Test
    void breaksLatinTextOnlyBetweenWords() {
        assertThat(lines("DeepSeek is building AGI for everyone.", 8))
                .containsExactly("DeepSeek is", "building AGI for", "everyone.");
    }

    @Test
    void keepsAWordOrNumberWholeInMixedScripts() {
        assertThat(lines("语言大模型是通往AGI的必经之路,过去30年我们都只强调赚钱", 7))
                .containsExactly("语言大模型是通", "往AGI的必经之", "路,过去30年我", "们都只强调赚钱");
        assertThat(lines("JetBrains的IDE,e-mail和3.5版", 5)).containsExactly("JetBrains", "的IDE,", "e-mail和", "3.5版");
    }

    @Test
    void breaksAHyphenatedWordAfterAHyphenBetweenLongParts() {
        assertThat(lines("long-standing tradition", 5)).containsExactly("long-", "standing", "tradition");
        assertThat(lines("an e-mail and know-how", 4)).containsExactly("an", "e-mail", "and", "know-how");
    }

    @Test
    void cutsAWordWiderThanAWholeLineWhereItMust() {
        assertThat(lines("链接https://example.com/interview", 6))
                .containsExactly("链接https://", "example.com/", "interview");
    }

    @Test
    void breaksAtEveryNewlineAndDropsSpacesAtLineEnds() {
        assertThat(lines("问 题\n  回答  很长的回答内容", 4)).containsExactly("问 题", "回答 很", "长的回答", "内容");
    }

    @Test
    void aClosingMarkAfterASpaceStaysWithTheWordBeforeIt() {
        assertThat(LineBreaker.units("word )")).containsExactly("word )");
        assertThat(LineBreaker.units("「」")).containsExactly("「」");
    }

    @Property(tries = 300)
    void noLineBreaksARuleOrItsWidth(@ForAll("chinese") String text, @ForAll @IntRange(min = 6, max = 30) int width) {
        List<String> lines = lines(text, width);

        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        for (String line : lines) {
            assertThat(EMS.applyAsDouble(line)).as(line).isLessThanOrEqualTo(width);
            if (!line.isEmpty()) {
                assertThat(LineBreaker.NO_LINE_START.indexOf(line.codePointAt(0))).as(line).isNegative();
                assertThat(LineBreaker.NO_LINE_END.indexOf(line.codePointBefore(line.length()))).as(line).isNegative();
            }
        }
    }

    /** Text as the corpus has it: Han characters, words, numbers, brackets around them, punctuation after them. */
    @Provide
    Arbitrary<String> chinese() {
        Arbitrary<String> han = Arbitraries.strings().withCharRange('一', '龥').ofLength(1);
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1)
                .ofMaxLength(6);
        Arbitrary<String> core = Arbitraries.frequencyOf(Tuple.of(8, han), Tuple.of(2, word),
                Tuple.of(1, word.map(w -> w + " ")));
        Arbitrary<String> opening = Arbitraries.of("", "", "", "", "「", "《", "（", "“");
        Arbitrary<String> closing = Arbitraries.of("", "", "", "", "，", "。", "」", "》", "）", "、", "！", "？", "…", "”");
        Arbitrary<String> piece = Combinators.combine(opening, core, closing).as((o, c, e) -> o + c + e);
        return piece.list().ofMinSize(1).ofMaxSize(80).map(pieces -> String.join("", pieces).strip());
    }
}
