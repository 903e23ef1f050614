package org.yulu.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.stream.Stream;

/**
 * A quote as the API shows it.
 *
 * @param similar the items closest in meaning, on the read API's single item only; null (left out) elsewhere
 */
public record QuoteItem(String type, String id, String url, String speaker, SourceRef source, int position,
        Integer number, String context, String text, List<RelatedItem> related,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<SimilarItem> similar) implements Item {

    public QuoteItem(String type, String id, String url, String speaker, SourceRef source, int position,
            Integer number, String context, String text, List<RelatedItem> related) {
        this(type, id, url, speaker, source, position, number, context, text, related, null);
    }

    public static QuoteItem of(Quote q, List<RelatedItem> related) {
        return new QuoteItem(ItemKind.QUOTE.type(), q.getId(), q.getUrl(), q.getSpeaker(), SourceRef.of(q.getSource()),
                q.getPosition(), q.getNumber(), q.getContext(), q.getText(), related);
    }

    @Override
    public QuoteItem withRelated(List<RelatedItem> links) {
        return new QuoteItem(type, id, url, speaker, source, position, number, context, text, links, similar);
    }

    @Override
    public QuoteItem withSimilar(List<SimilarItem> near) {
        return new QuoteItem(type, id, url, speaker, source, position, number, context, text, related, near);
    }

    @Override
    public ItemKind kind() {
        return ItemKind.QUOTE;
    }

    @Override
    public String words() {
        return text;
    }

    @Override
    public List<String> texts() {
        return Stream.of(text, context).filter(t -> t != null && !t.isEmpty()).toList();
    }
}
