package org.yulu.card;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChinesePunctuationTest {

    @Test
    void setsPunctuationBesideHanCharactersInFullWidth() {
        assertThat(ChinesePunctuation.widen("我们做大模型,跟量化和金融都没有直接关系;为什么?因为:好!"))
                .isEqualTo("我们做大模型，跟量化和金融都没有直接关系；为什么？因为：好！");
        assertThat(ChinesePunctuation.widen("即使OpenAI闭源,也无法阻止(被别人)赶超")).isEqualTo("即使OpenAI闭源，也无法阻止（被别人）赶超");
        assertThat(ChinesePunctuation.widen("记者: 为什么")).isEqualTo("记者：为什么");
    }

    @Test
    void leavesLatinTextNumbersAndAddressesAlone() {
        assertThat(ChinesePunctuation.widen("Hello, world (again)! 1,000 at 3:00 https://yulu.example/x?a=1"))
                .isEqualTo("Hello, world (again)! 1,000 at 3:00 https://yulu.example/x?a=1");
    }
}
