package org.yulu.search;

import org.yulu.corpus.Item;

/**
 * One found item.
 *
 * @param item      the item as the read API shows it, without its parallel passages
 * @param highlight a snippet of the item: escaped text in which only {@code <mark>} is markup
 */
public record SearchHit(Item item, String highlight) {
}
