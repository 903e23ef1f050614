package org.yulu.search;

import org.yulu.corpus.Item;

/**
 * What a search is narrowed to, each null for any.
 *
 * @param type    {@code quote} or {@code exchange}
 * @param speaker a speaker's name exactly as items show it
 * @param source  a source id
 */
record SearchFilters(String type, String speaker, String source) {

    /** Whether the item passes every filter but the one on {@code except} (a field of {@link SearchFields}, or null). */
    boolean pass(Item item, String except) {
        for (String field : MatchCollector.DIMENSIONS) {
            String wanted = wanted(field);
            if (!field.equals(except) && wanted != null && !wanted.equals(valueOf(item, field))) {
                return false;
            }
        }
        return true;
    }

    static String valueOf(Item item, String field) {
        return switch (field) {
            case SearchFields.TYPE -> item.type();
            case SearchFields.SPEAKER -> item.speaker();
            case SearchFields.SOURCE -> item.source().id();
            default -> throw new IllegalArgumentException("Searches are not narrowed by " + field);
        };
    }

    /** The wanted value of the keyword field of {@link SearchFields} named {@code field}, null for any. */
    String wanted(String field) {
        return switch (field) {
            case SearchFields.TYPE -> type;
            case SearchFields.SPEAKER -> speaker;
            case SearchFields.SOURCE -> source;
            default -> throw new IllegalArgumentException("Searches are not narrowed by " + field);
        };
    }
}
