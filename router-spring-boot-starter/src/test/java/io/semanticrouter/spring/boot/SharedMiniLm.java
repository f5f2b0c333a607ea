package io.semanticrouter.spring.boot;

import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import io.semanticrouter.embeddings.OnnxEmbedder;

import java.util.List;

/** One real all-MiniLM-L6-v2 per test JVM, handed out as an embedder that contexts cannot close. */
final class SharedMiniLm implements Embedder {

    private static final OnnxEmbedder MODEL = OnnxEmbedder.allMiniLmL6V2();

    static Embedder get() {
        return new SharedMiniLm();
    }

    @Override
    public Embedding embed(String text) {
        return MODEL.embed(text);
    }

    @Override
    public List<Embedding> embedAll(List<String> texts) {
        return MODEL.embedAll(texts);
    }

    @Override
    public int dimension() {
        return MODEL.dimension();
    }

    @Override
    public int maxTokens() {
        return MODEL.maxTokens();
    }

    @Override
    public String modelId() {
        return MODEL.modelId();
    }
}
