package org.yulu.search;

import org.yulu.corpus.Item;

import java.util.List;

/** A found item with its texts as folded for the index. */
record Match(Item item, List<String> foldedTexts) {
}
