package org.yulu.text;

/** Cuts a text for a title or a preview, counting characters as a reader does (code points, not UTF-16 units). */
public final class Shortening {

    public static final String ELLIPSIS = "…";

    private Shortening() {
    }

    /** The text itself when it has at most {@code max} characters, else its start and "…", {@code max} in all. */
    public static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + ELLIPSIS;
    }
}
