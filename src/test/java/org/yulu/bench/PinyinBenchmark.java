package org.yulu.bench;

import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.index.Terms;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yulu.corpus.Corpus;
import org.yulu.search.MatchCache;
import org.yulu.search.SearchIndex;
import org.yulu.search.SearchRequest;
import org.yulu.search.SearchService;
import org.yulu.search.SeedCorpus;
import org.yulu.search.Suggestion;
import org.yulu.search.Suggestions;
import org.yulu.system.PageParams;
import org.yulu.text.PinyinReading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.yulu.bench.SearchBenchmark.percentiles;
import static org.yulu.bench.SearchBenchmark.report;
import static org.yulu.bench.SearchBenchmark.seconds;

/**
 * What pinyin costs: the index's size with and without its pinyin fields, the time to find the corpus's words for
 * suggestions, and a suggestion's latency for every prefix a reader types on the way to a word, on the seeds and on a
 * generated corpus. Not a test: run with {@code ./mvnw -Pbench test -Dtest=PinyinBenchmark} and read the lines
 * starting with {@code BENCH}; {@code -Dbench.items=N} sizes the generated corpus (default 100,000).
 */
class PinyinBenchmark {

    /** The pinyin fields as SearchFields names them. */
    private static final Set<String> PINYIN_FIELDS = Set.of("pinyin", "initials");

    @TempDir
    Path folder;

    @Test
    void seeds() throws IOException {
        measure("seeds", SeedCorpus.load());
    }

    @Test
    void generatedCorpus() throws IOException {
        measure(String.format("%,d items", Integer.getInteger("bench.items", 100_000)),
                new CorpusGenerator(42, Integer.getInteger("bench.items", 100_000)));
    }

    private void measure(String corpus, Corpus items) throws IOException {
        Path index = Files.createDirectories(folder.resolve("index"));
        try (SearchIndex search = SearchIndex.open(index, items)) {
            long start = System.nanoTime();
            search.rebuild();
            report("%s: index built in %.1f s, %.2f MB on disk", corpus, seconds(start),
                    ScaleBenchmark.folderBytes(index) / 1e6);
            long with = merged(index, folder.resolve("with"), Set.of());
            long without = merged(index, folder.resolve("without"), PINYIN_FIELDS);
            report("%s: merged into one segment, %.2f MB with the pinyin fields, %.2f MB without (%.0f%% more)",
                    corpus, with / 1e6, without / 1e6, 100.0 * (with - without) / without);
            pinyinSearches(corpus, new SearchService(search, MatchCache.none()));
        }
        long start = System.nanoTime();
        Suggestions suggestions = Suggestions.of(items);
        report("%s: corpus words found in %.1f s", corpus, seconds(start));
        List<String> prefixes = prefixes(suggestions);
        for (int warmup = 0; warmup < 3; warmup++) {
            prefixes.forEach(suggestions::startingWith);
        }
        long[] nanos = new long[prefixes.size() * 3];
        int n = 0;
        for (int round = 0; round < 3; round++) {
            for (String prefix : prefixes) {
                long started = System.nanoTime();
                suggestions.startingWith(prefix);
                nanos[n++] = System.nanoTime() - started;
            }
        }
        report("%s: %,d suggestions for %,d prefixes: %s", corpus, nanos.length, prefixes.size(), percentiles(nanos));
    }

    private static void pinyinSearches(String corpus, SearchService search) {
        List<String> queries = List.of("chuangxin", "chuang xin", "hch", "cx", "moxing", "xian", "jishu", "kaiyuan",
                "lwf", "rengongzhineng");
        for (int warmup = 0; warmup < 5; warmup++) {
            queries.forEach(q -> search.search(new SearchRequest(q, null, null, null, PageParams.of("1", "20"))));
        }
        long[] nanos = new long[queries.size() * 5];
        int n = 0;
        for (int round = 0; round < 5; round++) {
            for (String q : queries) {
                long started = System.nanoTime();
                search.search(new SearchRequest(q, null, null, null, PageParams.of("1", "20")));
                nanos[n++] = System.nanoTime() - started;
            }
        }
        report("%s: %d searches of %d Latin queries read as pinyin: %s", corpus, nanos.length, queries.size(),
                percentiles(nanos));
    }

    /** Every prefix of the characters, joined pinyin and initials of the words suggested for each letter and Han start. */
    private static List<String> prefixes(Suggestions suggestions) {
        Set<String> words = new LinkedHashSet<>();
        for (char c = 'a'; c <= 'z'; c++) {
            suggestions.startingWith(String.valueOf(c)).forEach(s -> words.add(s.text()));
        }
        for (String start : List.of("创", "护", "技", "开", "人", "模", "中", "公", "大", "梁")) {
            suggestions.startingWith(start).forEach(s -> words.add(s.text()));
        }
        List<String> prefixes = new ArrayList<>();
        for (String word : words) {
            addPrefixes(prefixes, word);
            String reading = PinyinReading.ofWord(word);
            if (reading != null) {
                addPrefixes(prefixes, reading.replace(" ", ""));
                addPrefixes(prefixes, PinyinReading.initials(reading));
            }
        }
        return prefixes;
    }

    private static void addPrefixes(List<String> prefixes, String word) {
        for (int end = 1; end <= word.length(); end++) {
            prefixes.add(word.substring(0, end));
        }
    }

    /** The index copied into one segment, without the hidden fields: their share of the size is the difference. */
    private static long merged(Path index, Path copy, Set<String> hidden) throws IOException {
        try (FSDirectory from = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(from);
                FSDirectory to = FSDirectory.open(copy);
                IndexWriter writer = new IndexWriter(to, new IndexWriterConfig())) {
            List<CodecReader> leaves = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                leaves.add(SlowCodecReaderWrapper.wrap(new Hiding(leaf.reader(), hidden)));
            }
            writer.addIndexes(leaves.toArray(CodecReader[]::new));
            writer.forceMerge(1);
            writer.commit();
        }
        return ScaleBenchmark.folderBytes(copy);
    }

    private static final class Hiding extends FilterLeafReader {

        private final Set<String> hidden;
        private final FieldInfos infos;

        Hiding(LeafReader in, Set<String> hidden) {
            super(in);
            this.hidden = hidden;
            List<FieldInfo> kept = new ArrayList<>();
            in.getFieldInfos().forEach(info -> {
                if (!hidden.contains(info.name)) {
                    kept.add(info);
                }
            });
            this.infos = new FieldInfos(kept.toArray(FieldInfo[]::new));
        }

        @Override
        public FieldInfos getFieldInfos() {
            return infos;
        }

        @Override
        public Terms terms(String field) throws IOException {
            return hidden.contains(field) ? null : super.terms(field);
        }

        @Override
        public NumericDocValues getNormValues(String field) throws IOException {
            return hidden.contains(field) ? null : super.getNormValues(field);
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }
}
