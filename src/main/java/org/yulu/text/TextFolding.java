package org.yulu.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place where text is folded for comparison: Unicode NFKC (ＡＧＩ → AGI), lower case, and traditional →
 * simplified Chinese (創新 → 创新). Indexing, querying and passage matching all go through it.
 */
public final class TextFolding {

    /** opencc4j's traditional → simplified dictionaries, as it reads them: "key TAB value [value...]" per line. */
    private static final List<String> DICTIONARIES = List.of("/data/dictionary/TSCharacters.txt",
            "/data/dictionary/TSPhrases.txt");
    /** Between an entry's key and its values: compiled once for all the dictionaries' lines. */
    private static final Pattern ENTRY_SEPARATOR = Pattern.compile("[\\t ]+");
    /**
     * Every character some dictionary entry changes. A text holding none of them converts to itself, so it can skip
     * the conversion; null when the dictionaries cannot be read, and then every text is converted.
     */
    private static final BitSet CONVERTED = convertedCharacters();

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // the conversion costs some ten times the check, and most texts are simplified already
        return mayHoldTraditional(nfkc) ? ZhConverterUtil.toSimple(nfkc) : nfkc;
    }

    /** The folded text with everything but letters and digits removed: what two copies of one passage share. */
    public static String lettersOnly(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * False only when the conversion would leave the text as it is. opencc4j's own {@code containsTraditional} is
     * no help: it counts 的, 是 and 我 as traditional, since they are written alike in both.
     */
    static boolean mayHoldTraditional(String text) {
        if (CONVERTED == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (CONVERTED.get(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The characters of each entry that its conversion changes: where key and value differ, or all of the key when
     * they differ in length (surrogates as UTF-16 units, so a text holding any half of one is converted).
     */
    private static BitSet convertedCharacters() {
        BitSet converted = new BitSet(Character.MAX_VALUE + 1);
        for (String dictionary : DICTIONARIES) {
            try (InputStream in = ZhConverterUtil.class.getResourceAsStream(dictionary)) {
                if (in == null) {
                    return null;
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] entry = ENTRY_SEPARATOR.split(line);
                    for (int v = 1; v < entry.length; v++) {
                        markChanged(converted, entry[0], entry[v]);
                    }
                }
            } catch (IOException e) {
                return null;
            }
        }
        return converted;
    }

    private static void markChanged(BitSet converted, String key, String value) {
        for (int i = 0; i < key.length(); i++) {
            if (key.length() != value.length() || key.charAt(i) != value.charAt(i)) {
                converted.set(key.charAt(i));
            }
        }
    }
}
