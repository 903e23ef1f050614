package org.yulu.corpus;

/**
 * Which items of a kind to read; each part null for any.
 *
 * @param speaker   a quote's speaker or an exchange's interviewee, exactly as written
 * @param sourceId  a source's id
 * @param minLength the fewest characters the item's words may have (a quote's text, an exchange's answer)
 * @param maxLength the most characters the item's words may have
 */
public record ItemFilter(String speaker, String sourceId, Integer minLength, Integer maxLength) {

    public static final ItemFilter ALL = new ItemFilter(null, null, null, null);

    public static ItemFilter of(String speaker, String sourceId) {
        return new ItemFilter(speaker, sourceId, null, null);
    }
}
