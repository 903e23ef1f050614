package org.yulu.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodePointFoldingTest {

    @Test
    void foldingIgnoresScriptWidthAndPunctuationAndRemembersWhereEachLetterStood() {
        FoldedText folded = new CodePointFolding().fold("「參與」ＡＧＩ，follow。");
        assertThat(folded.text()).isEqualTo("参与agifollow");
        assertThat(folded.originalRange(0, 2)).isEqualTo(new TextRange(1, 3));
        assertThat(folded.originalRange(2, 5)).isEqualTo(new TextRange(4, 7));
        assertThat(folded.originalRange(5, 11)).isEqualTo(new TextRange(8, 14));
    }

    @Test
    void aCharacterBeyondTheBasicPlaneFoldsWholeAndBothItsHalvesPointToIt() {
        FoldedText folded = new CodePointFolding().fold("「\uD840\uDC00」創新");

        assertThat(folded.text()).isEqualTo("\uD840\uDC00创新");
        assertThat(folded.originalRange(0, 1)).isEqualTo(new TextRange(1, 3));
        assertThat(folded.originalRange(1, 2)).isEqualTo(new TextRange(1, 3));
        assertThat(folded.originalRange(2, 4)).isEqualTo(new TextRange(4, 6));
    }

    @Test
    void aCharacterMetAgainFoldsAsItDidTheFirstTime() {
        CodePointFolding folding = new CodePointFolding();
        FoldedText first = folding.fold("參與ＡＧＩ\uD840\uDC00");
        FoldedText again = folding.fold("參與ＡＧＩ\uD840\uDC00");

        assertThat(again.text()).isEqualTo(first.text()).isEqualTo("参与agi\uD840\uDC00");
        assertThat(again.originalStart()).containsExactly(first.originalStart());
        assertThat(again.originalEnd()).containsExactly(first.originalEnd());
    }
}
