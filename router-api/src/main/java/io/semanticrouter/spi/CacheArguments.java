package io.semanticrouter.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * The argument rules every {@link io.semanticrouter.SemanticCache} back end shares, so that the in-memory cache,
 * the Milvus cache and the router's per-category thresholds accept and refuse the same values with the same
 * message. For implementors of back ends; application code has no use for it.
 */
public final class CacheArguments {

    private CacheArguments() {
    }

    /**
     * Checks a similarity threshold.
     *
     * @return the threshold
     * @throws IllegalArgumentException unless in (0, 1] (NaN included)
     */
    public static double threshold(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("similarityThreshold must be in (0, 1], was " + threshold);
        }
        return threshold;
    }

    /**
     * Checks the {@code limit} of {@link io.semanticrouter.SemanticCache#search}.
     *
     * @return the limit
     * @throws IllegalArgumentException if below 1
     */
    public static int limit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        return limit;
    }

    /**
     * Checks a default time to live.
     *
     * @return the ttl
     * @throws NullPointerException     if ttl is null
     * @throws IllegalArgumentException if zero or negative
     */
    public static Duration ttl(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isZero() || ttl.isNegative()) {
            throw new IllegalArgumentException("ttl must be positive, was " + ttl);
        }
        return ttl;
    }
}
