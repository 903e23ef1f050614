package org.yulu.search;

import org.yulu.source.SourceRef;

/**
 * One found item.
 *
 * @param type      {@code quote} or {@code exchange}
 * @param highlight a snippet of the item: escaped text in which only {@code <mark>} is markup
 * @param item      the item as the read API shows it, a {@code QuoteItem} or an {@code ExchangeItem}
 */
public record SearchHit(String type, String id, String url, String speaker, SourceRef source, String highlight,
        Object item) {
}
