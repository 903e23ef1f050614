package org.yulu.quote;

import org.yulu.related.RelatedItem;
import org.yulu.source.SourceRef;

import java.util.List;

/** A quote as the API shows it. */
public record QuoteItem(String type, String id, String url, String speaker, SourceRef source, int position,
        Integer number, String context, String text, List<RelatedItem> related) {

    public static QuoteItem of(Quote q, List<RelatedItem> related) {
        return new QuoteItem("quote", q.getId(), q.getUrl(), q.getSpeaker(), SourceRef.of(q.getSource()),
                q.getPosition(), q.getNumber(), q.getContext(), q.getText(), related);
    }

    public QuoteItem withRelated(List<RelatedItem> links) {
        return new QuoteItem(type, id, url, speaker, source, position, number, context, text, links);
    }
}
