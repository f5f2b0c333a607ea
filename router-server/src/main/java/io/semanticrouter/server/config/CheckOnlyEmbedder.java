package io.semanticrouter.server.config;

import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;

/**
 * The embedder of builders that {@link ConfigValidator} creates only to let their setters check values from the
 * file: those builders are never built, so nothing is ever embedded.
 */
final class CheckOnlyEmbedder implements Embedder {

    @Override
    public Embedding embed(String text) {
        throw new UnsupportedOperationException("configuration checks embed nothing");
    }

    @Override
    public int dimension() {
        throw new UnsupportedOperationException("configuration checks embed nothing");
    }

    @Override
    public int maxTokens() {
        throw new UnsupportedOperationException("configuration checks embed nothing");
    }

    @Override
    public String modelId() {
        return "none";
    }
}
