package org.yulu.system;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FacetListTest {

    /** Sources s01..s14 in id order, where s{n} has n items. */
    static List<FacetCount> fourteenSources() {
        List<FacetCount> counts = new ArrayList<>();
        for (int n = 1; n <= 14; n++) {
            counts.add(new FacetCount(String.format("s%02d", n), "来源" + n, n));
        }
        return counts;
    }

    @Test
    void aFewValuesAreAllListedInTheirOwnOrder() {
        List<FacetCount> counts = fourteenSources().subList(0, 12);

        assertThat(FacetList.of(counts, null)).isEqualTo(new FacetList(counts, 0));
    }

    @Test
    void manyValuesListTheTwelveWithTheMostItemsAndCountTheRest() {
        FacetList list = FacetList.of(fourteenSources(), null);

        assertThat(list.shown()).extracting(FacetCount::value).containsExactly("s14", "s13", "s12", "s11", "s10",
                "s09", "s08", "s07", "s06", "s05", "s04", "s03");
        assertThat(list.more()).isEqualTo(2);
    }

    @Test
    void theChosenValueIsListedEvenWhenItHasFewItems() {
        FacetList list = FacetList.of(fourteenSources(), "s01");

        assertThat(list.shown()).hasSize(13).last().isEqualTo(new FacetCount("s01", "来源1", 1));
        assertThat(list.more()).isEqualTo(1);
    }
}
