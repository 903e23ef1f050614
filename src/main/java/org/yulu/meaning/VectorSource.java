package org.yulu.meaning;

import java.util.Collection;
import java.util.Map;

/** Where a search index reads passage vectors from when it is built: the vector table, or none. */
public interface VectorSource {

    VectorSource NONE = new VectorSource() {
        @Override
        public String model() {
            return null;
        }

        @Override
        public Map<String, float[]> find(Collection<String> passages) {
            return Map.of();
        }
    };

    /** The id of the model whose vectors these are; null when there are none. */
    String model();

    /** The vectors of those folded passages that have one, by passage. */
    Map<String, float[]> find(Collection<String> passages);
}
