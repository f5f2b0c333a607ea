package io.semanticrouter.spring.boot;

import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Actuator health of the router's embedder: embeds a short probe text and reports UP with the model id and the
 * vector dimension, or DOWN with the failure (a broken native library, a model file that cannot be read).
 * Repeated probes of the same text are usually served from the embedder's own cache, so checks stay cheap.
 */
public class EmbedderHealthIndicator extends AbstractHealthIndicator {

    static final String PROBE = "semantic router health check";

    private final Embedder embedder;

    /**
     * Checks {@code embedder}.
     *
     * @param embedder the router's embedder
     */
    public EmbedderHealthIndicator(Embedder embedder) {
        super("embedder health check failed");
        this.embedder = embedder;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Embedding e = embedder.embed(PROBE);
        builder.withDetail("model", embedder.modelId()).withDetail("dimension", embedder.dimension());
        if (e.dimension() != embedder.dimension()) {
            builder.down().withDetail("problem", "the probe's vector has " + e.dimension() + " dimensions");
        } else {
            builder.up();
        }
    }
}
