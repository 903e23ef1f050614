package org.yulu.meaning;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.List;
import java.util.Map;

/**
 * A BERT sentence model run by onnxruntime: texts in, one unit-length vector per text out, the [CLS] token's last
 * hidden state as the model was trained to be read. Texts are encoded in batches padded to their longest, so a
 * batch of like-sized passages costs about what its texts cost alone.
 */
public final class SentenceEncoder implements AutoCloseable {

    /** The model reads at most this many tokens, [CLS] and [SEP] included; the rest of a longer text is cut. */
    static final int MAX_TOKENS = 512;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final boolean takesTokenTypes;

    private SentenceEncoder(OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.takesTokenTypes = session.getInputNames().contains("token_type_ids");
    }

    /**
     * Loads the model's file and tokenizer from the class path.
     *
     * @param threads how many threads one encoding may use
     */
    public static SentenceEncoder load(SentenceModel model, int threads)
            throws IOException, OrtException {
        ClassLoader classes = SentenceEncoder.class.getClassLoader();
        WordPieceTokenizer tokenizer;
        try (InputStream in = resource(classes, model.tokenizerResource())) {
            tokenizer = WordPieceTokenizer.read(in);
        }
        byte[] weights;
        try (InputStream in = resource(classes, model.modelResource())) {
            weights = in.readAllBytes();
        }
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return new SentenceEncoder(environment, environment.createSession(weights, options), tokenizer);
        }
    }

    private static InputStream resource(ClassLoader classes, String name) throws IOException {
        InputStream in = classes.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path");
        }
        return in;
    }

    /** One vector per text, in order, each of length 1. */
    public float[][] encode(List<String> texts) throws OrtException {
        if (texts.isEmpty()) {
            return new float[0][];
        }
        int[][] ids = new int[texts.size()][];
        int longest = 0;
        for (int i = 0; i < ids.length; i++) {
            ids[i] = tokenizer.ids(texts.get(i), MAX_TOKENS);
            longest = Math.max(longest, ids[i].length);
        }
        long[] tokens = new long[ids.length * longest];
        long[] mask = new long[ids.length * longest];
        for (int i = 0; i < ids.length; i++) {
            for (int t = 0; t < ids[i].length; t++) {
                tokens[i * longest + t] = ids[i][t];
                mask[i * longest + t] = 1;
            }
        }
        long[] shape = {ids.length, longest};
        try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(tokens), shape);
                OnnxTensor attention = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
                OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[tokens.length]),
                        shape)) {
            Map<String, OnnxTensor> inputs = takesTokenTypes
                    ? Map.of("input_ids", inputIds, "attention_mask", attention, "token_type_ids", types)
                    : Map.of("input_ids", inputIds, "attention_mask", attention);
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                float[][] vectors = new float[ids.length][];
                for (int i = 0; i < ids.length; i++) {
                    vectors[i] = unitLength(hidden[i][0]);
                }
                return vectors;
            }
        }
    }

    private static float[] unitLength(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        float norm = (float) Math.sqrt(sum);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = norm == 0 ? 0 : vector[i] / norm;
        }
        return unit;
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
