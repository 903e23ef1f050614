package org.yulu.card;

import org.yulu.corpus.ContentHash;

import java.nio.charset.StandardCharsets;

/**
 * Everything a card shows, in the words it shows them: what it is drawn from, and what names it on disk and in its
 * ETag, so a changed quote, title, address or label gets a card of its own.
 *
 * @param words       the words said: a quote's text, an exchange's answer
 * @param question    an exchange's question with who asked it ({@code 记者:为什么…}), or null for a quote
 * @param byline      who said the words ({@code —— 梁文锋})
 * @param sourceTitle the title of the document they come from
 * @param date        the document's day, or null when it gives none
 * @param permalink   the item's absolute address, which the tall card's QR code holds
 * @param siteName    the site's name
 * @param scanHint    what the tall card says beside its QR code
 */
record CardContent(String words, String question, String byline, String sourceTitle, String date, String permalink,
        String siteName, String scanHint) {

    /** What names the card of a format drawn in a font family by this design: a hash of all of it. */
    String key(CardFormat format, String family) {
        String drawn = String.join("\u0000", "design " + CardPainter.DESIGN, format.name(), family, words,
                String.valueOf(question), byline, sourceTitle, String.valueOf(date), permalink, siteName, scanHint);
        return ContentHash.sha256(drawn.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }
}
