package org.yulu.corpus;

/**
 * Another item close in meaning to the one shown, found by the sentence model rather than by shared words.
 *
 * @param excerpt the other item's passage nearest in meaning, in its own words
 * @param score   how close, as the cosine of the two passages' vectors (1 for the same meaning)
 */
public record SimilarItem(String id, String url, String type, String speaker, String excerpt, double score) {
}
