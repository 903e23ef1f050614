package org.yulu.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TextFoldingTest {

    @Test
    void foldsWidthCaseAndTraditionalCharacters() {
        assertThat(TextFolding.fold("ＡＧＩ")).isEqualTo("agi");
        assertThat(TextFolding.fold("創新與護城河")).isEqualTo("创新与护城河");
        assertThat(TextFolding.fold("英偉達的顯卡")).isEqualTo("英伟达的显卡");
        assertThat(TextFolding.fold("JetBrains 的码农")).isEqualTo("jetbrains 的码农");
    }

    @Test
    void convertsTraditionalCharactersOutsideTheCommonHanBlockAndInsidePhrases() {
        // extension A: 㑯 → 㑔; 瞭 alone stays, in 瞭解 it is simplified
        assertThat(TextFolding.fold("\u346f")).isEqualTo("\u3454");
        assertThat(TextFolding.fold("我们瞭解")).isEqualTo("我们了解");
        assertThat(TextFolding.fold("反覆")).isEqualTo("反复");
    }

    @Test
    void skipsTheConversionOnlyForCharactersItLeavesAsTheyAre() {
        StringBuilder skipped = new StringBuilder();
        for (char c = 1; c < Character.MAX_VALUE; c++) {
            if (!TextFolding.mayHoldTraditional(String.valueOf(c))) {
                skipped.append(c).append('\n');
            }
        }
        assertThat(skipped.length()).isGreaterThan(2 * 60_000);
        assertThat(ZhConverterUtil.toSimple(skipped.toString())).isEqualTo(skipped.toString());
        assertThat(TextFolding.mayHoldTraditional("大模型的创新是护城河")).isFalse();
        assertThat(TextFolding.mayHoldTraditional("創新")).isTrue();
    }

    @Test
    void foldsEveryEntryOfTheConversionDictionariesAsTheFullConversionDoes() throws IOException {
        List<String> keys = new ArrayList<>(dictionaryKeys("TSCharacters.txt"));
        keys.addAll(dictionaryKeys("TSPhrases.txt"));
        assertThat(keys).hasSizeGreaterThan(4000);
        // each entry alone and inside simplified text, where only the check decides whether it is converted
        keys.forEach(key -> assertThat(TextFolding.fold("创新" + key + "模型")).as(key)
                .isEqualTo(fullConversion("创新" + key + "模型")));
    }

    @Test
    void foldsTheSeedsAndTheTraditionalFixtureAsTheFullConversionDoes() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            seeds.forEach(files::add);
        }
        files.add(Path.of("src/test/resources/fixtures/fanti-zhuanzai.txt"));
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                assertThat(TextFolding.fold(line)).as(line).isEqualTo(fullConversion(line));
            }
        }
    }

    private static String fullConversion(String text) {
        return ZhConverterUtil.toSimple(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    }

    private static List<String> dictionaryKeys(String file) throws IOException {
        try (InputStream in = ZhConverterUtil.class.getResourceAsStream("/data/dictionary/" + file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(line -> line.split("\t")[0]).filter(key -> !key.isEmpty()).toList();
        }
    }
}
