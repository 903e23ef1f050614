package org.yulu.search;

import org.junit.jupiter.api.Test;
import org.yulu.text.TextFolding;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTest {

    @Test
    void marksEveryMatchOfAKeyword() {
        assertThat(highlight(List.of("大部分中国公司习惯follow,而不是创新。"), List.of("创新", "follow")))
                .isEqualTo("大部分中国公司习惯<mark>follow</mark>,而不是<mark>创新</mark>。");
    }

    @Test
    void marksTextThatMatchesOnlyOnceFolded() {
        assertThat(highlight(List.of("我們的護城河是創新"), List.of("创新", "护城河")))
                .isEqualTo("我們的<mark>護城河</mark>是<mark>創新</mark>");
        assertThat(highlight(List.of("通往ＡＧＩ之路"), List.of("agi")))
                .isEqualTo("通往<mark>ＡＧＩ</mark>之路");
    }

    @Test
    void marksStayInPlaceWhenFoldingChangesTheLength() {
        // NFKC turns the one character ㈱ into three: (株)
        assertThat(highlight(List.of("㈱创新"), List.of("创新"))).isEqualTo("㈱<mark>创新</mark>");
        assertThat(highlight(List.of("等等…護城河"), List.of("护城河"))).isEqualTo("等等…<mark>護城河</mark>");
    }

    @Test
    void escapesMarkupInTheText() {
        assertThat(highlight(List.of("<script>alert('创新')</script> & <b>"), List.of("创新")))
                .isEqualTo("&lt;script&gt;alert(&#39;<mark>创新</mark>&#39;)&lt;/script&gt; &amp; &lt;b&gt;");
    }

    @Test
    void aLatinKeywordMarksOnlyWholeWords() {
        assertThat(highlight(List.of("following follow"), List.of("follow")))
                .isEqualTo("following <mark>follow</mark>");
    }

    @Test
    void cutsALongTextAroundTheFirstMatch() {
        String text = "甲".repeat(200) + "创新" + "乙".repeat(200);
        assertThat(highlight(List.of(text), List.of("创新"))).isEqualTo(
                "…" + "甲".repeat(30) + "<mark>创新</mark>" + "乙".repeat(Snippets.LENGTH - 32) + "…");
    }

    @Test
    void showsTheFirstTextThatMatchesOrElseTheStartOfTheFirst() {
        assertThat(highlight(List.of("答", "问创新"), List.of("创新"))).isEqualTo("问<mark>创新</mark>");
        assertThat(highlight(List.of("答", "问"), List.of("梁文锋"))).isEqualTo("答");
    }

    /** Folds the texts the way the index does before cutting the snippet. */
    private static String highlight(List<String> texts, List<String> keywords) {
        return Snippets.highlight(texts, texts.stream().map(TextFolding::fold).toList(), keywords);
    }
}
