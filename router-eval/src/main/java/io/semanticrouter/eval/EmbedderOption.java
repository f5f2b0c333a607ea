package io.semanticrouter.eval;

import io.semanticrouter.embeddings.OnnxEmbedder;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --embedder} option: a built-in model name or a sentence-transformers export directory. */
final class EmbedderOption {

    static final String HELP = "embedding model: minilm (default, all-MiniLM-L6-v2), minilm-q (int8), or a directory"
            + " with model.onnx and tokenizer.json";

    private EmbedderOption() {
    }

    /**
     * Loads the embedder; its own text cache is off so that timings measure the model.
     *
     * @throws IllegalArgumentException for an unknown name or a directory without a model
     */
    static OnnxEmbedder load(String spec) {
        String s = spec == null ? "minilm" : spec.trim();
        switch (s) {
            case "minilm":
                return OnnxEmbedder.builder().embeddingCacheSize(0).build();
            case "minilm-q":
                return OnnxEmbedder.builder().quantizedMiniLm().embeddingCacheSize(0).build();
            default:
                Path dir = Path.of(s);
                if (!Files.isDirectory(dir)) {
                    throw new IllegalArgumentException("--embedder must be minilm, minilm-q or a model directory, was '"
                            + spec + "'");
                }
                return OnnxEmbedder.builder().modelDirectory(dir).embeddingCacheSize(0).build();
        }
    }
}
