package org.yulu.feed;

import org.yulu.corpus.ExchangeItem;
import org.yulu.corpus.Item;
import org.yulu.corpus.QuoteItem;
import org.yulu.text.Shortening;

import java.time.Instant;
import java.util.Comparator;

/**
 * One item of the feed, quote or exchange, with the times its source was imported and published (the import's
 * when the source does not say).
 */
record FeedEntry(Item item, Instant imported, Instant published) {

    /** Newest import first, then each document in reading order. */
    static final Comparator<FeedEntry> NEWEST_FIRST = Comparator.comparing(FeedEntry::imported).reversed()
            .thenComparing(e -> e.item().source().id()).thenComparingInt(e -> e.item().position());

    static final int TITLE_LENGTH = 60;

    String title() {
        return switch (item.kind()) {
            case QUOTE -> item.speaker() + ": " + line(((QuoteItem) item).text());
            case EXCHANGE -> ((ExchangeItem) item).interviewer() + ": " + line(((ExchangeItem) item).question());
        };
    }

    String text() {
        return switch (item.kind()) {
            case QUOTE -> ((QuoteItem) item).text();
            case EXCHANGE -> {
                ExchangeItem e = (ExchangeItem) item;
                yield e.interviewer() + ": " + e.question() + "\n\n" + e.speaker() + ": " + e.answer();
            }
        };
    }

    private static String line(String text) {
        return Shortening.shorten(text.strip().replaceAll("\\s+", " "), TITLE_LENGTH + 1);
    }
}
