package org.yulu.text;

/** Characters {@code start} (inclusive) to {@code end} (exclusive) of an item's own text, as substring takes them. */
public record TextRange(int start, int end) {
}
