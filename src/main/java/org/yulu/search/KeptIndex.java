package org.yulu.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether an index found on disk can serve the corpus as it is, and what a kept index must give back that a build
 * collects as it goes. Each build records in its commit what it was built from.
 */
final class KeptIndex {

    /**
     * The fields and analysis of {@link ItemDocuments} and {@link SearchFields}, and the {@link YuluCodec}: change
     * it when they change.
     */
    static final String FORMAT = "grams-3";
    private static final String FORMAT_KEY = "yulu.format";
    private static final String CORPUS_KEY = "yulu.corpus";

    private KeptIndex() {
    }

    /** What a build records in its commit: this format and the corpus's fingerprint, if it has one. */
    static Map<String, String> builtFrom(String fingerprint) {
        return fingerprint == null ? Map.of(FORMAT_KEY, FORMAT) : Map.of(FORMAT_KEY, FORMAT, CORPUS_KEY, fingerprint);
    }

    /**
     * Why the committed index cannot serve the corpus with this fingerprint, or null when it can.
     *
     * @param committed the commit's user data, as {@code IndexWriter.getLiveCommitData()} gives it
     */
    static String staleness(Iterable<Map.Entry<String, String>> committed, IndexReader reader, String fingerprint) {
        Map<String, String> built = new HashMap<>();
        if (committed != null) {
            committed.forEach(e -> built.put(e.getKey(), e.getValue()));
        }
        if (fingerprint == null) {
            return "the corpus cannot tell whether it changed";
        }
        if (built.isEmpty()) {
            return reader.numDocs() == 0 ? "no index was found" : "the index does not say what it was built from";
        }
        if (!FORMAT.equals(built.get(FORMAT_KEY))) {
            return "it was built in format " + built.get(FORMAT_KEY) + ", not " + FORMAT;
        }
        if (!built.containsKey(CORPUS_KEY)) {
            return "the index does not say what it was built from";
        }
        if (!fingerprint.equals(built.get(CORPUS_KEY))) {
            return "it was built from another state of the corpus";
        }
        try {
            // every file's checksum: damage that opening the index does not reach
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
        } catch (IOException | RuntimeException e) {
            return "it is damaged (" + e + ")";
        }
        return null;
    }

    /** Each source's title, read from the first item of the source in each segment. */
    static void sourceTitles(IndexReader reader, Map<String, String> into) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues sources = DocValues.getSorted(leaf.reader(), SearchFields.SOURCE);
            StoredFields stored = leaf.reader().storedFields();
            int previous = -1;
            for (int doc = sources.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = sources.nextDoc()) {
                int ord = sources.ordValue();
                if (ord == previous) {
                    continue;
                }
                previous = ord;
                String id = sources.lookupOrd(ord).utf8ToString();
                if (!into.containsKey(id)) {
                    into.put(id, stored.document(doc, Set.of(SearchFields.SOURCE_TITLE))
                            .get(SearchFields.SOURCE_TITLE));
                }
            }
        }
    }
}
