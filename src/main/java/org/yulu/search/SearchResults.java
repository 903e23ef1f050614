package org.yulu.search;

import java.util.List;

/**
 * One page of hits, best first, with the number of all of them and their facets.
 *
 * @param blankQuery true when nothing searchable was typed: there are no hits, and the page should say what to type
 * @param meaning    whether the items close in meaning were looked for, and if not, why
 * @param correctedQuery the query searched instead of what was typed, which found nothing: its Chinese words read
 *                       alike as words the corpus says ({@code 梁文峰} → {@code 梁文锋}); null when what was typed
 *                       was searched
 */
public record SearchResults(List<SearchHit> items, long total, int page, int size, Facets facets,
        boolean blankQuery, Meaning meaning, String correctedQuery) {

    public SearchResults(List<SearchHit> items, long total, int page, int size, Facets facets, boolean blankQuery,
            Meaning meaning) {
        this(items, total, page, size, facets, blankQuery, meaning, null);
    }

    /** Whether a search also found items by meaning. */
    public enum Meaning {
        /** They follow the keyword matches. */
        USED,
        /** The search asked for keyword matches alone ({@code mode=keyword}), or for nothing searchable. */
        NOT_ASKED,
        /** The sentence model is loading or the passages' vectors are being computed: keyword matches alone, for now. */
        PREPARING,
        /** The sentence model could not load or is turned off: keyword matches alone. */
        UNAVAILABLE
    }
}
