package org.yulu.related;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yulu.corpus.Corpus;
import org.yulu.corpus.CorpusImported;
import org.yulu.corpus.Item;
import org.yulu.corpus.RelatedItem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yulu.related.SeedItems.BLOG;
import static org.yulu.related.SeedItems.THOUGHTS;

class RelatedPassagesTest {

    /** Hands out the seeds, then fails as a database might. */
    static class FlakyTexts implements Corpus {
        List<Item> next;
        String fingerprint;

        @Override
        public void forEachItem(Consumer<Item> sink) {
            if (next == null) {
                throw new IllegalStateException("database gone");
            }
            next.forEach(sink);
        }

        @Override
        public String fingerprint() {
            return fingerprint;
        }
    }

    @Test
    void hasNoLinksBeforeTheFirstImportAndKeepsTheLastLinksWhenARebuildFails() throws Exception {
        FlakyTexts texts = new FlakyTexts();
        RelatedPassages related = new RelatedPassages(texts, (Path) null);
        assertThat(related.of(THOUGHTS + "-27")).isEmpty();

        texts.next = SeedItems.seeds();
        related.rebuild(new CorpusImported(2));
        assertThat(related.of(THOUGHTS + "-27")).extracting(RelatedItem::id).containsExactly(BLOG + "-13");

        texts.next = null;
        related.rebuild(new CorpusImported(1));
        assertThat(related.of(THOUGHTS + "-27")).extracting(RelatedItem::id).containsExactly(BLOG + "-13");
        assertThat(related.sharedRanges(THOUGHTS + "-27")).hasSize(1);
    }

    @Test
    void aRestartOnTheSameCorpusReadsTheKeptLinksAndAnotherCorpusFindsThemAgain(@TempDir Path data) throws Exception {
        Path file = data.resolve("related").resolve("passages.json");
        FlakyTexts texts = new FlakyTexts();
        texts.fingerprint = "corpus-1";
        texts.next = SeedItems.seeds();
        RelatedPassages found = new RelatedPassages(texts, file);
        found.rebuild(new CorpusImported(2));
        assertThat(file).isRegularFile();

        texts.next = null; // reading the items now fails: only the kept file can give the links
        RelatedPassages restarted = new RelatedPassages(texts, file);
        restarted.rebuild(new CorpusImported(0));
        assertThat(restarted.of(THOUGHTS + "-27")).extracting(RelatedItem::id).containsExactly(BLOG + "-13");
        for (Item item : SeedItems.seeds()) {
            assertThat(restarted.of(item.id())).as(item.id()).isEqualTo(found.of(item.id()));
            assertThat(restarted.sharedRanges(item.id())).as(item.id()).isEqualTo(found.sharedRanges(item.id()));
        }

        texts.fingerprint = "corpus-2";
        RelatedPassages otherCorpus = new RelatedPassages(texts, file);
        otherCorpus.rebuild(new CorpusImported(1));
        assertThat(otherCorpus.of(THOUGHTS + "-27")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"format\":1,\"corpus\":\"corpus-1\",\"links\":4,\"related\":{\"",
            "{\"format\":1,\"corpus\":\"corpus-1\",\"links\":4,\"related\":{\"a\":null},\"sharedRanges\":{}}",
            "{\"format\":1,\"corpus\":\"corpus-1\",\"links\":4}"})
    void anUnreadableKeptFileIsFoundAgainAndReplaced(String contents, @TempDir Path data) throws Exception {
        Path file = data.resolve("passages.json");
        Files.writeString(file, contents);
        FlakyTexts texts = new FlakyTexts();
        texts.fingerprint = "corpus-1";
        texts.next = SeedItems.seeds();
        RelatedPassages related = new RelatedPassages(texts, file);
        related.rebuild(new CorpusImported(0));
        assertThat(related.of(THOUGHTS + "-27")).extracting(RelatedItem::id).containsExactly(BLOG + "-13");

        texts.next = null;
        RelatedPassages restarted = new RelatedPassages(texts, file);
        restarted.rebuild(new CorpusImported(0));
        assertThat(restarted.of(THOUGHTS + "-27")).extracting(RelatedItem::id).containsExactly(BLOG + "-13");
    }
}
