package io.semanticrouter;

import java.util.Objects;

/**
 * What the router looks up: the partition, the query text and its embedding, and optionally a similarity
 * threshold for this lookup that replaces the cache's own (a category's {@code similarity_threshold}).
 *
 * @param partition     opaque partition key (tenant + context fingerprint); never null
 * @param text          the query text the embedding was made from; never null
 * @param embedding     the query's embedding; never null
 * @param minSimilarity the similarity a hit must reach in this lookup, in (0, 1], or {@code null} for the
 *                      cache's own threshold
 */
public record CacheQuery(String partition, String text, Embedding embedding, Double minSimilarity) {

    /**
     * @throws NullPointerException     if partition, text or embedding is null
     * @throws IllegalArgumentException if minSimilarity is given and not in (0, 1]
     */
    public CacheQuery {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(embedding, "embedding");
        if (minSimilarity != null && !(minSimilarity > 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("minSimilarity must be in (0, 1], was " + minSimilarity);
        }
    }

    /** A lookup at the cache's own threshold. */
    public CacheQuery(String partition, String text, Embedding embedding) {
        this(partition, text, embedding, null);
    }

    /** The threshold this lookup uses: its own when set, otherwise {@code cacheThreshold}. */
    public double threshold(double cacheThreshold) {
        return minSimilarity != null ? minSimilarity : cacheThreshold;
    }
}
