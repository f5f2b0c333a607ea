package io.semanticrouter.server.config;

import dev.langchain4j.model.chat.ChatModel;
import io.semanticrouter.cache.memory.EvictionPolicy;
import io.semanticrouter.cache.memory.AnnIndex;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import io.semanticrouter.verify.ChatModelHitVerifier;

import java.time.Duration;
import java.util.List;

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
 *   follow_up_context: true       # short follow-ups are looked up with the turn before them; default true
 *   cache_tool_calls: false       # store and replay answers that are tool calls; default false
 *   spelling: true                # correct misspelt words in what the cache embeds and verifies; default true
 *   pair_head: true               # a learned head may serve a candidate the word rules refused; default: on
 *                                 # with the default verifier and an embedder a head ships for
 *   chat_verifier:                # optional, off by default: ask a model about hits in a grey zone
 *     model: small                # one of models[].name
 *     grey_zone: [0.80, 0.90]     # similarities [from, to) for which the model is asked; default [0.80, 0.90]
 *     timeout_ms: 2000            # no answer in time refuses the hit; default 2000
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
 * @param followUpContext     whether a short follow-up is looked up with the user turn before it (default true)
 * @param chatVerifier        the optional chat-model check of grey-zone hits, or {@code null} for none
 * @param cacheToolCalls      whether answers that are tool calls may be stored and replayed (the router's
 *                            {@code cacheToolCalls}; default false)
 * @param spelling            whether misspelt words are corrected in the text the cache embeds and the verifier
 *                            compares (the router's {@code cacheSpelling}; default true)
 * @param pairHead            whether the learned pair head may serve a candidate the word rules refused (the
 *                            router's {@code pairHead}; null for the default: on with the default verifier when a head ships for
 *                            the embedder; true needs an embedder a head is trained for)
 * @param annIndex            the in-memory cache's index of large partitions: {@code graph} (the default) or
 *                            {@code clusters} ({@code InMemorySemanticCache.Builder.annIndex})
 */
public record SemanticCacheConfig(Boolean enabled, Backend backendType, String backendConfigPath,
                                  Double similarityThreshold, Integer maxEntries, Long ttlSeconds,
                                  EvictionPolicy evictionPolicy, Boolean coalesceMisses,
                                  Boolean followUpContext, ChatVerifier chatVerifier, Boolean cacheToolCalls,
                                  Boolean spelling, Boolean pairHead, AnnIndex annIndex) {

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
        followUpContext = followUpContext == null || followUpContext;
        cacheToolCalls = cacheToolCalls != null && cacheToolCalls;
        spelling = spelling == null || spelling;
    }

    /**
     * {@code semantic_cache.chat_verifier}: after the word rules accepted a hit whose similarity lies in the grey
     * zone, the named model is asked whether the two questions ask the same thing; only a clear yes serves it
     * ({@link ChatModelHitVerifier}).
     *
     * @param model     the configured model to ask (one of {@code models[].name})
     * @param greyZone  the similarities {@code [from, to)} for which it is asked, or {@code null} for the default
     * @param timeoutMs how long to wait for its answer, or {@code null} for the default
     */
    public record ChatVerifier(String model, List<Double> greyZone, Long timeoutMs) {

        /** Copies the list. */
        public ChatVerifier {
            greyZone = greyZone == null ? null : Copies.list(greyZone);
        }

        /**
         * Hands the settings to {@link ChatModelHitVerifier#builder()}, which checks them (the grey zone: two
         * similarities).
         */
        ChatModelHitVerifier.Builder verifier(ChatModel chatModel, Refusals refusals) {
            ChatModelHitVerifier.Builder b = ChatModelHitVerifier.builder().model(chatModel);
            refusals.set("grey_zone", greyZone, b::greyZone);
            refusals.set("timeout_ms", timeoutMs == null ? null : Duration.ofMillis(timeoutMs), b::timeout);
            return b;
        }
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
        if (annIndex != null) {
            b.annIndex(annIndex);
        }
        return b;
    }

    /** No cache: what a file without the section means. */
    static SemanticCacheConfig disabled() {
        return new SemanticCacheConfig(false, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
