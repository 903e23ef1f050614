package org.yulu.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTest {

    @Test
    void spacesSeparateWordsThatAreFolded() {
        SearchQuery query = SearchQuery.parse("  護城河\u3000ＡＧＩ  JetBrains ");
        assertThat(query.words()).containsExactly("护城河", "agi", "jetbrains");
        assertThat(query.phrases()).isEmpty();
        assertThat(query.exclusions()).isEmpty();
    }

    @Test
    void quotesMakeOnePhraseInAsciiOrChineseQuotes() {
        assertThat(SearchQuery.parse("\"a b\" 创新 “跟 量化”").phrases()).containsExactly("a b", "跟 量化");
        assertThat(SearchQuery.parse("\"a b\" 创新 “跟 量化”").words()).containsExactly("创新");
    }

    @Test
    void aLeadingMinusExcludesAWordOrAPhrase() {
        SearchQuery query = SearchQuery.parse("创新 -follow -\"英伟达 显卡\" know-how -");
        assertThat(query.words()).containsExactly("创新", "know-how");
        assertThat(query.exclusions()).containsExactly("follow", "英伟达 显卡");
    }

    @Test
    void anUnbalancedQuoteRunsToTheEnd() {
        assertThat(SearchQuery.parse("创新 \"硬核 技术").phrases()).containsExactly("硬核 技术");
    }

    @Test
    void queryOperatorsAreJustText() {
        SearchQuery query = SearchQuery.parse("AND ( * ? ~ ^ [1 TO field:x \\");
        assertThat(query.words()).containsExactly("and", "(", "*", "?", "~", "^", "[1", "to", "field:x", "\\");
    }

    @Test
    void controlCharactersSeparateWords() {
        assertThat(SearchQuery.parse("创新\u0000AGI\u0007").words()).containsExactly("创新", "agi");
    }

    @Test
    void blankAndMissingQueriesAreEmpty() {
        assertThat(SearchQuery.parse(null).isEmpty()).isTrue();
        assertThat(SearchQuery.parse(" \t ").isEmpty()).isTrue();
        assertThat(SearchQuery.parse("-创新").isEmpty()).isTrue();
        assertThat(SearchQuery.parse("\"\"").isEmpty()).isTrue();
    }

    @Test
    void onlyTheStartOfAHugeQueryIsRead() {
        SearchQuery query = SearchQuery.parse("创新".repeat(10_000));
        assertThat(query.words()).containsExactly("创新".repeat(SearchQuery.MAX_CHARS / 2));
        assertThat(SearchQuery.parse("a ".repeat(10_000)).words()).hasSize(SearchQuery.MAX_KEYWORDS);
    }

    @Test
    void aSurrogatePairIsNeverCutInHalf() {
        String emoji = "😀";
        SearchQuery query = SearchQuery.parse("x" + emoji.repeat(200));
        // 199 chars: x and 99 emoji, each two chars; the 100th emoji would end past the limit
        assertThat(query.words()).containsExactly("x" + emoji.repeat(99));
    }
}
