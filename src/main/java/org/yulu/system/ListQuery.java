package org.yulu.system;

/** The query string of a filtered list page, as typed: {@code ?speaker=&source=&page=&size=}. */
public record ListQuery(String speaker, String source, String page, String size) {

    public PageParams pageParams() {
        return PageParams.of(page, size);
    }

    /** The speaker to filter by, or null for all speakers. */
    public String speakerFilter() {
        return QueryValue.strippedOrNull(speaker);
    }
}
