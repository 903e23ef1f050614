package org.yulu.source;

import org.yulu.corpus.Source;

/** A source as a reading view or a citation names it; {@code date} is the day only, or null when unknown. */
public record SourceDetails(String id, String title, String author, String date, String url, String originUrl) {

    public static SourceDetails of(Source source) {
        return new SourceDetails(source.getId(), source.getTitle(), source.getAuthor(), source.getPublishedDay(),
                source.getUrl(), source.getOriginUrl());
    }

    /** Where an item stands in the reading view. */
    public String anchorUrl(String itemId) {
        return url + "#" + itemId;
    }
}
