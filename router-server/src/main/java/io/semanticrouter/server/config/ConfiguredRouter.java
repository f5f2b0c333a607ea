package io.semanticrouter.server.config;

import dev.langchain4j.model.chat.StreamingChatModel;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.semanticrouter.CategoryClassifier;
import io.semanticrouter.Embedder;
import io.semanticrouter.MicrometerRouterStats;
import io.semanticrouter.SemanticRouter;

import io.semanticrouter.SemanticCache;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A router built from a {@link RouterConfig} by {@link RouterFactory}, with what an HTTP gateway needs beside
 * it: the server settings, the models' upstream names, the streaming models, the classifier (for a classify
 * endpoint) and the Prometheus registry every meter goes to. {@link #close()} releases everything the factory
 * opened (the cache, the embedder unless the caller supplied it, the registry).
 *
 * <p>A router built by {@link RouterFactory#reload} shares the parts whose settings did not change with the one
 * before it (the embedder, the cache, always the registry); a shared part is closed by the last router holding it.
 *
 * <p>Thread-safe: the router, the models and the classifier may be used from any number of threads.
 */
public final class ConfiguredRouter implements AutoCloseable {

    private final RouterConfig config;
    private final SemanticRouter router;
    private final Map<String, String> upstreamModels;
    private final Map<String, StreamingChatModel> streamingModels;
    private final CategoryClassifier classifier;
    /** What this router alone holds besides the classifier, such as a jailbreak encoder read from a file. */
    private final List<AutoCloseable> owned;
    private final Shared<Embedder> embedder;
    private final Shared<SemanticCache> cache;
    private final Shared<PrometheusMeterRegistry> meterRegistry;
    private final MicrometerRouterStats stats;
    private final ServerSettings server;
    private final Set<String> reused;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * The parts a router holds with others: the embedder, the cache (null: none), the registry and the router
     * meters on it (one per registry, for every generation).
     */
    record Parts(Shared<Embedder> embedder, Shared<SemanticCache> cache, Shared<PrometheusMeterRegistry> registry,
                 MicrometerRouterStats stats, Set<String> reused) {
    }

    ConfiguredRouter(RouterConfig config, SemanticRouter router, Map<String, String> upstreamModels,
                     Map<String, StreamingChatModel> streamingModels, CategoryClassifier classifier, Parts parts,
                     List<AutoCloseable> owned) {
        this.owned = List.copyOf(owned);
        this.config = config;
        this.router = router;
        this.upstreamModels = upstreamModels;
        this.streamingModels = streamingModels;
        this.classifier = classifier;
        this.embedder = parts.embedder();
        this.cache = parts.cache();
        this.meterRegistry = parts.registry();
        this.stats = parts.stats();
        this.reused = Set.copyOf(parts.reused());
        this.server = config.serverSettings();
    }

    /** The parts, for the next router of a reload. */
    Parts parts() {
        return new Parts(embedder, cache, meterRegistry, stats, reused);
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
        return embedder.value();
    }

    /**
     * The semantic cache itself (the in-memory or Milvus implementation, for its statistics and purges), when the
     * file enables one.
     */
    public Optional<SemanticCache> cache() {
        return Optional.ofNullable(cache == null ? null : cache.value());
    }

    /**
     * What this router took over from the one before it ({@link RouterFactory#reload}): any of {@code embedder},
     * {@code cache} and {@code meter_registry}; empty for a router built from scratch.
     */
    public Set<String> reused() {
        return reused;
    }

    /** The registry holding the router's and the cache's meters; {@code scrape()} gives the Prometheus text. */
    public PrometheusMeterRegistry meterRegistry() {
        return meterRegistry.value();
    }

    /**
     * Closes the router, an ONNX category model, a jailbreak encoder read from a file, and the parts no other
     * router holds: the cache, the embedder (unless supplied by the caller) and the registry. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        IllegalStateException failure = null;
        AutoCloseable[] steps = {router, () -> {
            if (classifier instanceof AutoCloseable c) {
                c.close();
            }
        }, () -> {
            for (AutoCloseable c : owned) {
                c.close();
            }
        }, cache == null ? null : cache::release, embedder::release, meterRegistry::release};
        for (AutoCloseable step : steps) {
            try {
                if (step != null) {
                    step.close();
                }
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("closing the router failed", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Whether {@link #close()} has been called. */
    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public String toString() {
        return "ConfiguredRouter[" + config + "]";
    }
}
