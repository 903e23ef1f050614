package org.yulu.corpus;


/**
 * Another item that shares a passage with the one shown; {@code overlap} is that passage in the other item's own
 * words (several passages joined by " … ").
 */
public record RelatedItem(String type, String id, String url, SourceRef source, String overlap) {
}
