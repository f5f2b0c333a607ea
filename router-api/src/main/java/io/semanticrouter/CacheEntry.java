package io.semanticrouter;

import java.time.Duration;
import java.util.Objects;

/**
 * A cached answer and the question it answers.
 *
 * @param partition opaque partition key (tenant + context fingerprint)
 * @param queryText the question as asked
 * @param embedding the question's embedding
 * @param response  the answer text
 * @param model     the model that produced the answer
 * @param category  the category the question was routed as, or {@code null} when none
 * @param ttl       time to live of this entry, or {@code null} for the cache's default
 */
public record CacheEntry(String partition, String queryText, Embedding embedding, String response, String model,
                         String category, Duration ttl) {
    public CacheEntry {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(queryText, "queryText");
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(model, "model");
        if (ttl != null && (ttl.isNegative() || ttl.isZero())) {
            throw new IllegalArgumentException("ttl must be positive, was " + ttl);
        }
    }

    /** An entry with the cache's default TTL. */
    public CacheEntry(String partition, String queryText, Embedding embedding, String response, String model,
                      String category) {
        this(partition, queryText, embedding, response, model, category, null);
    }
}
