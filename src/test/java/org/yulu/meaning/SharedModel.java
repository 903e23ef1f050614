package org.yulu.meaning;

import org.yulu.corpus.Corpus;
import org.yulu.text.TextFolding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shipped sentence model, loaded once for all the tests of a JVM that need it without a Spring context. */
public final class SharedModel {

    private static MeaningModel model;

    private SharedModel() {
    }

    public static synchronized MeaningModel get() {
        if (model == null) {
            model = new MeaningModel(SentenceModel.BGE_SMALL_ZH_Q, true, event -> { });
            model.load();
        }
        return model;
    }

    /** A model that never loads: what searches meet in the seconds after a start. */
    public static MeaningModel loading() {
        return new MeaningModel(SentenceModel.BGE_SMALL_ZH_Q, true, event -> { });
    }

    /** The vectors of every passage of a corpus, encoded by the shared model, as the vector table would hold them. */
    public static VectorSource vectorsOf(Corpus corpus) {
        Set<String> passages = new LinkedHashSet<>();
        corpus.forEachItem(item -> Passages.of(item).forEach(p -> passages.add(TextFolding.fold(p))));
        List<String> all = new ArrayList<>(passages);
        List<float[]> vectors = get().passages(all);
        Map<String, float[]> byPassage = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byPassage.put(all.get(i), vectors.get(i));
        }
        return new VectorSource() {
            @Override
            public String model() {
                return get().id();
            }

            @Override
            public Map<String, float[]> find(Collection<String> wanted) {
                Map<String, float[]> found = new HashMap<>();
                wanted.forEach(p -> {
                    if (byPassage.containsKey(p)) {
                        found.put(p, byPassage.get(p));
                    }
                });
                return found;
            }
        };
    }
}
