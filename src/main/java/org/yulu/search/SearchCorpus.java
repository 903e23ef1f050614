package org.yulu.search;

import java.util.function.Consumer;

/** Where the index is built from: every quote and exchange there is, handed over one by one. */
@FunctionalInterface
public interface SearchCorpus {

    void forEachItem(Consumer<IndexedItem> sink);
}
