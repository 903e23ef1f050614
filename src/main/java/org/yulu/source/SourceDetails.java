package org.yulu.source;

import org.yulu.corpus.Source;

/** A source as a reading view or a citation names it; {@code date} is the day only, or null when unknown. */
public record SourceDetails(String id, String title, String author, String date, String url, String originUrl) {

    public static SourceDetails of(Source source) {
        String published = source.getPublishedAt();
        String date = published == null || published.isBlank() ? null : published.split("T", 2)[0];
        return new SourceDetails(source.getId(), source.getTitle(), source.getAuthor(), date, source.getUrl(),
                source.getOriginUrl());
    }

    /** Where an item stands in the reading view. */
    public String anchorUrl(String itemId) {
        return url + "#" + itemId;
    }
}
