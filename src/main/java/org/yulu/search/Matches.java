package org.yulu.search;

import java.util.List;

/** One page of matches with the total and facets of all of them. */
record Matches(List<Match> items, long total, Facets facets) {

    /** The answer to a query that holds nothing to search for; the page then says what to type. */
    static final Matches NOTHING_SEARCHABLE = new Matches(List.of(), 0, Facets.NONE);
}
