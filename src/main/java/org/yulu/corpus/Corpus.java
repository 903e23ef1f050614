package org.yulu.corpus;

import java.util.function.Consumer;

/** Every item there is, handed over one by one: what derived data (the search index, the parallel passages) is built from. */
@FunctionalInterface
public interface Corpus {

    void forEachItem(Consumer<Item> sink);

    /**
     * What tells this corpus's states apart: equal fingerprints hand over the same items, so data derived from one
     * serves the other. Null when unknown, and then derived data is always built anew.
     */
    default String fingerprint() {
        return null;
    }
}
