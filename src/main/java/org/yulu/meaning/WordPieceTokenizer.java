package org.yulu.meaning;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns text into the ids of a BERT vocabulary as the model's own tokenizer does: control characters dropped,
 * every Han character a word of its own, words split at spaces and punctuation, then each word cut into the
 * longest pieces the vocabulary holds. Written here rather than taken from a native tokenizer library, which would
 * add a native library per platform for a few dozen lines of rules.
 */
final class WordPieceTokenizer {

    static final int CLS = 101;
    static final int SEP = 102;
    private static final String UNKNOWN = "[UNK]";
    private static final String CONTINUATION = "##";
    private static final int LONGEST_WORD = 100;

    private final Map<String, Integer> vocabulary;
    private final int unknown;

    WordPieceTokenizer(Map<String, Integer> vocabulary) {
        this.vocabulary = Map.copyOf(vocabulary);
        this.unknown = vocabulary.get(UNKNOWN);
    }

    /** The vocabulary of a Hugging Face {@code tokenizer.json} with a WordPiece model. */
    static WordPieceTokenizer read(InputStream tokenizerJson) {
        JsonNode vocab = JsonMapper.builder().build().readTree(tokenizerJson).path("model").path("vocab");
        Map<String, Integer> ids = new HashMap<>();
        vocab.properties().forEach(entry -> ids.put(entry.getKey(), entry.getValue().asInt()));
        if (!ids.containsKey(UNKNOWN)) {
            throw new IllegalArgumentException("The tokenizer has no WordPiece vocabulary with " + UNKNOWN);
        }
        return new WordPieceTokenizer(ids);
    }

    /** The ids of a text between [CLS] and [SEP], at most {@code maxTokens} in all: a longer text is cut. */
    int[] ids(String text, int maxTokens) {
        int[] ids = new int[maxTokens];
        int count = 0;
        ids[count++] = CLS;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length() && count < maxTokens - 1; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0 || c == 0xFFFD || isControl(c)) {
                continue;
            }
            if (isWhitespace(c) || isHan(c) || isPunctuation(c)) {
                count = addWord(word, ids, count, maxTokens - 1);
                if (!isWhitespace(c)) {
                    word.appendCodePoint(c);
                    count = addWord(word, ids, count, maxTokens - 1);
                }
            } else {
                word.appendCodePoint(c);
            }
        }
        count = addWord(word, ids, count, maxTokens - 1);
        ids[count++] = SEP;
        return java.util.Arrays.copyOf(ids, count);
    }

    /** Adds the word's pieces, or [UNK] when some part of it is in no piece; empties the word. */
    private int addWord(StringBuilder word, int[] ids, int count, int limit) {
        if (word.isEmpty()) {
            return count;
        }
        String w = word.toString();
        word.setLength(0);
        if (w.codePointCount(0, w.length()) > LONGEST_WORD) {
            return add(ids, count, limit, unknown);
        }
        int[] pieces = new int[w.length()];
        int found = 0;
        for (int start = 0; start < w.length(); ) {
            int end = w.length();
            Integer id = null;
            while (end > start) {
                String piece = (start > 0 ? CONTINUATION : "") + w.substring(start, end);
                id = vocabulary.get(piece);
                if (id != null) {
                    break;
                }
                end = Character.isLowSurrogate(w.charAt(end - 1)) && end - 2 > start ? end - 2 : end - 1;
            }
            if (id == null) {
                return add(ids, count, limit, unknown);
            }
            pieces[found++] = id;
            start = end;
        }
        for (int p = 0; p < found; p++) {
            count = add(ids, count, limit, pieces[p]);
        }
        return count;
    }

    private static int add(int[] ids, int count, int limit, int id) {
        if (count < limit) {
            ids[count++] = id;
        }
        return count;
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean isControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.UNASSIGNED;
    }

    /** The ranges BERT treats as Chinese characters: the CJK ideograph blocks. */
    private static boolean isHan(int c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0x20000 && c <= 0x2A6DF
                || c >= 0x2A700 && c <= 0x2B73F || c >= 0x2B740 && c <= 0x2B81F || c >= 0x2B820 && c <= 0x2CEAF
                || c >= 0xF900 && c <= 0xFAFF || c >= 0x2F800 && c <= 0x2FA1F;
    }

    private static boolean isPunctuation(int c) {
        if (c >= 33 && c <= 47 || c >= 58 && c <= 64 || c >= 91 && c <= 96 || c >= 123 && c <= 126) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }
}
