package org.yulu.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinReadingTest {

    @Test
    void readsPolyphonesByTheWordTheyStandIn() {
        assertThat(PinyinReading.ofWord("银行")).isEqualTo("yin hang");
        assertThat(PinyinReading.ofWord("长期")).isEqualTo("chang qi");
        assertThat(PinyinReading.ofWord("重要")).isEqualTo("zhong yao");
        assertThat(PinyinReading.ofWord("行业")).isEqualTo("hang ye");
    }

    @Test
    void aPolyphoneNoWordSettlesKeepsEveryReadingItsWordsFirst() {
        assertThat(PinyinReading.of("行").get(0)).startsWith("xing").contains("hang");
        assertThat(PinyinReading.of("银行").get(1)).containsExactly("hang");
    }

    @Test
    void givesNoReadingToWhatIsNotHan() {
        List<List<String>> readings = PinyinReading.of("AGI是");
        assertThat(readings.subList(0, 3)).containsOnly(List.of());
        assertThat(readings.get(3)).startsWith("shi");
        assertThat(PinyinReading.ofWord("AGI")).isNull();
    }

    @Test
    void cutsLettersIntoSyllablesFewestFirst() {
        assertThat(PinyinReading.syllablesOf("ChuangXin")).first().isEqualTo(List.of("chuang", "xin"));
        assertThat(PinyinReading.syllablesOf("xian")).containsExactly(List.of("xian"), List.of("xi", "an"));
        assertThat(PinyinReading.syllablesOf("follow")).isEmpty();
        assertThat(PinyinReading.syllablesOf("agi")).isEmpty();
        assertThat(PinyinReading.syllablesOf("gpt3")).isEmpty();
    }

    @Test
    void initialsAreTheFirstLetterOfEachSyllable() {
        assertThat(PinyinReading.initials("hu cheng he")).isEqualTo("hch");
        assertThat(PinyinReading.canBeInitials("hch")).isTrue();
        assertThat(PinyinReading.canBeInitials("agi")).isFalse();
        assertThat(PinyinReading.canBeInitials("llama")).isFalse();
    }
}
