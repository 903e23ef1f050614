package org.yulu.corpus;

/** How an item names the source it comes from. */
public record SourceRef(String id, String title) {

    public static SourceRef of(Source source) {
        return new SourceRef(source.getId(), source.getTitle());
    }
}
