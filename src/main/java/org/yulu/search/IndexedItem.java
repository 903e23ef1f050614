package org.yulu.search;

import org.yulu.interview.ExchangeItem;
import org.yulu.quote.QuoteItem;
import org.yulu.source.SourceRef;

import java.util.List;
import java.util.stream.Stream;

/**
 * A quote or an exchange as the index holds it: exactly what the read API shows, so a hit is answered from the
 * index alone and always matches the snapshot it was found in.
 */
public record IndexedItem(QuoteItem quote, ExchangeItem exchange) {

    public static IndexedItem of(QuoteItem quote) {
        return new IndexedItem(quote, null);
    }

    public static IndexedItem of(ExchangeItem exchange) {
        return new IndexedItem(null, exchange);
    }

    /** The item as the read API shows it: a {@link QuoteItem} or an {@link ExchangeItem}. */
    public Object apiItem() {
        return quote != null ? quote : exchange;
    }

    public String type() {
        return quote != null ? quote.type() : exchange.type();
    }

    public String id() {
        return quote != null ? quote.id() : exchange.id();
    }

    public String url() {
        return quote != null ? quote.url() : exchange.url();
    }

    public String speaker() {
        return quote != null ? quote.speaker() : exchange.speaker();
    }

    public SourceRef source() {
        return quote != null ? quote.source() : exchange.source();
    }

    /** The texts a reader reads, most telling first: where a snippet is cut from. */
    public List<String> texts() {
        Stream<String> texts = quote != null ? Stream.of(quote.text(), quote.context())
                : Stream.of(exchange.answer(), exchange.question());
        return texts.filter(t -> t != null && !t.isEmpty()).toList();
    }

    /** The names that also find the item: its speaker and its source's title. */
    public List<String> names() {
        return Stream.of(speaker(), source().title()).filter(t -> t != null && !t.isEmpty()).toList();
    }
}
