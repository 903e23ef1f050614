package org.yulu.search;

import java.util.function.Consumer;

/** Where the index is built from: every quote and exchange there is, handed over one by one. */
@FunctionalInterface
public interface SearchCorpus {

    void forEachItem(Consumer<IndexedItem> sink);

    /**
     * What tells this corpus's states apart: equal fingerprints hand over the same items, so an index built from one
     * serves the other. Null when unknown, and then the index is always rebuilt.
     */
    default String fingerprint() {
        return null;
    }
}
