package org.yulu.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

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
            assertThat(index.status()).isEqualTo(new IndexStatus(true, 66, folder.toString()));
        }
    }

    @Test
    void aSearchBeforeTheFirstBuildBuildsIt() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder, SEEDS)) {
            SearchResults results = new SearchService(index).search(new SearchRequest("护城河", null, null, null, null));
            assertThat(results.total()).isEqualTo(2);
            assertThat(index.status().ready()).isTrue();
        }
    }

    @Test
    void keepsTheIndexInMemoryWhenTheFolderCannotHoldOne() throws IOException {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        try (SearchIndex index = SearchIndex.open(file, SEEDS)) {
            index.rebuild();
            assertThat(index.status()).isEqualTo(new IndexStatus(true, 66, "memory"));
        }
    }

    @Test
    void aFailedRebuildKeepsThePreviousIndex() throws IOException {
        AtomicBoolean broken = new AtomicBoolean(false);
        SearchCorpus corpus = sink -> {
            SEEDS.forEachItem(sink);
            if (broken.get()) {
                throw new IllegalStateException("database gone");
            }
        };
        try (SearchIndex index = SearchIndex.open(folder, corpus)) {
            index.rebuild();
            broken.set(true);
            assertThatThrownBy(index::rebuild).hasMessage("database gone");
            assertThat(index.status().documents()).isEqualTo(66);
            broken.set(false);
            index.rebuild();
            assertThat(index.status().documents()).isEqualTo(66);
        }
    }

    @Test
    void searchesDuringRebuildsSeeTheOldOrTheNewIndexAndNeverFail() throws Exception {
        List<IndexedItem> half = SEEDS.items().subList(0, 30);
        AtomicBoolean full = new AtomicBoolean(true);
        SearchCorpus corpus = sink -> (full.get() ? SEEDS.items() : half).forEach(sink);
        try (SearchIndex index = SearchIndex.open(folder, corpus)) {
            index.rebuild();
            SearchService search = new SearchService(index);
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
            // the first 30 items are his 30 thoughts; all 66 hold his name 46 times
            assertThat(totals).containsAnyOf(30L, 46L).isSubsetOf(30L, 46L);
        }
    }
}
