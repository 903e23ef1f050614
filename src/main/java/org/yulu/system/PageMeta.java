package org.yulu.system;

import org.yulu.text.Shortening;

/** What a shared link to a page shows: title, description and the page's absolute address. */
public record PageMeta(String title, String description, String url, String type) {

    private static final int TITLE_LENGTH = 40;
    private static final int DESCRIPTION_LENGTH = 300;

    /** A permalink page for something {@code speaker} said; link previews show the words themselves. */
    public static PageMeta ofSaying(String speaker, String text, String url) {
        return new PageMeta(speaker + ":" + Shortening.shorten(text, TITLE_LENGTH),
                Shortening.shorten(text, DESCRIPTION_LENGTH), url, "article");
    }
}
