package org.yulu.search;

/**
 * When an item counts as close in meaning to a question: its nearest passage above an absolute similarity, so an
 * unrelated question finds nothing, and not far below the nearest item's, so a question finds its few answers
 * rather than every item that is merely on topic. Both were chosen on the judged questions
 * (docs/meaning-search.md) for the model shipped; another model needs them chosen again.
 */
final class Closeness {

    /** Above every unrelated judged question's nearest passage, with a margin. */
    static final double THRESHOLD = 0.48;
    /** How far below the nearest item another may lie and still be shown. */
    static final double WITHIN_BEST = 0.10;
    /** The nearest items looked at for a question: more than anyone pages through, few enough to read fast. */
    static final int NEAREST = 100;

    private Closeness() {
    }

    static boolean close(double similarity, double nearest) {
        return similarity >= THRESHOLD && similarity >= nearest - WITHIN_BEST;
    }
}
