package org.yulu.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over every match of a query: the facet counts, the number of matches the filters let through, and how
 * many of those hold every keyword whole (they are ranked first).
 */
final class FacetCounter implements Collector {

    static final String[] DIMENSIONS = {SearchFields.TYPE, SearchFields.SPEAKER, SearchFields.SOURCE};

    private final String[] filters;
    private final Weight whole;
    private final List<Map<String, Long>> counts = new ArrayList<>();
    private long total;
    private long wholeTotal;

    /** @param filters the wanted value per dimension of {@link #DIMENSIONS}, null for any */
    FacetCounter(String[] filters, Weight whole) {
        this.filters = filters;
        this.whole = whole;
        for (int d = 0; d < DIMENSIONS.length; d++) {
            counts.add(new HashMap<>());
        }
    }

    long total() {
        return total;
    }

    long wholeTotal() {
        return wholeTotal;
    }

    Map<String, Long> counts(String dimension) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.get(List.of(DIMENSIONS).indexOf(dimension)).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        return new Leaf(context);
    }

    private final class Leaf implements LeafCollector {

        /** Wanted ords beside real ones: no filter, and a value this segment does not hold (nothing passes). */
        private static final int ANY = Integer.MIN_VALUE;
        private static final int ABSENT = -2;

        private final SortedDocValues[] values = new SortedDocValues[DIMENSIONS.length];
        private final int[] wanted = new int[DIMENSIONS.length];
        private final int[][] leafCounts = new int[DIMENSIONS.length][];
        private final int[] ords = new int[DIMENSIONS.length];
        private final DocIdSetIterator wholeDocs;

        Leaf(LeafReaderContext context) throws IOException {
            for (int d = 0; d < DIMENSIONS.length; d++) {
                values[d] = DocValues.getSorted(context.reader(), DIMENSIONS[d]);
                wanted[d] = filters[d] == null ? ANY : ordOrAbsent(values[d].lookupTerm(new BytesRef(filters[d])));
                leafCounts[d] = new int[values[d].getValueCount()];
            }
            Scorer scorer = whole.scorer(context);
            wholeDocs = scorer == null ? DocIdSetIterator.empty() : scorer.iterator();
        }

        private static int ordOrAbsent(int lookedUp) {
            return lookedUp >= 0 ? lookedUp : ABSENT;
        }

        @Override
        public void setScorer(Scorable scorer) {
        }

        @Override
        public void collect(int doc) throws IOException {
            int misses = 0;
            int missed = -1;
            for (int d = 0; d < DIMENSIONS.length; d++) {
                ords[d] = values[d].advanceExact(doc) ? values[d].ordValue() : -1;
                if (wanted[d] != ANY && ords[d] != wanted[d]) {
                    misses++;
                    missed = d;
                }
            }
            if (misses == 0) {
                total++;
                for (int d = 0; d < DIMENSIONS.length; d++) {
                    count(d);
                }
                if (wholeDocs.docID() < doc) {
                    wholeDocs.advance(doc);
                }
                if (wholeDocs.docID() == doc) {
                    wholeTotal++;
                }
            } else if (misses == 1) {
                count(missed);
            }
        }

        private void count(int d) {
            if (ords[d] >= 0) {
                leafCounts[d][ords[d]]++;
            }
        }

        @Override
        public void finish() throws IOException {
            for (int d = 0; d < DIMENSIONS.length; d++) {
                for (int ord = 0; ord < leafCounts[d].length; ord++) {
                    if (leafCounts[d][ord] > 0) {
                        counts.get(d).merge(values[d].lookupOrd(ord).utf8ToString(), (long) leafCounts[d][ord],
                                Long::sum);
                    }
                }
            }
        }
    }
}
