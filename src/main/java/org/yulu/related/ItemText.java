package org.yulu.related;

import org.yulu.source.SourceRef;

/** What passage matching reads of an item: the words its speaker said (a quote's text, an exchange's answer). */
public record ItemText(String type, String id, String url, SourceRef source, int position, String text) {
}
