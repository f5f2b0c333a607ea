package io.semanticrouter.server.config;

import dev.langchain4j.model.chat.StreamingChatModel;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.semanticrouter.CategoryClassifier;
import io.semanticrouter.Embedder;
import io.semanticrouter.SemanticRouter;

import java.util.Map;
import java.util.Optional;

/**
 * A router built from a {@link RouterConfig} by {@link RouterFactory}, with what an HTTP gateway needs beside
 * it: the server settings, the models' upstream names, the streaming models, the classifier (for a classify
 * endpoint) and the Prometheus registry every meter goes to. {@link #close()} releases everything the factory
 * opened (the cache, the embedder unless the caller supplied it, the registry).
 *
 * <p>Thread-safe: the router, the models and the classifier may be used from any number of threads.
 */
public final class ConfiguredRouter implements AutoCloseable {

    private final RouterConfig config;
    private final SemanticRouter router;
    private final Map<String, String> upstreamModels;
    private final Map<String, StreamingChatModel> streamingModels;
    private final CategoryClassifier classifier;
    private final Embedder embedder;
    private final PrometheusMeterRegistry meterRegistry;
    private final ServerSettings server;

    ConfiguredRouter(RouterConfig config, SemanticRouter router, Map<String, String> upstreamModels,
                     Map<String, StreamingChatModel> streamingModels, CategoryClassifier classifier,
                     Embedder embedder, PrometheusMeterRegistry meterRegistry) {
        this.config = config;
        this.router = router;
        this.upstreamModels = upstreamModels;
        this.streamingModels = streamingModels;
        this.classifier = classifier;
        this.embedder = embedder;
        this.meterRegistry = meterRegistry;
        this.server = config.serverSettings();
    }

    /** The configuration this router was built from. */
    public RouterConfig config() {
        return config;
    }

    /** The router. */
    public SemanticRouter router() {
        return router;
    }

    /** Address, limits and authentication for the HTTP server. */
    public ServerSettings server() {
        return server;
    }

    /** Every configured model name (as callers and the router know it) mapped to the name sent upstream. */
    public Map<String, String> upstreamModels() {
        return upstreamModels;
    }

    /**
     * The streaming side of every configured model, by name (the same upstream as the blocking model the router
     * calls); the factory has registered each with the router ({@code SemanticRouterBuilder.streamingModel}).
     */
    public Map<String, StreamingChatModel> streamingModels() {
        return streamingModels;
    }

    /**
     * The category classifier, when the file configures categories (or the shipped default set): an exemplar
     * classifier, or the shipped trained model that {@code classifier.default_categories} names.
     */
    public Optional<CategoryClassifier> classifier() {
        return Optional.ofNullable(classifier);
    }

    /** The embedder the router, the classifier and the cache share. */
    public Embedder embedder() {
        return embedder;
    }

    /** The registry holding the router's and the cache's meters; {@code scrape()} gives the Prometheus text. */
    public PrometheusMeterRegistry meterRegistry() {
        return meterRegistry;
    }

    /**
     * Closes the router (its cache and, unless supplied by the caller, its embedder), an ONNX category model, and
     * the registry.
     */
    @Override
    public void close() {
        try {
            router.close();
        } finally {
            try {
                if (classifier instanceof AutoCloseable c) {
                    c.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException("closing the category classifier failed", e);
            } finally {
                meterRegistry.close();
            }
        }
    }

    @Override
    public String toString() {
        return "ConfiguredRouter[" + config + "]";
    }
}
