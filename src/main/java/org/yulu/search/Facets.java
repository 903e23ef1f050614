package org.yulu.search;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.yulu.corpus.Item;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many matching items each type, speaker and source holds, most first. Each dimension is counted with the
 * other dimensions' filters applied but not its own, so a page can offer every alternative with its count.
 *
 * @param type         counts by item type ({@code quote}, {@code exchange})
 * @param speaker      counts by speaker
 * @param source       counts by source id
 * @param sourceTitles the title of each source id in {@code source}, for labels
 */
public record Facets(Map<String, Long> type, Map<String, Long> speaker, Map<String, Long> source,
        @JsonIgnore Map<String, String> sourceTitles) {

    public static final Facets NONE = new Facets(Map.of(), Map.of(), Map.of(), Map.of());

    /** These counts with more items added, each dimension counting those that pass the other dimensions' filters. */
    Facets plus(List<Item> more, SearchFilters filters) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, String> titles = new HashMap<>(sourceTitles);
        more.forEach(item -> titles.putIfAbsent(item.source().id(), item.source().title()));
        return new Facets(plus(type, more, filters, SearchFields.TYPE), plus(speaker, more, filters,
                SearchFields.SPEAKER), plus(source, more, filters, SearchFields.SOURCE), titles);
    }

    private static Map<String, Long> plus(Map<String, Long> counts, List<Item> more, SearchFilters filters,
            String field) {
        Map<String, Long> added = new HashMap<>(counts);
        more.stream().filter(item -> filters.pass(item, field))
                .forEach(item -> added.merge(SearchFilters.valueOf(item, field), 1L, Long::sum));
        return mostFirst(added);
    }

    /** Counts most first, and equal counts by value, as every facet lists them. */
    static Map<String, Long> mostFirst(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The title of a source in {@link #source()}, or its id if the title is unknown. */
    public String sourceTitle(String sourceId) {
        return sourceTitles.getOrDefault(sourceId, sourceId);
    }
}
