package org.yulu.importer.parser;

import java.util.List;

/** What a seed text says, before it touches the database. Positions are 1-based and shared by all item kinds. */
public record ParsedDocument(
        String slug,
        String fileName,
        String title,
        String author,
        String publishedAt,
        String originUrl,
        List<ParsedQuote> quotes,
        List<ParsedExchange> exchanges,
        List<ParsedRepeat> repeats) {

    /** @param quotable whether it is offered away from its source ({@link Quotability}) */
    public record ParsedQuote(int position, Integer number, String speaker, String context, String text,
            boolean quotable) {
    }

    public record ParsedExchange(int position, String interviewer, String interviewee, String question, String answer,
            boolean quotable) {
    }

    /** A later passage that re-quotes an answer of the same document word for word (or nearly so). */
    public record ParsedRepeat(int position, String speaker, int exchangePosition, String text) {
    }

    public int itemCount() {
        return quotes.size() + exchanges.size();
    }
}
