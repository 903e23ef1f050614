package org.yulu.meaning;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The ids Hugging Face's tokenizer gives for the model's tokenizer.json, on the kinds of text the corpus holds. */
class WordPieceTokenizerTest {

    static WordPieceTokenizer tokenizer;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = WordPieceTokenizerTest.class.getClassLoader()
                .getResourceAsStream(SentenceModel.BGE_SMALL_ZH_Q.tokenizerResource())) {
            tokenizer = WordPieceTokenizer.read(in);
        }
    }

    @Test
    void splitsHanCharactersPunctuationAndLatinWordPiecesAsHuggingFaceDoes() {
        assertThat(tokenizer.ids("deepseek创始人梁文锋说:agi!know-how,finetune(微调)", 512)).containsExactly(101, 12592,
                8417, 9534, 1158, 1993, 782, 3448, 3152, 7226, 6432, 131, 9588, 8169, 106, 11460, 118, 9510, 117, 8533,
                8914, 8829, 8154, 113, 2544, 6444, 114, 102);
        assertThat(tokenizer.ids("我们招人有条原则是,看能力,而不是看经验。", 512)).containsExactly(101, 2769, 812, 2875,
                782, 3300, 3340, 1333, 1156, 3221, 117, 4692, 5543, 1213, 117, 5445, 679, 3221, 4692, 5307, 7741, 511,
                102);
    }

    @Test
    void dropsControlCharactersAndMarksWhatTheVocabularyLacksUnknown() {
        assertThat(tokenizer.ids("c/c++/asm 𠀀 tensorflow\u200b融入了编译原理", 512)).containsExactly(101, 145, 120, 145,
                116, 116, 120, 8975, 8175, 100, 8282, 8727, 8372, 11522, 6084, 1057, 749, 5356, 6406, 1333, 4415, 102);
        assertThat(tokenizer.ids("Ｔｏｐ（顶尖）高校 émigré", 512)).containsExactly(101, 100, 8020, 7553, 2211, 8021,
                7770, 3413, 100, 102);
    }

    @Test
    void cutsALongTextToTheModelsLength() {
        int[] ids = tokenizer.ids("创新".repeat(400), 512);
        assertThat(ids).hasSize(512);
        assertThat(ids[0]).isEqualTo(WordPieceTokenizer.CLS);
        assertThat(ids[511]).isEqualTo(WordPieceTokenizer.SEP);
    }
}
