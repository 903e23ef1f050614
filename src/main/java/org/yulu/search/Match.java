package org.yulu.search;

import org.yulu.corpus.Item;

import java.util.List;

/**
 * A found item with its texts as folded for the index.
 *
 * @param passage  for an item found by meaning alone, its passage nearest the question; null for a keyword match
 * @param byPinyin whether it was found by the pinyin of its texts alone, not by the letters typed
 */
record Match(Item item, List<String> foldedTexts, String passage, boolean byPinyin) {

    Match(Item item, List<String> foldedTexts) {
        this(item, foldedTexts, null, false);
    }

    Match nearBy(String nearest) {
        return new Match(item, foldedTexts, nearest, false);
    }

    Match readAsPinyin() {
        return new Match(item, foldedTexts, null, true);
    }

    boolean byMeaning() {
        return passage != null;
    }
}
