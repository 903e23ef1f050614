package org.yulu.system;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one place where text is folded for comparison: Unicode NFKC (ＡＧＩ → AGI), lower case, and traditional →
 * simplified Chinese (創新 → 创新). Indexing, querying and passage matching all go through it.
 */
public final class TextFolding {

    /** The Han characters whose traditional forms opencc4j's own check knows: the common block up to U+9FA5. */
    private static final char COMMON_HAN_FIRST = '\u4e00';
    private static final char COMMON_HAN_LAST = '\u9fa5';
    /** Below this, nothing is Han: Latin, punctuation, kana's neighbours; CJK punctuation up to U+303F too. */
    private static final char FIRST_POSSIBLY_HAN = '\u3040';

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // the conversion costs some twenty times the check, and most texts are simplified already
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
     * False only when the conversion would leave the text as it is. opencc4j's {@code containsTraditional} looks at
     * the common Han block alone, so any other character that might be Han (extension A, compatibility ideographs,
     * surrogate pairs) is left to the conversion.
     */
    static boolean mayHoldTraditional(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_POSSIBLY_HAN && (c < COMMON_HAN_FIRST || c > COMMON_HAN_LAST)) {
                return true;
            }
        }
        return ZhConverterUtil.containsTraditional(text);
    }
}
