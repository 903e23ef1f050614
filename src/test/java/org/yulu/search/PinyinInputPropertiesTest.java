package org.yulu.search;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.yulu.system.PageParams;
import org.yulu.text.PinyinReading;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever Latin letters, pinyin, initials or Latin mixed with Chinese a reader types, the search answers without
 * failing, keyword hits before pinyin hits, and suggestions stay few and most held first.
 */
class PinyinInputPropertiesTest {

    static final SearchService search = PinyinSearchTest.search;
    static final Suggestions suggestions = Suggestions.of(SeedCorpus.load());

    @Property(tries = 400)
    void anyLatinOrMixedQueryAnswersAPageWithKeywordHitsBeforePinyinHits(@ForAll("latinOrMixed") String typed) {
        SearchResults found = search.search(new SearchRequest(typed, null, null, null, PageParams.of("1", "50"),
                "keyword"));

        assertThat(found.items()).hasSizeLessThanOrEqualTo(50);
        assertThat(found.total()).isGreaterThanOrEqualTo(found.items().size());
        List<String> matches = found.items().stream().map(SearchHit::match).toList();
        int firstPinyin = matches.indexOf(SearchHit.PINYIN);
        if (firstPinyin >= 0) {
            assertThat(matches.subList(firstPinyin, matches.size())).containsOnly(SearchHit.PINYIN);
        }
        found.items().forEach(hit -> assertThat(SearchInputProperties.FOREIGN_TAG.matcher(hit.highlight()).find())
                .as(typed).isFalse());
    }

    @Property(tries = 1000)
    void everyWayOfCuttingLettersIntoSyllablesSpellsTheLettersAgain(@ForAll("latinOrMixed") String typed) {
        for (List<String> cut : PinyinReading.syllablesOf(typed)) {
            assertThat(String.join("", cut)).isEqualTo(typed.toLowerCase(Locale.ROOT));
        }
    }

    @Property(tries = 1000)
    void suggestionsAreAtMostEightMostHeldFirst(@ForAll("latinOrMixed") String typed) {
        List<Suggestion> offered = suggestions.startingWith(typed);

        assertThat(offered).hasSizeLessThanOrEqualTo(Suggestions.MOST);
        assertThat(offered).extracting(Suggestion::count).isSortedAccordingTo((a, b) -> b - a);
    }

    @Provide
    Arbitrary<String> latinOrMixed() {
        Arbitrary<String> syllables = Arbitraries.of("chuang", "xin", "hu", "cheng", "he", "ying", "wei", "da", "xian",
                "zh", "ng", "a", "e", "er", "lv", "lü", "AGI", "GPT3", "follow", "Llama", "hch", "cx", "lwf", "q", "v");
        Arbitrary<String> pieces = Arbitraries.oneOf(syllables,
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(4),
                Arbitraries.of(" ", "-", "\"", "'", "1", "创新", "护城", "梁", "ＡＧＩ", "😀", "\u0000", "ü"));
        Arbitrary<String> latin = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> mixed = pieces.list().ofMinSize(1).ofMaxSize(12).map(list -> String.join("", list));
        return Arbitraries.frequencyOf(Tuple.of(1, latin), Tuple.of(2, mixed));
    }
}
