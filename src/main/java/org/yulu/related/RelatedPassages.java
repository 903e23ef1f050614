package org.yulu.related;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yulu.importer.CorpusImported;

import java.util.List;

/**
 * The parallel passages of every item: other items that repeat the same words. They are derived data, rebuilt
 * from the database after every import and kept in memory, because they are cheap to recompute and deterministic,
 * so every instance derives the same links without sharing a table it would have to keep in step.
 */
@Component
public class RelatedPassages {

    private static final Logger log = LoggerFactory.getLogger(RelatedPassages.class);

    private final CorpusTexts texts;
    private volatile RelatedIndex index = RelatedIndex.EMPTY;

    RelatedPassages(CorpusTexts texts) {
        this.texts = texts;
    }

    @EventListener
    void rebuild(CorpusImported event) {
        long start = System.nanoTime();
        try {
            List<ItemText> items = texts.all();
            index = RelatedIndex.of(items);
            log.info("Linked {} pairs of parallel passages among {} items in {} ms", index.links(), items.size(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // Links are a reading aid: the import stands and the previous links stay rather than the app failing.
            log.warn("Parallel passages were not rebuilt; the previous links stay", e);
        }
    }

    /** The other items sharing a passage with this one, in reading order (source, then position). */
    public List<RelatedItem> of(String itemId) {
        return index.related(itemId);
    }

    /**
     * Where this item's own text (a quote's text, an exchange's answer) holds passages found elsewhere: sorted,
     * non-overlapping ranges for marking them on a page (escape the text, then wrap each range).
     */
    public List<TextRange> sharedRanges(String itemId) {
        return index.sharedRanges(itemId);
    }
}
