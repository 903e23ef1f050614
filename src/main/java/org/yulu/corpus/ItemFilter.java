package org.yulu.corpus;

/**
 * Which items of a kind to read; each part null for any.
 *
 * @param speaker   a quote's speaker or an exchange's interviewee, exactly as written
 * @param sourceId  a source's id
 * @param minLength the fewest characters the item's words may have (a quote's text, an exchange's answer)
 * @param maxLength the most characters the item's words may have
 * @param quotableOnly only items that stand alone, away from their source
 */
public record ItemFilter(String speaker, String sourceId, Integer minLength, Integer maxLength,
        boolean quotableOnly) {

    public static final ItemFilter ALL = new ItemFilter(null, null, null, null, false);
    /** The items that stand alone: what is offered away from its source. */
    public static final ItemFilter QUOTABLE = new ItemFilter(null, null, null, null, true);

    public static ItemFilter of(String speaker, String sourceId) {
        return new ItemFilter(speaker, sourceId, null, null, false);
    }
}
