package org.yulu.quote;

import org.yulu.source.SourceRef;

/** A quote as the API shows it. */
public record QuoteItem(String type, String id, String url, String speaker, SourceRef source, int position,
        Integer number, String context, String text) {

    public static QuoteItem of(Quote q) {
        return new QuoteItem("quote", q.getId(), q.getUrl(), q.getSpeaker(), SourceRef.of(q.getSource()),
                q.getPosition(), q.getNumber(), q.getContext(), q.getText());
    }
}
