package org.yulu.check;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A piece of the comparison between an item and a pasted text, in the item's own characters for {@code equal} and
 * {@code delete} (so those pieces, in order, are the item's words exactly) and the pasted characters for
 * {@code insert}.
 */
public record DiffSegment(Op op, String text) {

    public enum Op {
        /** In both. */
        EQUAL,
        /** In the item but missing from the pasted text. */
        DELETE,
        /** In the pasted text but not in the item. */
        INSERT;

        @JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
