/**
 * Share cards: a picture of an item's words (a wide one for link previews, a tall one with a QR code to save and
 * post), drawn with the server's CJK font, kept in the data folder by what they show, and served as PNG. Not the
 * embeddable HTML cards of {@code embed/}.
 */
package org.yulu.card;
