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
    static final String FORMAT = "grams-5-pinyin";
    private static final String FORMAT_KEY = "yulu.format";
    private static final String CORPUS_KEY = "yulu.corpus";
    private static final String VECTORS_KEY = "yulu.vectors";

    private KeptIndex() {
    }

    /**
     * What a build records in its commit: this format, the corpus's fingerprint if it has one, and whose vectors it
     * holds.
     */
    static Map<String, String> builtFrom(String fingerprint, Vectors vectors) {
        Map<String, String> built = new HashMap<>();
        built.put(FORMAT_KEY, FORMAT);
        if (fingerprint != null) {
            built.put(CORPUS_KEY, fingerprint);
        }
        if (vectors.model() != null) {
            built.put(VECTORS_KEY, vectors.model() + (vectors.complete() ? "" : " " + PARTIAL));
        }
        return built;
    }

    private static final String PARTIAL = "partial";

    /**
     * Whose passage vectors an index holds, and whether every passage has one.
     *
     * @param model    the sentence model's id, or null when the index holds no vectors
     * @param complete true when every passage of every item has its vector
     */
    record Vectors(String model, boolean complete) {

        static final Vectors NONE = new Vectors(null, false);

        boolean completeFor(String wanted) {
            return complete && wanted != null && wanted.equals(model);
        }
    }

    /** The vectors a kept index's commit says it holds. */
    static Vectors vectors(Iterable<Map.Entry<String, String>> committed) {
        if (committed != null) {
            for (Map.Entry<String, String> entry : committed) {
                if (entry.getKey().equals(VECTORS_KEY)) {
                    String[] parts = entry.getValue().split(" ");
                    return new Vectors(parts[0], parts.length == 1);
                }
            }
        }
        return Vectors.NONE;
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
