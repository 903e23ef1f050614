package org.yulu.meaning;

/**
 * A sentence model on the class path, as a Maven artifact ships it: the ONNX file and its tokenizer.
 *
 * @param id                names the model in the vector table: vectors of another id are never compared with
 *                          this model's
 * @param modelResource     the {@code .onnx} file
 * @param tokenizerResource its Hugging Face {@code tokenizer.json}, with a WordPiece vocabulary
 */
public record SentenceModel(String id, String modelResource, String tokenizerResource) {

    /**
     * BAAI's bge-small-zh-v1.5 with 8-bit weights: on the judged questions as good as full precision, at a third
     * of the jar, a third of the load time and half the time per passage (docs/meaning-search.md).
     */
    public static final SentenceModel BGE_SMALL_ZH_Q = new SentenceModel("bge-small-zh-v1.5-q",
            "bge-small-zh-v1.5-q.onnx", "bge-small-zh-v1.5-q-tokenizer.json");
}
