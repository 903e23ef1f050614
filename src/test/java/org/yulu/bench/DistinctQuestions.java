package org.yulu.bench;

import org.yulu.corpus.Item;
import org.yulu.search.SeedCorpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Different questions, as many as asked, none twice: runs of two to eight characters of the seeds' letters, as a
 * reader types part of something remembered, and once those run short, two such runs as two words. Each is a new
 * question for search by meaning, so nothing is cached.
 */
final class DistinctQuestions {

    private DistinctQuestions() {
    }

    private static String run(StringBuilder letters, Random random) {
        int length = 2 + random.nextInt(7);
        int start = random.nextInt(letters.length() - length);
        return letters.substring(start, start + length);
    }

    static List<String> of(int count, long seed) {
        StringBuilder letters = new StringBuilder();
        for (Item item : SeedCorpus.load().items()) {
            item.texts().forEach(text -> text.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint));
        }
        Random random = new Random(seed);
        Set<String> questions = new LinkedHashSet<>();
        // single runs first; once they run short, two runs as two words
        for (int tries = 0; questions.size() < count; tries++) {
            String question = run(letters, random);
            if (tries > count * 4) {
                question += " " + run(letters, random);
            }
            questions.add(question);
        }
        List<String> shuffled = new ArrayList<>(questions);
        // any slice of the list holds the same mix of single and double runs
        Collections.shuffle(shuffled, random);
        return shuffled;
    }
}
