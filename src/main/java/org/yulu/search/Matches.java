package org.yulu.search;

import java.util.ArrayList;
import java.util.List;

/** One page of matches with the total and facets of all of them. */
record Matches(List<Match> items, long total, Facets facets) {

    /** The answer to a query that holds nothing to search for; the page then says what to type. */
    static final Matches NOTHING_SEARCHABLE = new Matches(List.of(), 0, Facets.NONE);

    /**
     * This page of keyword matches continued by the items found by meaning alone that the filters let through, as
     * though they stood after every keyword match; the total and facets count them too.
     *
     * @param nearby the items found by meaning alone, nearest first, before filtering
     */
    Matches followedBy(List<Match> nearby, SearchFilters filters, int offset, int limit) {
        List<Match> passing = nearby.stream().filter(m -> filters.pass(m.item(), null)).toList();
        List<Match> page = new ArrayList<>(items);
        for (long i = Math.max(0, offset - total); i < passing.size() && page.size() < limit; i++) {
            page.add(passing.get((int) i));
        }
        return new Matches(page, total + passing.size(),
                facets.plus(nearby.stream().map(Match::item).toList(), filters));
    }
}
