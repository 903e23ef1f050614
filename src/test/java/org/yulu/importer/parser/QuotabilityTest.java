package org.yulu.importer.parser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotabilityTest {

    @Test
    void twentyLettersStandAloneAndPunctuationAndSpacesDoNotCount() {
        assertThat(Quotability.standsAlone("这些与我前面讲的是一样的道理")).isFalse();
        assertThat(Quotability.standsAlone("一二三四五六七八九十一二三四五六七八九")).isFalse();
        assertThat(Quotability.standsAlone("一二三四五六七八九十一二三四五六七八九十")).isTrue();
        assertThat(Quotability.standsAlone("一二三四五，六七八九十。一二三四五！六七八九？……")).isFalse();
        assertThat(Quotability.standsAlone("Open source is culture, not a moat")).isTrue();
        assertThat(Quotability.standsAlone("AGI 2030")).isFalse();
    }
}
