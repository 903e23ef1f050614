package org.yulu.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yulu.corpus.Corpus;
import org.yulu.corpus.CorpusImported;
import org.yulu.meaning.MeaningModel;
import org.yulu.meaning.MeaningModelLoaded;
import org.yulu.meaning.MeaningVectors;
import org.yulu.meaning.Passages;
import org.yulu.system.DaemonThreads;
import org.yulu.text.TextFolding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Gives every passage its vector and the index every vector, in the background, after the keyword index already
 * answers: once the model has loaded, and after each import. Only passages without a stored vector of this model
 * are encoded, so a restart, a rebuild or a second instance encodes nothing, and an edited document only its
 * changed passages; the index is then rebuilt from the database.
 */
@Component
class MeaningIndexing implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MeaningIndexing.class);
    /** Passages looked up, encoded and stored together. */
    private static final int BATCH = 256;

    private final SearchIndex index;
    private final Corpus corpus;
    private final MeaningModel model;
    private final MeaningVectors vectors;
    private final ExecutorService background = Executors.newSingleThreadExecutor(DaemonThreads.named("meaning-indexing"));

    MeaningIndexing(SearchIndex index, Corpus corpus, MeaningModel model, MeaningVectors vectors) {
        this.index = index;
        this.corpus = corpus;
        this.model = model;
        this.vectors = vectors;
    }

    @EventListener
    void imported(CorpusImported event) {
        background.execute(this::catchUp);
    }

    @EventListener
    void loaded(MeaningModelLoaded event) {
        background.execute(this::catchUp);
    }

    /** Encodes the passages without a vector, then rebuilds the index unless it holds every vector already. */
    void catchUp() {
        if (!model.ready()) {
            return;
        }
        try {
            index.ensureBuilt();
            if (index.holdsEveryVectorOf(model.id())) {
                return;
            }
            long start = System.nanoTime();
            long before = model.passagesEncoded();
            Set<String> batch = new LinkedHashSet<>();
            corpus.forEachItem(item -> {
                Passages.of(item).forEach(passage -> batch.add(TextFolding.fold(passage)));
                if (batch.size() >= BATCH) {
                    encodeMissing(batch);
                    batch.clear();
                }
            });
            encodeMissing(batch);
            long encoded = model.passagesEncoded() - before;
            index.rebuild();
            log.info("Search by meaning ready: {} passages encoded by {} in {} ms, the rest read from the database",
                    encoded, model.id(), (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Passages were not all given their vectors; searches find by meaning what the index holds", e);
        }
    }

    private void encodeMissing(Set<String> passages) {
        List<String> missing = new ArrayList<>(passages);
        missing.removeAll(vectors.find(missing).keySet());
        if (missing.isEmpty()) {
            return;
        }
        List<float[]> encoded = model.passages(missing);
        Map<String, float[]> found = new HashMap<>();
        for (int i = 0; i < missing.size(); i++) {
            found.put(missing.get(i), encoded.get(i));
        }
        vectors.save(found);
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
