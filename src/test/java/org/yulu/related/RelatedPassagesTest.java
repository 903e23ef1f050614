package org.yulu.related;

import org.junit.jupiter.api.Test;
import org.yulu.importer.CorpusImported;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yulu.related.SeedItems.BLOG;
import static org.yulu.related.SeedItems.THOUGHTS;

class RelatedPassagesTest {

    /** Hands out the seeds, then fails as a database might. */
    static class FlakyTexts extends CorpusTexts {
        List<ItemText> next;

        FlakyTexts() {
            super(null);
        }

        @Override
        List<ItemText> all() {
            if (next == null) {
                throw new IllegalStateException("database gone");
            }
            return next;
        }
    }

    @Test
    void hasNoLinksBeforeTheFirstImportAndKeepsTheLastLinksWhenARebuildFails() throws Exception {
        FlakyTexts texts = new FlakyTexts();
        RelatedPassages related = new RelatedPassages(texts);
        assertThat(related.of(THOUGHTS + "-27")).isEmpty();

        texts.next = SeedItems.seeds();
        related.rebuild(new CorpusImported(2));
        assertThat(related.of(THOUGHTS + "-27")).extracting(RelatedItem::id).containsExactly(BLOG + "-13");

        texts.next = null;
        related.rebuild(new CorpusImported(1));
        assertThat(related.of(THOUGHTS + "-27")).extracting(RelatedItem::id).containsExactly(BLOG + "-13");
        assertThat(related.sharedRanges(THOUGHTS + "-27")).hasSize(1);
    }
}
