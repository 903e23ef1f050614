package org.yulu.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.DiversifyingChildrenFloatKnnVectorQuery;
import org.apache.lucene.util.BitSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The items whose passages lie nearest a vector, each with its nearest passage: Lucene's HNSW graph over the
 * passages' vectors, one hit per item.
 */
final class NearestPassages {

    /**
     * @param item       the item's document
     * @param passage    its passage nearest the vector, as the item says it
     * @param similarity the cosine of the two vectors
     */
    record Near(int item, String passage, double similarity) {
    }

    private NearestPassages() {
    }

    /** At most {@code count} items, nearest first. */
    static List<Near> of(IndexSearcher searcher, BitSetProducer items, float[] vector, int count) throws IOException {
        TopDocs top = searcher.search(new DiversifyingChildrenFloatKnnVectorQuery(SearchFields.PASSAGE_VECTOR,
                vector, null, count, items), count);
        List<Near> near = new ArrayList<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc hit : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            BitSet itemDocs = items.getBitSet(leaf);
            int item = leaf.docBase + itemDocs.nextSetBit(hit.doc - leaf.docBase);
            String passage = searcher.storedFields().document(hit.doc, Set.of(SearchFields.PASSAGE))
                    .get(SearchFields.PASSAGE);
            // Lucene scores cosine as (1 + cos) / 2
            near.add(new Near(item, passage, 2.0 * hit.score - 1));
        }
        return near;
    }
}
