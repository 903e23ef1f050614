package org.yulu.related;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yulu.corpus.Item;
import org.yulu.corpus.RelatedItem;
import org.yulu.corpus.SourceRef;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yulu.related.SeedItems.BLOG;
import static org.yulu.related.SeedItems.THOUGHTS;

/** The parallel passages of the two seed documents, decided by reading both by hand. */
class RelatedIndexTest {

    static List<Item> items;
    static RelatedIndex index;

    @BeforeAll
    static void linkSeeds() throws Exception {
        items = SeedItems.seeds();
        index = RelatedIndex.of(items);
    }

    @Test
    void findsEveryThoughtThatExcerptsAnAnswerOfTheInterviewBothWaysAndNothingElse() {
        assertThat(SeedItems.links(items, index::related)).containsExactlyInAnyOrderElementsOf(SeedItems.SEED_LINKS);
        assertThat(index.links()).isEqualTo(4);
    }

    @Test
    void thoughtTwentySevenPointsToTheAnswerItWasCutFromWithTheSharedWordsAsTheAnswerHasThem() {
        assertThat(index.related(THOUGHTS + "-27")).containsExactly(new RelatedItem("exchange", BLOG + "-13",
                "/exchanges/" + BLOG + "-13", new SourceRef(BLOG, "deepseek创始人的专访和北风对技术的回顾"),
                "最重要的是参与到全球创新的浪潮里去。过去很多年,中国公司习惯了别人做技术创新,我们拿过来做应用变现,"
                        + "但这并非是一种理所当然。这一波浪潮里,我们的出发点就不是趁机赚一笔,而是走到技术的前沿,"
                        + "去推动整个生态发展"));
    }

    @Test
    void theAnswerMarksOnlyThePartTheThoughtRepeats() {
        String answer = text(BLOG + "-13");
        assertThat(index.sharedRanges(BLOG + "-13")).singleElement()
                .satisfies(r -> assertThat(answer.substring(r.start(), r.end()))
                        .startsWith("最重要的是参与到全球创新").endsWith("去推动整个生态发展"))
                .satisfies(r -> assertThat(answer.substring(0, r.start())).isEqualTo("因为我们觉得现在"));
    }

    @Test
    void aShortThoughtLinksToTheLongAnswerThatEndsWithIt() {
        assertThat(index.related(THOUGHTS + "-29")).extracting(RelatedItem::overlap)
                .containsExactly("大部分中国公司习惯follow而不是创新");
        assertThat(index.related(BLOG + "-2")).extracting(RelatedItem::overlap)
                .containsExactly("大部分中国公司习惯follow,而不是创新");
    }

    @Test
    void aThoughtWithWordsChangedAgainstTheAnswerIsStillOnePassage() {
        assertThat(index.related(THOUGHTS + "-30")).extracting(RelatedItem::overlap).containsExactly(
                "创新的成本肯定不低,过去那种拿来主义的惯性也和过去的国情有关。但现在你看,无论中国的经济体量还是字节、"
                        + "腾讯这些大厂的利润放在全球都不低,我们创新缺的肯定不是资本,而是缺乏信心,"
                        + "以及不知道怎么组织高密度的人才实现有效的创新");
    }

    @Test
    void itemsWithoutParallelsHaveNoRelatedItemsAndNothingMarked() {
        assertThat(index.related(THOUGHTS + "-21")).isEmpty();
        assertThat(index.sharedRanges(THOUGHTS + "-21")).isEmpty();
        assertThat(index.related("no-such-item")).isEmpty();
    }

    private static String text(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow().words();
    }
}
