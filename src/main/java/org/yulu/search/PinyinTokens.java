package org.yulu.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.yulu.text.PinyinReading;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A folded text's Han characters as pinyin terms, a position per character and a polyphone's readings stacked on
 * its position. Anything else between two characters leaves a gap, so a phrase never spans it.
 */
final class PinyinTokens extends TokenStream {

    private static final int GAP = 10;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final List<String> terms = new ArrayList<>();
    private final List<Integer> increments = new ArrayList<>();
    private int next;

    /** @param form what a reading is indexed as: the syllable itself, or its initial */
    PinyinTokens(List<List<String>> readings, UnaryOperator<String> form) {
        int step = 1;
        for (List<String> reading : readings) {
            if (reading.isEmpty()) {
                step = GAP;
                continue;
            }
            List<String> forms = reading.stream().map(form).distinct().toList();
            for (String one : forms) {
                terms.add(one);
                increments.add(step);
                step = 0;
            }
            step = 1;
        }
    }

    static PinyinTokens syllables(List<List<String>> readings) {
        return new PinyinTokens(readings, UnaryOperator.identity());
    }

    static PinyinTokens initials(List<List<String>> readings) {
        return new PinyinTokens(readings, PinyinReading::initials);
    }

    @Override
    public boolean incrementToken() {
        if (next == terms.size()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(terms.get(next));
        increment.setPositionIncrement(increments.get(next));
        next++;
        return true;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = 0;
    }
}
