package org.yulu.check;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yulu.corpus.Item;
import org.yulu.text.TextFolding;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any contiguous excerpt of any seed item, retyped as people retype quotes (punctuation swapped between widths and
 * styles, letters and digits in full width, characters in traditional script), is found as an excerpt of that item,
 * or verbatim when it is the whole.
 */
class ExcerptProperties {

    /** Fewer letters than this are a phrase many items share, and the five matches shown may all be others. */
    static final int SHORTEST = 12;
    private static final Map<Character, List<String>> PUNCTUATION = Map.of(
            ',', List.of("，", "、", " , "), '，', List.of(",", "，"), '。', List.of(".", "．", "！"),
            ':', List.of("：", ": "), '、', List.of(",", "，"), '?', List.of("？"), '(', List.of("（", "【"),
            ')', List.of("）", "】"));

    record Excerpt(Item item, String text) {
    }

    @Property(tries = 300)
    void anyRetypedExcerptIsFoundAsAnExcerptOfItsItem(@ForAll("excerpts") Excerpt excerpt) {
        CheckResult result = SeedCheck.get().check(excerpt.text());

        assertThat(result.matches()).as(excerpt.text())
                .anySatisfy(m -> {
                    assertThat(m.item().id()).isEqualTo(excerpt.item().id());
                    assertThat(m.verdict()).isIn(Verdict.EXCERPT, Verdict.VERBATIM);
                });
        assertThat(result.verdict()).isIn(Verdict.EXCERPT, Verdict.VERBATIM);
    }

    @Provide
    Arbitrary<Excerpt> excerpts() {
        List<Item> items = SeedCheck.items().stream()
                .filter(item -> TextFolding.lettersOnly(item.words()).length() >= SHORTEST).toList();
        return Combinators.combine(Arbitraries.of(items), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1), Arbitraries.longs()).as((item, from, length, seed) -> {
            String words = item.words();
            int start = (int) (from * words.length());
            int end = start + SHORTEST + (int) (length * (words.length() - start - SHORTEST));
            while (start > 0 && TextFolding.lettersOnly(words.substring(start)).length() < SHORTEST) {
                start--;
            }
            end = Math.min(words.length(), Math.max(end, start + 1));
            while (end < words.length() && TextFolding.lettersOnly(words.substring(start, end)).length() < SHORTEST) {
                end++;
            }
            return new Excerpt(item, retyped(words.substring(start, end), new Random(seed)));
        });
    }

    /** Each character changed or not at random, only ever into one that folds back to it. */
    private static String retyped(String text, Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String s = String.valueOf(c);
            int choice = random.nextInt(4);
            if (PUNCTUATION.containsKey(c) && choice == 0) {
                List<String> options = PUNCTUATION.get(c);
                s = options.get(random.nextInt(options.size()));
            } else if (c > ' ' && c < 0x7F && Character.isLetterOrDigit(c) && choice == 1) {
                s = String.valueOf((char) (c + 0xFEE0));
            } else if (Character.isIdeographic(c) && choice == 2) {
                String traditional = ZhConverterUtil.toTraditional(s);
                s = TextFolding.lettersOnly(traditional).equals(TextFolding.lettersOnly(s)) ? traditional : s;
            }
            out.append(s);
        }
        return out.toString();
    }
}
