package org.yulu.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * One pass over every match of a query, since a frequent word in a large corpus matches many thousands of items:
 * the facet counts, the number of matches the filters let through, and the best of them, items holding every
 * keyword whole first. Equal scores stand in reading order (source, then position), whatever order the items
 * were indexed in.
 */
final class MatchCollector implements Collector {

    static final String[] DIMENSIONS = {SearchFields.TYPE, SearchFields.SPEAKER, SearchFields.SOURCE};
    private static final int SOURCE_DIMENSION = 2;

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble((Candidate c) -> -c.score())
            .thenComparing(Candidate::source).thenComparingLong(Candidate::position);

    private final SearchFilters filters;
    private final Weight whole;
    private final int keep;
    private final List<Map<String, Long>> counts = new ArrayList<>();
    private final PriorityQueue<Candidate> bestWhole = new PriorityQueue<>(BEST_FIRST.reversed());
    private final PriorityQueue<Candidate> bestRest = new PriorityQueue<>(BEST_FIRST.reversed());
    private long total;

    /**
     * @param filters what the hits are narrowed to, by the fields of {@link #DIMENSIONS}
     * @param whole   matches the items holding every keyword whole; null when every match does
     * @param keep    how many of the best to keep: the hits up to the end of the page asked for
     */
    MatchCollector(SearchFilters filters, Weight whole, int keep) {
        this.filters = filters;
        this.whole = whole;
        this.keep = keep;
        for (int d = 0; d < DIMENSIONS.length; d++) {
            counts.add(new HashMap<>());
        }
    }

    long total() {
        return total;
    }

    /** Index document numbers of the best hits, at most the number kept, those holding every keyword whole first. */
    List<Integer> best() {
        List<Candidate> best = new ArrayList<>(sorted(bestWhole));
        best.addAll(sorted(bestRest));
        return best.subList(0, Math.min(keep, best.size())).stream().map(Candidate::doc).toList();
    }

    /** How many of {@link #best()} hold every keyword whole: they come first. */
    int wholeCount() {
        return Math.min(keep, bestWhole.size());
    }

    Map<String, Long> counts(String dimension) {
        return Facets.mostFirst(counts.get(List.of(DIMENSIONS).indexOf(dimension)));
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        return new Leaf(context);
    }

    private static List<Candidate> sorted(PriorityQueue<Candidate> queue) {
        return queue.stream().sorted(BEST_FIRST).toList();
    }

    private record Candidate(float score, String source, long position, int doc) {
    }

    private final class Leaf implements LeafCollector {

        /** Wanted ords beside real ones: no filter, and a value this segment does not hold (nothing passes). */
        private static final int ANY = Integer.MIN_VALUE;
        private static final int ABSENT = -2;

        private final int docBase;
        private final SortedDocValues[] values = new SortedDocValues[DIMENSIONS.length];
        private final NumericDocValues positions;
        private final String[] sources;
        private final int[] wanted = new int[DIMENSIONS.length];
        private final int[][] leafCounts = new int[DIMENSIONS.length][];
        private final int[] ords = new int[DIMENSIONS.length];
        private final DocIdSetIterator wholeDocs;
        private Scorable scorer;

        Leaf(LeafReaderContext context) throws IOException {
            docBase = context.docBase;
            for (int d = 0; d < DIMENSIONS.length; d++) {
                values[d] = DocValues.getSorted(context.reader(), DIMENSIONS[d]);
                String filter = filters.wanted(DIMENSIONS[d]);
                wanted[d] = filter == null ? ANY : ordOrAbsent(values[d].lookupTerm(new BytesRef(filter)));
                leafCounts[d] = new int[values[d].getValueCount()];
            }
            positions = DocValues.getNumeric(context.reader(), SearchFields.POSITION);
            sources = new String[values[SOURCE_DIMENSION].getValueCount()];
            Scorer wholeScorer = whole == null ? null : whole.scorer(context);
            wholeDocs = wholeScorer == null ? DocIdSetIterator.empty() : wholeScorer.iterator();
        }

        private static int ordOrAbsent(int lookedUp) {
            return lookedUp >= 0 ? lookedUp : ABSENT;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
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
            if (misses == 1) {
                count(missed);
            }
            if (misses > 0) {
                return;
            }
            total++;
            for (int d = 0; d < DIMENSIONS.length; d++) {
                count(d);
            }
            float score = scorer.score();
            if (cannotMakeEither(score)) {
                return;
            }
            offer(isWhole(doc) ? bestWhole : bestRest, doc, score);
        }

        /** Whether a hit is whole costs a phrase match; a score below both lists' last needs no answer. */
        private boolean cannotMakeEither(float score) {
            return keep == 0 || below(bestWhole, score) && below(bestRest, score);
        }

        private boolean below(PriorityQueue<Candidate> best, float score) {
            return best.size() == keep && score < best.peek().score();
        }

        /** Keeps the hit if it is among the best; its reading-order key is looked up only for a close call. */
        private void offer(PriorityQueue<Candidate> best, int doc, float score) throws IOException {
            if (keep == 0 || best.size() == keep && score < best.peek().score()) {
                return;
            }
            Candidate candidate = new Candidate(score, source(ords[SOURCE_DIMENSION]),
                    positions.advanceExact(doc) ? positions.longValue() : 0, docBase + doc);
            if (best.size() == keep && BEST_FIRST.compare(candidate, best.peek()) >= 0) {
                return;
            }
            best.offer(candidate);
            if (best.size() > keep) {
                best.poll();
            }
        }

        /** Frequent words tie often, and looking a source up by ord decompresses a block of the terms dictionary. */
        private String source(int ord) throws IOException {
            if (ord < 0) {
                return "";
            }
            if (sources[ord] == null) {
                sources[ord] = values[SOURCE_DIMENSION].lookupOrd(ord).utf8ToString();
            }
            return sources[ord];
        }

        private boolean isWhole(int doc) throws IOException {
            if (whole == null) {
                return true;
            }
            if (wholeDocs.docID() < doc) {
                wholeDocs.advance(doc);
            }
            return wholeDocs.docID() == doc;
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
