package org.yulu.embed;

import org.springframework.stereotype.Component;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.Item;
import org.yulu.corpus.ItemFilter;
import org.yulu.corpus.ItemKind;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Draws one item at random from those a filter lets through, each as likely as any other. */
@Component
public class ItemDraw {

    private final CorpusItems items;

    ItemDraw(CorpusItems items) {
        this.items = items;
    }

    /** @param kinds the kinds to draw from, each item of them as likely as any other */
    public Optional<Item> draw(List<ItemKind> kinds, ItemFilter filter) {
        CorpusItems.Counts counts = items.counts(kinds, filter);
        long total = counts.total();
        return total == 0 ? Optional.empty()
                : items.nth(counts, filter, ThreadLocalRandom.current().nextLong(total));
    }
}
