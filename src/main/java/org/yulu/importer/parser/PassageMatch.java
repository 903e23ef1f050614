package org.yulu.importer.parser;

import org.yulu.text.TextFolding;

import java.util.HashSet;
import java.util.Set;

/** Decides whether a passage re-quotes another: the same words, ignoring punctuation, width and script. */
final class PassageMatch {

    private static final double SAME_PASSAGE = 0.85;

    private PassageMatch() {
    }

    static boolean samePassage(String original, String candidate) {
        String a = TextFolding.lettersOnly(original);
        String b = TextFolding.lettersOnly(candidate);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || dice(bigrams(a), bigrams(b)) >= SAME_PASSAGE;
    }

    private static Set<String> bigrams(String text) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            grams.add(text.substring(i, i + 2));
        }
        return grams;
    }

    private static double dice(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return 2.0 * shared.size() / (a.size() + b.size());
    }
}
