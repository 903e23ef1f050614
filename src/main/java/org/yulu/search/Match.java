package org.yulu.search;

import org.yulu.corpus.Item;

import java.util.List;

/**
 * A found item with its texts as folded for the index.
 *
 * @param passage for an item found by meaning alone, its passage nearest the question; null for a keyword match
 */
record Match(Item item, List<String> foldedTexts, String passage) {

    Match(Item item, List<String> foldedTexts) {
        this(item, foldedTexts, null);
    }

    Match nearBy(String nearest) {
        return new Match(item, foldedTexts, nearest);
    }

    boolean byMeaning() {
        return passage != null;
    }
}
