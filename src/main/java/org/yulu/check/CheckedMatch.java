package org.yulu.check;

import io.swagger.v3.oas.annotations.media.Schema;
import org.yulu.corpus.ExchangeItem;
import org.yulu.corpus.Item;
import org.yulu.corpus.QuoteItem;

import java.util.List;

/**
 * One item a pasted text was compared with.
 *
 * @param item        as the read API shows it
 * @param similarity  0 to 1: the part of the pasted words the item holds, or the closeness in meaning where that
 *                    is higher
 * @param diff        the item's words and the pasted ones, piece by piece
 */
public record CheckedMatch(
        @Schema(description = "A QuoteItem or an ExchangeItem (see type), as the read API shows it",
                implementation = QuoteItem.class, oneOf = {QuoteItem.class, ExchangeItem.class}) Item item,
        @Schema(allowableValues = {"verbatim", "excerpt", "altered", "paraphrase", "not_found"}) Verdict verdict, double similarity,
        @Schema(allowableValues = {"matches", "mismatch", "unknown"}) Attribution attribution,
        List<DiffSegment> diff) {

    /**
     * The item's own words for what was pasted: from the first piece in both to the last, omissions between them
     * included; all of them when nothing is shared word for word (a paraphrase).
     */
    public String exactWords() {
        int first = -1;
        int last = -1;
        for (int i = 0; i < diff.size(); i++) {
            if (diff.get(i).op() == DiffSegment.Op.EQUAL) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0 || verdict == Verdict.PARAPHRASE) {
            return item.words();
        }
        StringBuilder words = new StringBuilder();
        diff.subList(first, last + 1).stream().filter(s -> s.op() != DiffSegment.Op.INSERT)
                .forEach(s -> words.append(s.text()));
        return words.toString().strip();
    }
}
