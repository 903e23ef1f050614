package org.yulu.related;

import org.junit.jupiter.api.Test;
import org.yulu.related.ParallelPassageFinder.Link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ParallelPassageFinderTest {

    static final String SENTENCE = "最重要的是参与到全球创新的浪潮里去"; // 17 characters

    @Test
    void textsSharingAnEighteenCharacterRunAlwaysShareAFingerprint() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            String run = SENTENCE + (char) ('a' + trial % 26);
            String a = noise(random, random.nextInt(30)) + run + noise(random, random.nextInt(30));
            String b = noise(random, random.nextInt(30)) + run + noise(random, random.nextInt(30));
            int[] shared = Arrays.stream(ParallelPassageFinder.fingerprints(a))
                    .filter(f -> Arrays.stream(ParallelPassageFinder.fingerprints(b)).anyMatch(g -> g == f))
                    .toArray();
            assertThat(shared).as("%s / %s", a, b).isNotEmpty();
        }
    }

    @Test
    void findsTheOnePairThatSharesAPassageAmongUnrelatedTexts() {
        SplittableRandom random = new SplittableRandom(11);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            texts.add(noise(random, 80));
        }
        texts.set(300, texts.get(300) + SENTENCE + "过去很多年");
        texts.set(1700, "他说" + SENTENCE + "过去很多年" + texts.get(1700));
        assertThat(ParallelPassageFinder.find(texts)).extracting(link -> link.a() + "~" + link.b())
                .containsExactly("300~1700");
    }

    @Test
    void aPassageRepeatedInMoreTextsThanTheStockPhraseLimitLinksNothing() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i <= ParallelPassageFinder.STOCK_PHRASE_TEXTS; i++) {
            texts.add(SENTENCE + "过去很多年");
        }
        assertThat(ParallelPassageFinder.find(texts)).isEmpty();
        assertThat(ParallelPassageFinder.find(texts.subList(0, 3))).extracting(Link::a, Link::b)
                .containsExactly(tuple(0, 1), tuple(0, 2), tuple(1, 2));
    }

    /** Letters no seed sentence uses, so noise never matches the sentence. */
    private static String noise(SplittableRandom random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) ('一' + 3000 + random.nextInt(6000)));
        }
        return out.toString();
    }
}
