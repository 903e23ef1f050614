package org.yulu.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Attributions are read off either end of a pasted quote; words that only look like one stay words. */
class PastedTextTest {

    static final List<String> SPEAKERS = List.of("梁文锋", "北风");

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "梁文锋说：我们不做应用              | 梁文锋 | 我们不做应用",
            "梁文锋：“我们不做应用”              | 梁文锋 | “我们不做应用”",
            "梁文锋曾说我们不做应用              | 梁文锋 | 我们不做应用",
            "梁文锋曾经说过，「我们不做应用」    | 梁文锋 | 「我们不做应用」",
            "“我们不做应用” ——梁文锋             | 梁文锋 | “我们不做应用”",
            "我们不做应用。（北风）              | 北风   | 我们不做应用。",
            "马云说：我们不做应用                | 马云   | 我们不做应用",
            "马云：我们不做应用                  | -      | 马云：我们不做应用",
            "创新：需要尽可能少的干预            | -      | 创新：需要尽可能少的干预",
            "AGI: 我们要做的是通用人工智能       | -      | AGI: 我们要做的是通用人工智能",
            "Elon Musk说：we do not make apps    | Elon Musk | we do not make apps",
            "we do not make apps —— Elon Musk    | Elon Musk | we do not make apps",
            "记者：你们为什么不做应用？          | -      | 记者：你们为什么不做应用？",
            "我们认为：不做应用                  | -      | 我们认为：不做应用",
            "马云说我们不做应用                  | -      | 马云说我们不做应用",
            "梁文锋说：                          | -      | 梁文锋说："})
    void readsTheAttributionBeforeOrAfterAndLeavesTheWords(String text, String speaker, String words) {
        PastedText read = PastedText.read(text, SPEAKERS);

        assertThat(read.claimedSpeaker()).isEqualTo(speaker);
        assertThat(read.words()).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "甲乙丙……丁戊己   | 2", "甲乙丙...丁戊己 | 2", "甲乙丙…丁戊己 | 2", "……甲乙丙 | 1", "甲乙丙。。。丁戊己 | 2",
            "甲乙丙，丁戊己 | 1", "v2.5 模型 | 1"})
    void cutsTheWordsAtEachEllipsis(String text, int parts) {
        assertThat(PastedText.read(text, SPEAKERS).parts()).hasSize(parts);
    }
}
