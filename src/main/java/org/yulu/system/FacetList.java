package org.yulu.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The values a filter lists: all of them when they are few, else the {@value #SHOWN} with the most items and the
 * chosen one, and how many are left out, so a corpus of thousands of sources keeps its pages short.
 */
public record FacetList(List<FacetCount> shown, int more) {

    public static final int SHOWN = 12;

    /** @param counts in the order to list them when all fit */
    public static FacetList of(List<FacetCount> counts, String selected) {
        if (counts.size() <= SHOWN) {
            return new FacetList(counts, 0);
        }
        List<FacetCount> shown = new ArrayList<>(counts.stream()
                .sorted(Comparator.comparingLong(FacetCount::count).reversed()).limit(SHOWN).toList());
        counts.stream().filter(c -> c.value().equals(selected) && !shown.contains(c)).findFirst()
                .ifPresent(shown::add);
        return new FacetList(List.copyOf(shown), counts.size() - shown.size());
    }
}
