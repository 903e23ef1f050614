package org.yulu.system;

import org.yulu.text.Shortening;

/**
 * What a shared link to a page shows: title, description, the page's absolute address, and a picture when there is
 * one (null otherwise).
 */
public record PageMeta(String title, String description, String url, String type, PageImage image) {

    private static final int TITLE_LENGTH = 40;
    private static final int DESCRIPTION_LENGTH = 300;

    /** A permalink page for something {@code speaker} said; link previews show the words themselves. */
    public static PageMeta ofSaying(String speaker, String text, String url) {
        return new PageMeta(speaker + ":" + Shortening.shorten(text, TITLE_LENGTH),
                Shortening.shorten(text, DESCRIPTION_LENGTH), url, "article", null);
    }

    public PageMeta withImage(PageImage picture) {
        return new PageMeta(title, description, url, type, picture);
    }
}
