package org.yulu.system;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.text.Normalizer;

/**
 * The one place where text is folded for comparison: Unicode NFKC (ＡＧＩ → AGI), lower case, and traditional →
 * simplified Chinese (創新 → 创新). Indexing, querying and passage matching all go through it.
 */
public final class TextFolding {

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        return ZhConverterUtil.toSimple(nfkc);
    }

    /** The folded text with everything but letters and digits removed: what two copies of one passage share. */
    public static String lettersOnly(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
