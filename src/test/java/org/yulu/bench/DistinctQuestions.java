package org.yulu.bench;

import org.yulu.corpus.Item;
import org.yulu.search.SeedCorpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Different questions, as many as asked, none twice: runs of two to eight characters of the seeds' letters, as a
 * reader types part of something remembered. Each is a new question for search by meaning, so nothing is cached.
 */
final class DistinctQuestions {

    private DistinctQuestions() {
    }

    static List<String> of(int count, long seed) {
        StringBuilder letters = new StringBuilder();
        for (Item item : SeedCorpus.load().items()) {
            item.texts().forEach(text -> text.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint));
        }
        Random random = new Random(seed);
        Set<String> questions = new LinkedHashSet<>();
        for (int tries = 0; questions.size() < count && tries < count * 20; tries++) {
            int length = 2 + random.nextInt(7);
            int start = random.nextInt(letters.length() - length);
            questions.add(letters.substring(start, start + length));
        }
        if (questions.size() < count) {
            throw new IllegalStateException("only " + questions.size() + " different runs in the seeds");
        }
        return new ArrayList<>(questions);
    }
}
