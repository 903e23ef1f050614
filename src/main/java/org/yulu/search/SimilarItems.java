package org.yulu.search;

import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BitSet;
import org.springframework.stereotype.Component;
import org.yulu.corpus.Item;
import org.yulu.corpus.SimilarItem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The items closest in meaning to an item: for each of its passages, the items with the nearest passages, by the
 * vectors the index holds (the model itself is not needed). An item's closeness is its nearest pair of passages.
 */
@Component
public class SimilarItems {

    /** As many as a permalink page shows beside the parallel passages. */
    static final int SHOWN = 5;
    /** Scores are rounded to this many decimals: more would promise a precision the model does not have. */
    private static final double ROUNDING = 1000;

    private final SearchIndex index;

    SimilarItems(SearchIndex index) {
        this.index = index;
    }

    /**
     * Up to {@value #SHOWN} items closest in meaning to the item with this id, nearest first, none of them in
     * {@code shownAlready} (its parallel passages) and none below the search's threshold; none while the index holds
     * no vectors.
     */
    public List<SimilarItem> of(String itemId, Collection<String> shownAlready) {
        if (index.vectorModel() == null) {
            return List.of();
        }
        return index.read(searcher -> {
            TopDocs found = searcher.search(new TermQuery(new Term(SearchFields.ID, itemId)), 1);
            if (found.scoreDocs.length == 0) {
                return List.of();
            }
            Map<Integer, NearestPassages.Near> nearest = new HashMap<>();
            int wanted = SHOWN + shownAlready.size() + 1;
            for (float[] vector : passageVectors(searcher, found.scoreDocs[0].doc)) {
                for (NearestPassages.Near near : NearestPassages.of(searcher, index.items(), vector, wanted)) {
                    nearest.merge(near.item(), near, (a, b) -> a.similarity() >= b.similarity() ? a : b);
                }
            }
            List<SimilarItem> similar = new ArrayList<>();
            for (NearestPassages.Near near : nearest.values().stream()
                    .sorted(Comparator.comparingDouble(NearestPassages.Near::similarity).reversed()).toList()) {
                if (similar.size() == SHOWN || near.similarity() < Closeness.THRESHOLD) {
                    break;
                }
                Item other = ItemDocuments.fromDocument(searcher.storedFields().document(near.item()));
                if (!other.id().equals(itemId) && !shownAlready.contains(other.id())) {
                    similar.add(new SimilarItem(other.id(), other.url(), other.type(), other.speaker(), near.passage(),
                            Math.round(near.similarity() * ROUNDING) / ROUNDING));
                }
            }
            return similar;
        });
    }

    /** The vectors of the item's passages: the documents of its block before its own. */
    private List<float[]> passageVectors(IndexSearcher searcher, int itemDoc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(itemDoc, leaves));
        int item = itemDoc - leaf.docBase;
        FloatVectorValues values = leaf.reader().getFloatVectorValues(SearchFields.PASSAGE_VECTOR);
        List<float[]> vectors = new ArrayList<>();
        if (values == null) {
            return vectors;
        }
        BitSet items = index.items().getBitSet(leaf);
        int first = item == 0 ? 0 : items.prevSetBit(item - 1) + 1;
        for (int doc = first; doc < item; doc++) {
            if (values.docID() < doc) {
                values.advance(doc);
            }
            if (values.docID() == doc) {
                vectors.add(values.vectorValue().clone());
            }
        }
        return vectors;
    }
}
