package io.semanticrouter.server.config;

/**
 * The {@code embedder} section: the sentence-embedding model every query, exemplar and cache entry uses.
 *
 * <pre>
 * embedder:
 *   model: minilm        # all-MiniLM-L6-v2, shipped in the jar (default)
 *   # model: minilm-q    # its int8-quantised variant, about twice as fast on a CPU
 *   # model: models/bge  # a directory with model.onnx and tokenizer.json (relative to this file)
 * </pre>
 *
 * @param model {@code minilm}, {@code minilm-q} or a directory
 */
public record EmbedderConfig(String model) {

    /** The shipped all-MiniLM-L6-v2 (the default). */
    public static final String MINILM = "minilm";
    /** The shipped int8-quantised all-MiniLM-L6-v2. */
    public static final String MINILM_QUANTIZED = "minilm-q";

    /** Applies the default model. */
    public EmbedderConfig {
        model = model == null ? MINILM : model;
    }

    static EmbedderConfig defaults() {
        return new EmbedderConfig(null);
    }
}
