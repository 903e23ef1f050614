package org.yulu.meaning;

import org.yulu.corpus.ExchangeItem;
import org.yulu.corpus.Item;
import org.yulu.corpus.QuoteItem;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into the passages that are compared by meaning: whole sentences, joined while they stay short, so a
 * question meets the sentence that answers it rather than a paragraph's average. Pure: text in, passages out.
 */
public final class Passages {

    /** Sentences are joined up to this many characters: a thought with its reason, not a paragraph. */
    static final int JOINED_UP_TO = 100;
    /** A sentence longer than this is cut at its commas, or else hard. */
    static final int LONGEST = 200;
    private static final String SENTENCE_ENDS = "。！？!?；;\n";
    private static final String CLAUSE_ENDS = ",，、:：";

    private Passages() {
    }

    /**
     * An item's passages as it says them: what its speaker said, and an exchange's question too. A quote's context
     * is a heading shared by the quotes under it, so it would make them all alike. Fold each before encoding it.
     */
    public static List<String> of(Item item) {
        List<String> passages = new ArrayList<>();
        switch (item.kind()) {
            case QUOTE -> passages.addAll(of(((QuoteItem) item).text()));
            case EXCHANGE -> {
                ExchangeItem exchange = (ExchangeItem) item;
                passages.addAll(of(exchange.answer()));
                passages.addAll(of(exchange.question()));
            }
        }
        return passages;
    }

    static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> passages = new ArrayList<>();
        StringBuilder passage = new StringBuilder();
        for (String sentence : sentences(text)) {
            if (!passage.isEmpty() && passage.length() + sentence.length() > JOINED_UP_TO) {
                passages.add(passage.toString());
                passage.setLength(0);
            }
            passage.append(sentence);
        }
        if (!passage.isEmpty()) {
            passages.add(passage.toString());
        }
        return passages;
    }

    /** The text's sentences, stripped, none empty and none longer than {@link #LONGEST}. */
    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                cut(text.substring(start, Math.min(i + 1, text.length())).strip(), sentences);
                start = i + 1;
            }
        }
        return sentences;
    }

    private static void cut(String sentence, List<String> into) {
        while (sentence.length() > LONGEST) {
            int at = LONGEST;
            for (int i = LONGEST - 1; i > LONGEST / 2; i--) {
                if (CLAUSE_ENDS.indexOf(sentence.charAt(i)) >= 0) {
                    at = i + 1;
                    break;
                }
            }
            if (Character.isHighSurrogate(sentence.charAt(at - 1))) {
                at--;
            }
            into.add(sentence.substring(0, at).strip());
            sentence = sentence.substring(at).strip();
        }
        if (!sentence.isEmpty()) {
            into.add(sentence);
        }
    }
}
