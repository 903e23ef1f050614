package org.yulu.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.springframework.stereotype.Component;
import org.yulu.corpus.Item;
import org.yulu.meaning.MeaningModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The items a pasted text may have come from: those sharing the most character pairs with it, whatever their order,
 * and those whose passages lie nearest it in meaning. Unlike a search, no word has to be present: a quote that was
 * altered still shares most of its pairs with its source.
 */
@Component
public class SourceCandidates {

    /**
     * An item that may be the source.
     *
     * @param meaning the cosine between the text and the item's nearest passage, or NaN when not compared
     */
    public record Candidate(Item item, double meaning) {
    }

    /** BooleanQuery's clause limit, with room for the filter. */
    private static final int MAX_PAIRS = 1000;

    private final SearchIndex index;
    private final MeaningModel model;

    /** By shared pairs alone where {@code model} is null. */
    public SourceCandidates(SearchIndex index, MeaningModel model) {
        this.index = index;
        this.model = model;
    }

    /** Whether the items close in meaning are looked for now (the model and the index's vectors are ready). */
    public boolean byMeaning() {
        return model != null && model.ready() && model.id().equals(index.vectorModel());
    }

    /** Up to {@code count} items by shared pairs, then up to {@code count} more by meaning, each item once. */
    public List<Candidate> of(String folded, int count) {
        index.ensureBuilt();
        boolean meaning = byMeaning();
        float[] vector = meaning ? model.question(folded) : null;
        return index.read(searcher -> {
            Map<String, Candidate> found = new LinkedHashMap<>();
            Map<Integer, Double> near = new LinkedHashMap<>();
            if (vector != null) {
                for (NearestPassages.Near n : NearestPassages.of(searcher, index.items(), vector, count)) {
                    near.merge(n.item(), n.similarity(), Math::max);
                }
            }
            BooleanQuery query = sharedPairs(folded);
            if (query != null) {
                for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
                    add(searcher, hit.doc, near.getOrDefault(hit.doc, Double.NaN), found);
                }
            }
            for (Map.Entry<Integer, Double> n : near.entrySet()) {
                add(searcher, n.getKey(), n.getValue(), found);
            }
            return List.copyOf(found.values());
        });
    }

    private static void add(IndexSearcher searcher, int doc, double meaning, Map<String, Candidate> found)
            throws IOException {
        Item item = ItemDocuments.fromDocument(searcher.storedFields().document(doc));
        found.putIfAbsent(item.id(), new Candidate(item, meaning));
    }

    /** Any of the text's character pairs (single characters when it has none), on items' documents only. */
    private static BooleanQuery sharedPairs(String folded) {
        Set<String> pairs = new LinkedHashSet<>();
        Set<String> singles = new LinkedHashSet<>();
        try (Analyzer grams = SearchFields.grams(); TokenStream tokens = grams.tokenStream(SearchFields.TEXT, folded)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            TypeAttribute type = tokens.addAttribute(TypeAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                boolean single = type.type().equals("<SINGLE>") || type.type().equals("<IDEOGRAPHIC>");
                (single ? singles : pairs).add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Analysing a string in memory cannot fail", e);
        }
        Set<String> terms = pairs.isEmpty() ? singles : pairs;
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        new ArrayList<>(terms).stream().limit(MAX_PAIRS).forEach(t ->
                any.add(new TermQuery(new Term(SearchFields.TEXT, t)), BooleanClause.Occur.SHOULD));
        any.add(SearchIndex.ITEMS, BooleanClause.Occur.FILTER).setMinimumNumberShouldMatch(1);
        return any.build();
    }
}
