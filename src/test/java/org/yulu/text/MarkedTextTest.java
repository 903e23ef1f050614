package org.yulu.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkedTextTest {

    static List<String> pieces(MarkedText text) {
        return text.pieces().stream().map(p -> p.marked() ? "[" + p.text() + "]" : p.text()).toList();
    }

    @Test
    void marksEachRangeAndKeepsTheTextAroundIt() {
        assertThat(pieces(MarkedText.of("闭源形成的护城河是短暂的", List.of(new TextRange(0, 2), new TextRange(5, 8)))))
                .containsExactly("[闭源]", "形成的", "[护城河]", "是短暂的");
    }

    @Test
    void withoutRangesTheTextIsOneUnmarkedPiece() {
        assertThat(pieces(MarkedText.of("开源是文化行为", List.of()))).containsExactly("开源是文化行为");
    }

    @Test
    void rangesBeyondTheTextAreCutToIt() {
        assertThat(pieces(MarkedText.of("创新", List.of(new TextRange(1, 9), new TextRange(12, 15)))))
                .containsExactly("创", "[新]");
    }
}
