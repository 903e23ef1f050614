package org.yulu.check;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a pasted text stands to an item, from the closest to the farthest: the order matches are ranked in. */
public enum Verdict {
    /** The whole item, up to punctuation, width and script. */
    VERBATIM,
    /** A contiguous part of the item, or parts of it in order with each omission marked by an ellipsis. */
    EXCERPT,
    /** Mostly the item's words, with some changed, added, dropped or reordered. */
    ALTERED,
    /** The item's meaning in few of its words. */
    PARAPHRASE,
    /** Nothing close: the item is only the closest thing said. */
    NOT_FOUND;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean found() {
        return this != NOT_FOUND;
    }
}
