package io.semanticrouter.server.config;

import io.semanticrouter.cache.memory.EvictionPolicy;
import io.semanticrouter.cache.memory.InMemorySemanticCache;

import java.time.Duration;

/**
 * The {@code semantic_cache} section, in vLLM Semantic Router's vocabulary. Without the section there is no cache; with
 * it, the cache is on unless {@code enabled: false}.
 *
 * <pre>
 * semantic_cache:
 *   enabled: true
 *   backend_type: memory          # memory (default) | milvus
 *   similarity_threshold: 0.85    # (0, 1]; default 0.8
 *   ttl_seconds: 3600             # optional; positive; default: entries do not expire
 *   max_entries: 10000            # memory only; default 10000
 *   eviction_policy: lru          # memory only: fifo (default) | lru | lfu
 *   coalesce_misses: true         # default true: identical misses in flight share one model call
 *   # backend_type: milvus
 *   # backend_config_path: milvus.yaml   # milvus: required; relative to this file
 * </pre>
 *
 * <p>{@code max_entries} and {@code eviction_policy} are accepted and ignored by the Milvus backend, as in vLLM
 * Semantic Router, whose files often set them for every backend.
 *
 * @param enabled             whether the cache is on
 * @param backendType         where entries live
 * @param backendConfigPath   the Milvus file ({@code milvus} only)
 * @param similarityThreshold the similarity a cached question needs to be served
 * @param maxEntries          the in-memory cache's size bound
 * @param ttlSeconds          how long an entry lives, or {@code null} for no expiry
 * @param evictionPolicy      which entry a full in-memory cache drops first
 * @param coalesceMisses      whether identical misses in flight at the same time share one model call (the router's
 *                            {@code coalesceMisses}; a follower waits at most the longest model call:
 *                            {@code timeout_seconds x (max_retries + 1)} of the slowest model)
 */
public record SemanticCacheConfig(Boolean enabled, Backend backendType, String backendConfigPath,
                                  Double similarityThreshold, Integer maxEntries, Long ttlSeconds,
                                  EvictionPolicy evictionPolicy, Boolean coalesceMisses) {

    /** Default {@code similarity_threshold}. */
    public static final double DEFAULT_SIMILARITY_THRESHOLD = 0.8;
    /** Default {@code max_entries}. */
    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    /** Where cache entries live. */
    public enum Backend {
        /** In this process ({@code InMemorySemanticCache}). */
        MEMORY,
        /** In a Milvus collection shared by many router instances ({@code MilvusSemanticCache}). */
        MILVUS
    }

    /** Applies the defaults. */
    public SemanticCacheConfig {
        enabled = enabled == null || enabled;
        backendType = backendType == null ? Backend.MEMORY : backendType;
        similarityThreshold = similarityThreshold == null ? DEFAULT_SIMILARITY_THRESHOLD : similarityThreshold;
        maxEntries = maxEntries == null ? DEFAULT_MAX_ENTRIES : maxEntries;
        evictionPolicy = evictionPolicy == null ? EvictionPolicy.FIFO : evictionPolicy;
        coalesceMisses = coalesceMisses == null || coalesceMisses;
    }

    /** {@code ttl_seconds} as a duration, or {@code null} for no expiry. */
    Duration ttl() {
        return ttlSeconds == null ? null : Duration.ofSeconds(ttlSeconds);
    }

    /**
     * Hands the section's values to {@link InMemorySemanticCache#builder()}, which checks them. The Milvus cache
     * checks its similarity threshold and time to live with the same rules ({@code SemanticCache}'s checks).
     */
    InMemorySemanticCache.Builder memory(Refusals refusals) {
        InMemorySemanticCache.Builder b = InMemorySemanticCache.builder().evictionPolicy(evictionPolicy);
        refusals.set("similarity_threshold", similarityThreshold, b::similarityThreshold);
        refusals.set("max_entries", maxEntries, b::maxEntries);
        refusals.set("ttl_seconds", ttl(), b::ttl);
        return b;
    }

    /** No cache: what a file without the section means. */
    static SemanticCacheConfig disabled() {
        return new SemanticCacheConfig(false, null, null, null, null, null, null, null);
    }
}
