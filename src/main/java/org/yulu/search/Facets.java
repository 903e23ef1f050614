package org.yulu.search;

import com.fasterxml.jackson.annotation.JsonIgnore;

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

    /** The title of a source in {@link #source()}, or its id if the title is unknown. */
    public String sourceTitle(String sourceId) {
        return sourceTitles.getOrDefault(sourceId, sourceId);
    }
}
