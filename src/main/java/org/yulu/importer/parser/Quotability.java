package org.yulu.importer.parser;

/**
 * Whether an item means something on its own, away from its source: offered as a random quote, the quote of the
 * day or a feed entry. Every item stays readable on its source page and at its permalink either way.
 */
public final class Quotability {

    /** Fewer letters than this is a transitional line ("这些与我前面讲的是一样的道理"), not a quote. */
    public static final int MIN_LETTERS = 20;

    private Quotability() {
    }

    /** Whether words of this length stand alone: letters and digits counted, punctuation and spaces not. */
    public static boolean standsAlone(String words) {
        return words.codePoints().filter(Character::isLetterOrDigit).limit(MIN_LETTERS).count() >= MIN_LETTERS;
    }
}
