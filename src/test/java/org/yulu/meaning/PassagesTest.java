package org.yulu.meaning;

import org.junit.jupiter.api.Test;
import org.yulu.corpus.ExchangeItem;
import org.yulu.corpus.QuoteItem;
import org.yulu.corpus.SourceRef;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PassagesTest {

    static final SourceRef SOURCE = new SourceRef("s", "标题");

    @Test
    void joinsShortSentencesAndCutsAtSentenceEnds() {
        String text = "技术没有秘密,但重置需要时间和成本。" + "英伟达的显卡,理论上没有任何技术秘密,很容易复制。".repeat(3) + "所以实际的护城河还是很宽。";
        List<String> passages = Passages.of(text);
        assertThat(String.join("", passages)).isEqualTo(text);
        assertThat(passages).hasSize(2).allMatch(p -> p.length() <= Passages.JOINED_UP_TO);
    }

    @Test
    void cutsASentenceWithoutStopsAtItsCommas() {
        String text = "数据结构,算法,编译原理,数学,工程".repeat(20);
        List<String> passages = Passages.of(text);
        assertThat(String.join("", passages)).isEqualTo(text);
        assertThat(passages).allMatch(p -> p.length() <= Passages.LONGEST);
    }

    @Test
    void aQuoteIsItsTextAndAnExchangeItsAnswerAndQuestion() {
        assertThat(Passages.of(new QuoteItem("quote", "s-1", "/quotes/s-1", "某人", SOURCE, 1, null, "小标题",
                "创新需要自信。", List.of()))).containsExactly("创新需要自信。");
        assertThat(Passages.of(new ExchangeItem("exchange", "s-2", "/exchanges/s-2", SOURCE, 2, "记者", "某人",
                "创新很大程度也是一种偶然吗?", "我觉得创新首先是一个信念问题。", List.of())))
                .containsExactly("我觉得创新首先是一个信念问题。", "创新很大程度也是一种偶然吗?");
    }
}
