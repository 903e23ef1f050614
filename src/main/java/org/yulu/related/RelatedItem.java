package org.yulu.related;

import org.yulu.source.SourceRef;

/**
 * Another item that shares a passage with the one shown; {@code overlap} is that passage in the other item's own
 * words (several passages joined by " … ").
 */
public record RelatedItem(String type, String id, String url, SourceRef source, String overlap) {
}
