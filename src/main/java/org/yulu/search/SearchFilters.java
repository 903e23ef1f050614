package org.yulu.search;

/**
 * What a search is narrowed to, each null for any.
 *
 * @param type    {@code quote} or {@code exchange}
 * @param speaker a speaker's name exactly as items show it
 * @param source  a source id
 */
record SearchFilters(String type, String speaker, String source) {

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
