package org.yulu.search;

/**
 * Whether searches are served from a built index, and how many items it holds.
 *
 * @param ready     true once the index has been built from the corpus at least once
 * @param documents the items the current index holds
 * @param location  the folder the index lives in, or {@code memory}
 */
public record IndexStatus(boolean ready, long documents, String location) {
}
