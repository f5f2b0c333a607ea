package io.semanticrouter.server.config;

import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;

import java.util.List;

/** An embedder the caller owns: the router uses it, and closing the router leaves it open. */
final class NonClosingEmbedder implements Embedder {

    private final Embedder delegate;

    NonClosingEmbedder(Embedder delegate) {
        this.delegate = delegate;
    }

    @Override
    public Embedding embed(String text) {
        return delegate.embed(text);
    }

    @Override
    public List<Embedding> embedAll(List<String> texts) {
        return delegate.embedAll(texts);
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public int maxTokens() {
        return delegate.maxTokens();
    }

    @Override
    public String modelId() {
        return delegate.modelId();
    }

    @Override
    public void close() {
        // owned by the caller
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
