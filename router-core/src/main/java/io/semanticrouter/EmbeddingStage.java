package io.semanticrouter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage 2, embedding: embeds the query once; guards, selection and the cache all use this one embedding. A
 * failure is not an error: the request goes to the default model without the cache.
 */
final class EmbeddingStage implements RouterStage {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingStage.class);

    private final Embedder embedder;

    EmbeddingStage(Embedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public void apply(RequestState state) {
        try {
            state.embedded(embedder.embed(state.query()), null);
        } catch (EmbeddingException e) {
            log.warn("Embedding failed, routing to the default model without cache: {}", e.toString());
            state.embedded(null, "embedding failed: " + e.getMessage());
        }
    }
}
