package org.yulu.source;

/** Where an item stands in its source: the source, and the items with a permalink just before and after it. */
public record ItemPlace(SourceDetails source, ReadingItem previous, ReadingItem next) {
}
