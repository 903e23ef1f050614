package org.yulu.search;

/**
 * A word or phrase of the corpus offered for what is being typed.
 *
 * @param text  the word as the corpus says it, folded
 * @param count how many items hold it
 */
public record Suggestion(String text, int count) {
}
