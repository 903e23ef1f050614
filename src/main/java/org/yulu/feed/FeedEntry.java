package org.yulu.feed;

import org.yulu.interview.InterviewExchange;
import org.yulu.quote.Quote;
import org.yulu.source.Source;

import java.time.Instant;
import java.util.Comparator;

/** One item of the feed, quote or exchange, in the words the feed shows. */
record FeedEntry(String url, String author, String title, String text, Source source, int position) {

    /** Newest import first, then each document in reading order. */
    static final Comparator<FeedEntry> NEWEST_FIRST = Comparator.comparing(FeedEntry::updated).reversed()
            .thenComparing(e -> e.source().getId()).thenComparingInt(FeedEntry::position);

    static final int TITLE_LENGTH = 60;

    static FeedEntry of(Quote q) {
        return new FeedEntry(q.getUrl(), q.getSpeaker(), q.getSpeaker() + ": " + shorten(q.getText()), q.getText(),
                q.getSource(), q.getPosition());
    }

    static FeedEntry of(InterviewExchange e) {
        return new FeedEntry(e.getUrl(), e.getInterviewee(), e.getInterviewer() + ": " + shorten(e.getQuestion()),
                e.getInterviewer() + ": " + e.getQuestion() + "\n\n" + e.getInterviewee() + ": " + e.getAnswer(),
                e.getSource(), e.getPosition());
    }

    Instant updated() {
        return source.getImportedAt();
    }

    private static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.codePointCount(0, line.length()) <= TITLE_LENGTH ? line
                : line.substring(0, line.offsetByCodePoints(0, TITLE_LENGTH)) + "…";
    }
}
