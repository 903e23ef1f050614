package org.yulu.card;

import org.yulu.system.PageImage;

/**
 * An item's cards as its page offers them.
 *
 * @param preview  the wide card, for link previews
 * @param tall     the tall card's address on this site, to save
 * @param fileName what a saved tall card is called
 */
public record ItemCards(PageImage preview, String tall, String fileName) {
}
