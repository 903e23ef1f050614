package org.yulu.search;

import java.util.List;

/**
 * One page of hits, best first, with the number of all of them and their facets.
 *
 * @param blankQuery true when nothing searchable was typed: there are no hits, and the page should say what to type
 */
public record SearchResults(List<SearchHit> items, long total, int page, int size, Facets facets,
        boolean blankQuery) {
}
