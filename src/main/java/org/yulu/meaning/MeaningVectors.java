package org.yulu.meaning;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.yulu.corpus.ContentHash;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The table of passage vectors: data, like the corpus, so a restart, a rebuilt index or another instance reads them
 * instead of running the model again. A passage is keyed by the hash of its folded text and the model's id.
 */
@Component
public class MeaningVectors implements VectorSource {

    /** Hashes looked up per statement: far below any database's limit on parameters. */
    private static final int LOOKED_UP_AT_ONCE = 500;

    private final JdbcTemplate jdbc;
    private final String model;

    MeaningVectors(JdbcTemplate jdbc, SentenceModel model) {
        this.jdbc = jdbc;
        this.model = model.id();
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public Map<String, float[]> find(Collection<String> passages) {
        return find(model, passages);
    }

    /** Stores the vectors of folded passages, computed by this model. */
    public void save(Map<String, float[]> vectors) {
        save(model, vectors);
    }

    /** How many vectors the table holds for this model. */
    public long count() {
        return count(model);
    }

    /** The key of a folded passage. */
    public static String hash(String folded) {
        return ContentHash.sha256(folded.getBytes(StandardCharsets.UTF_8));
    }

    /** The stored vectors of those folded passages that have one for this model, by passage. */
    Map<String, float[]> find(String model, Collection<String> passages) {
        Map<String, String> byHash = new HashMap<>();
        passages.forEach(p -> byHash.put(hash(p), p));
        List<String> hashes = new ArrayList<>(byHash.keySet());
        Map<String, float[]> found = new HashMap<>();
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        for (int from = 0; from < hashes.size(); from += LOOKED_UP_AT_ONCE) {
            named.query("select text_hash, vector from meaning_vector where model = :model and text_hash in (:hashes)",
                    Map.of("model", model,
                            "hashes", hashes.subList(from, Math.min(hashes.size(), from + LOOKED_UP_AT_ONCE))),
                    row -> {
                        found.put(byHash.get(row.getString(1)), floats(row.getBytes(2)));
                    });
        }
        return found;
    }

    /** Stores the vectors of folded passages; one another instance stored meanwhile is left as it is. */
    void save(String model, Map<String, float[]> vectors) {
        List<String> passages = new ArrayList<>(new LinkedHashSet<>(vectors.keySet()));
        passages.removeAll(find(model, passages).keySet());
        try {
            jdbc.batchUpdate("insert into meaning_vector (text_hash, model, vector) values (?, ?, ?)",
                    passages.stream().map(p -> new Object[] {hash(p), model, bytes(vectors.get(p))}).toList());
            return;
        } catch (DataIntegrityViolationException anotherInstanceToo) {
            passages.removeAll(find(model, passages).keySet());
        }
        for (String passage : passages) {
            try {
                jdbc.update("insert into meaning_vector (text_hash, model, vector) values (?, ?, ?)", hash(passage),
                        model, bytes(vectors.get(passage)));
            } catch (DataIntegrityViolationException sameMeanwhile) {
                // another instance stored the same passage's vector: it is the same vector
            }
        }
    }

    long count(String model) {
        return jdbc.queryForObject("select count(*) from meaning_vector where model = ?", Long.class, model);
    }

    static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] floats(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
