package org.yulu.source;

/**
 * One paragraph of a source's reading view: a quote, an interview exchange, or a repeat of an earlier answer.
 * {@code heading} is set only where the heading changes, so the view prints each heading once.
 *
 * @param url the item's permalink; for a repeat, the permalink of the exchange it repeats
 */
public record ReadingItem(String kind, String id, int position, Integer number, String heading, String speaker,
        String text, String interviewer, String question, String url, Integer repeatsPosition) {

    public static final String QUOTE = "quote";
    public static final String EXCHANGE = "exchange";
    public static final String REPEAT = "repeat";

    ReadingItem underHeading(String newHeading) {
        return new ReadingItem(kind, id, position, number, newHeading, speaker, text, interviewer, question, url,
                repeatsPosition);
    }

    /** Repeats have no page of their own; they are not stops for "previous" and "next". */
    public boolean hasPermalink() {
        return !REPEAT.equals(kind);
    }
}
