package org.yulu.embed;

import org.springframework.data.domain.PageRequest;
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
class ItemDraw {

    private final CorpusItems items;

    ItemDraw(CorpusItems items) {
        this.items = items;
    }

    /** @param kinds the kinds to draw from, each item of them as likely as any other */
    Optional<Item> draw(List<ItemKind> kinds, ItemFilter filter) {
        long[] counts = kinds.stream().mapToLong(kind -> items.count(kind, filter)).toArray();
        long total = java.util.Arrays.stream(counts).sum();
        if (total == 0) {
            return Optional.empty();
        }
        long n = ThreadLocalRandom.current().nextLong(total);
        for (int k = 0; k < counts.length; k++) {
            if (n < counts[k]) {
                return items.page(kinds.get(k), filter, PageRequest.of((int) n, 1, CorpusItems.BY_ID)).stream()
                        .findFirst();
            }
            n -= counts[k];
        }
        return Optional.empty();
    }
}
