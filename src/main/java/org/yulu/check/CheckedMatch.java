package org.yulu.check;

import org.yulu.corpus.Item;

import java.util.List;

/**
 * One item a pasted text was compared with.
 *
 * @param item        as the read API shows it
 * @param similarity  0 to 1: the part of the pasted words the item holds, or the closeness in meaning where that
 *                    is higher
 * @param diff        the item's words and the pasted ones, piece by piece
 */
public record CheckedMatch(Item item, Verdict verdict, double similarity, Attribution attribution,
        List<DiffSegment> diff) {
}
