package org.yulu.system;

/** What a shared link to a page shows: title, description and the page's absolute address. */
public record PageMeta(String title, String description, String url, String type) {

    private static final int TITLE_LENGTH = 40;
    private static final int DESCRIPTION_LENGTH = 300;

    /** A permalink page for something {@code speaker} said; link previews show the words themselves. */
    public static PageMeta ofSaying(String speaker, String text, String url) {
        return new PageMeta(speaker + ":" + shorten(text, TITLE_LENGTH), shorten(text, DESCRIPTION_LENGTH), url,
                "article");
    }

    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
