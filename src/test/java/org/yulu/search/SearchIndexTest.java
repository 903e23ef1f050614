package org.yulu.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yulu.corpus.Corpus;
import org.yulu.corpus.Item;
import org.yulu.corpus.QuoteItem;
import org.yulu.system.PageParams;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchIndexTest {

    static final SeedCorpus SEEDS = SeedCorpus.load();

    @TempDir
    Path folder;

    @Test
    void isNotReadyUntilBuiltThenHoldsEveryItem() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder, SEEDS)) {
            assertThat(index.status()).isEqualTo(new IndexStatus(false, 0, folder.toString()));
            index.rebuild();
            assertThat(index.status()).isEqualTo(new IndexStatus(true, 62, folder.toString()));
        }
    }

    @Test
    void aSearchBeforeTheFirstBuildBuildsIt() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder, SEEDS)) {
            SearchResults results = searchOf(index).search(new SearchRequest("护城河", null, null, null, null));
            assertThat(results.total()).isEqualTo(2);
            assertThat(index.status().ready()).isTrue();
        }
    }

    @Test
    void keepsTheIndexInMemoryWhenTheFolderCannotHoldOne() throws IOException {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        try (SearchIndex index = SearchIndex.open(file, SEEDS)) {
            index.rebuild();
            assertThat(index.status()).isEqualTo(new IndexStatus(true, 62, "memory"));
        }
    }

    @Test
    void aFailedRebuildKeepsThePreviousIndex() throws IOException {
        AtomicBoolean broken = new AtomicBoolean(false);
        Corpus corpus = sink -> {
            SEEDS.forEachItem(sink);
            if (broken.get()) {
                throw new IllegalStateException("database gone");
            }
        };
        try (SearchIndex index = SearchIndex.open(folder, corpus)) {
            index.rebuild();
            broken.set(true);
            assertThatThrownBy(index::rebuild).hasMessage("database gone");
            assertThat(index.status().documents()).isEqualTo(62);
            broken.set(false);
            index.rebuild();
            assertThat(index.status().documents()).isEqualTo(62);
        }
    }

    @Test
    void aRepeatedSearchIsAnsweredAlikeUntilARebuildChangesTheAnswer() throws IOException {
        AtomicBoolean full = new AtomicBoolean(true);
        Corpus corpus = sink -> (full.get() ? SEEDS.items() : SEEDS.items().subList(0, 30)).forEach(sink);
        try (SearchIndex index = SearchIndex.open(folder, corpus)) {
            index.rebuild();
            SearchService search = searchOf(index);
            SearchRequest name = new SearchRequest("梁文锋", null, null, null, null);
            SearchResults first = search.search(name);

            assertThat(search.search(name)).isEqualTo(first);
            assertThat(first.total()).isEqualTo(46);

            full.set(false);
            index.rebuild();
            assertThat(search.search(name).total()).isEqualTo(30);
            assertThat(new SearchService(index, MatchCache.none()).search(name).total()).isEqualTo(30);
        }
    }

    @Test
    void aRebuildShowsTheItemsAsTheCorpusHoldsThemNow() throws IOException {
        // the first of the thirty thoughts, said again with one more sentence
        Item first = SEEDS.items().get(0);
        QuoteItem quote = (QuoteItem) first;
        Item changed = (new QuoteItem(quote.type(), quote.id(), quote.url(), quote.speaker(),
                quote.source(), quote.position(), quote.number(), quote.context(), quote.text() + "我们也要开源。",
                quote.related()));
        AtomicReference<Item> now = new AtomicReference<>(first);
        Corpus corpus = sink -> {
            sink.accept(now.get());
            SEEDS.items().subList(1, SEEDS.items().size()).forEach(sink);
        };
        try (SearchIndex index = SearchIndex.open(folder, corpus)) {
            index.rebuild();
            SearchService search = searchOf(index);
            // every item names DeepSeek in its source's title
            SearchRequest all = new SearchRequest("DeepSeek", null, null, null, PageParams.of("1", "100"));
            assertThat(search.search(all).items()).extracting(SearchHit::item).hasSize(62).contains(quote);

            now.set(changed);
            index.rebuild();
            assertThat(search.search(all).items()).extracting(SearchHit::item).hasSize(62)
                    .contains(changed).doesNotContain(quote);
        }
    }

    @Test
    void searchesDuringRebuildsSeeTheOldOrTheNewIndexAndNeverFail() throws Exception {
        List<Item> half = SEEDS.items().subList(0, 30);
        AtomicBoolean full = new AtomicBoolean(true);
        Corpus corpus = sink -> (full.get() ? SEEDS.items() : half).forEach(sink);
        try (SearchIndex index = SearchIndex.open(folder, corpus)) {
            index.rebuild();
            SearchService search = searchOf(index);
            Set<Long> totals = ConcurrentHashMap.newKeySet();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicBoolean done = new AtomicBoolean(false);
            List<Thread> readers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                Thread reader = new Thread(() -> {
                    try {
                        while (!done.get()) {
                            totals.add(search.search(new SearchRequest("梁文锋", null, null, null, null)).total());
                        }
                    } catch (Throwable e) {
                        failure.set(e);
                    }
                });
                reader.start();
                readers.add(reader);
            }
            for (int i = 0; i < 10; i++) {
                full.set(i % 2 == 1);
                index.rebuild();
            }
            done.set(true);
            for (Thread reader : readers) {
                reader.join();
            }
            assertThat(failure.get()).isNull();
            // the first 30 items are his 30 thoughts; all 62 hold his name 46 times
            assertThat(totals).containsAnyOf(30L, 46L).isSubsetOf(30L, 46L);
        }
    }

    @Test
    void keepsAnIndexBuiltFromTheSameStateOfTheCorpus() throws IOException {
        CountingCorpus corpus = builtOnce();
        try (SearchIndex index = SearchIndex.open(folder, corpus)) {
            index.bringUpToDate();
            assertThat(corpus.reads).isEqualTo(1);
            assertThat(index.status()).isEqualTo(new IndexStatus(true, 62, folder.toString()));
            SearchResults results = searchOf(index).search(new SearchRequest("护城河", null, null, null, null));
            assertThat(results.total()).isEqualTo(2);
            assertThat(results.facets().sourceTitle(SeedCorpus.BLOG))
                    .isEqualTo(SEEDS.items().get(SEEDS.items().size() - 1).source().title());
        }
    }

    @Test
    void theNextStartKeepsTheLastFinishedBuildNotWhatAFailedOneLeft() throws IOException {
        CountingCorpus corpus = builtOnce();
        Corpus failing = new Corpus() {
            @Override
            public void forEachItem(java.util.function.Consumer<Item> sink) {
                SEEDS.items().subList(0, 10).forEach(sink);
                throw new IllegalStateException("database gone");
            }

            @Override
            public String fingerprint() {
                return corpus.fingerprint();
            }
        };
        try (SearchIndex index = SearchIndex.open(folder, failing)) {
            index.bringUpToDate();
            assertThatThrownBy(index::rebuild).hasMessage("database gone");
        }
        try (SearchIndex index = SearchIndex.open(folder, corpus)) {
            index.bringUpToDate();
            assertThat(corpus.reads).isEqualTo(1);
            assertThat(index.status()).isEqualTo(new IndexStatus(true, 62, folder.toString()));
        }
    }

    @Test
    void rebuildsAnIndexBuiltFromAnotherStateOfTheCorpus() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder, new CountingCorpus("state 1", SEEDS.items()))) {
            index.bringUpToDate();
        }
        CountingCorpus changed = new CountingCorpus("state 2", SEEDS.items().subList(0, 30));
        try (SearchIndex index = SearchIndex.open(folder, changed)) {
            index.bringUpToDate();
            assertThat(changed.reads).isEqualTo(1);
            assertThat(index.status()).isEqualTo(new IndexStatus(true, 30, folder.toString()));
        }
    }

    @Test
    void rebuildsAnIndexWhoseFilesWereDamagedAndAnswersSearches() throws IOException {
        CountingCorpus corpus = builtOnce();
        // garbage over the middle of the segments' data (postings, stored fields, doc values); what lists the
        // segments and their files stays sound, so only reading the data back finds the damage
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("segments")
                    && !f.getFileName().toString().matches(".*\\.(si|cfe)")
                    && !f.getFileName().toString().equals("write.lock")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = bytes.length / 3; i < 2 * bytes.length / 3; i++) {
                    bytes[i] = (byte) (i * 31);
                }
                Files.write(file, bytes);
            }
        }
        assertRebuiltOnOpeningAndAnswering(corpus);
    }

    @Test
    void rebuildsAnIndexWhoseDataOnlyReadingItWholeFindsDamaged() throws IOException {
        CountingCorpus corpus = builtOnce();
        // four bytes in the middle of the largest compound file: every header and footer still reads back
        Path data;
        try (Stream<Path> files = Files.list(folder)) {
            data = files.filter(f -> f.toString().endsWith(".cfs"))
                    .max(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(data);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 4; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Files.write(data, bytes);
        assertRebuiltOnOpeningAndAnswering(corpus);
    }

    @Test
    void rebuildsAnIndexWhoseCommitPointIsGarbage() throws IOException {
        CountingCorpus corpus = builtOnce();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.writeString(file, "not an index");
            }
        }
        assertRebuiltOnOpeningAndAnswering(corpus);
    }

    private static SearchService searchOf(SearchIndex index) {
        return new SearchService(index, MatchCache.of(index));
    }

    private CountingCorpus builtOnce() throws IOException {
        CountingCorpus corpus = new CountingCorpus("state 1", SEEDS.items());
        try (SearchIndex index = SearchIndex.open(folder, corpus)) {
            index.bringUpToDate();
        }
        return corpus;
    }

    /** The damage is found, the corpus read a second time, and the new index is on disk and answers. */
    private void assertRebuiltOnOpeningAndAnswering(CountingCorpus corpus) throws IOException {
        try (SearchIndex index = SearchIndex.open(folder, corpus)) {
            index.bringUpToDate();
            assertThat(corpus.reads).isEqualTo(2);
            assertThat(index.status()).isEqualTo(new IndexStatus(true, 62, folder.toString()));
            assertThat(searchOf(index).search(new SearchRequest("护城河", null, null, null, null)).total())
                    .isEqualTo(2);
        }
    }

    /** A corpus that names its state and counts how often it is read whole. */
    private static final class CountingCorpus implements Corpus {

        private final String state;
        private final List<Item> items;
        int reads;

        CountingCorpus(String state, List<Item> items) {
            this.state = state;
            this.items = items;
        }

        @Override
        public void forEachItem(java.util.function.Consumer<Item> sink) {
            reads++;
            items.forEach(sink);
        }

        @Override
        public String fingerprint() {
            return state;
        }
    }
}
