package org.yulu.source;

/** A source as the API shows it, with how many items it holds. */
public record SourceItem(String id, String title, String author, String publishedAt, String url, String originUrl,
        long quoteCount, long exchangeCount) {
}
