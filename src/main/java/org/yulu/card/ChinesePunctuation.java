package org.yulu.card;

/**
 * Sets the half-width punctuation that Chinese text often carries (a comma typed without switching the input method)
 * in full width where it stands beside a Han character, as Chinese is printed: {@code 模型,跟} becomes {@code 模型，跟}.
 * Latin text, numbers and addresses keep theirs: {@code 1,000}, {@code https://}, {@code Hello, world}.
 */
final class ChinesePunctuation {

    private static final String HALF = ",;:?!()";
    private static final String FULL = "，；：？！（）";

    private ChinesePunctuation() {
    }

    static String widen(String text) {
        StringBuilder set = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int which = HALF.indexOf(c);
            if (which < 0 || !besideHan(text, i, c)) {
                set.append(c);
                continue;
            }
            set.append(FULL.charAt(which));
            if (c != '(') {
                while (i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                    i++; // full-width punctuation carries its own space
                }
            }
        }
        return set.toString();
    }

    /** An opening bracket looks at what follows it, a closing one at what precedes it, the rest at either. */
    private static boolean besideHan(String text, int i, char c) {
        boolean before = i > 0 && isHan(text.codePointBefore(i));
        boolean after = i + 1 < text.length() && isHan(text.codePointAt(i + 1));
        return switch (c) {
            case '(' -> after;
            case ')' -> before;
            default -> before || after;
        };
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }
}
