package io.semanticrouter;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A semantic cache: answers stored under the embedding of the question that produced them, found again
 * by vector similarity inside one partition.
 *
 * <p>A partition is an opaque key the router derives from the tenant and from everything besides the last
 * question that changes the answer (system prompt, earlier turns, tools, response format, model). An entry
 * is only ever returned for a query of the same partition.
 *
 * <p>Implementations are thread-safe. {@link #lookup} and {@link #store} either complete or leave the
 * cache as it was: a reader never sees half an entry. Back-end failures surface as {@link CacheException};
 * the router turns them into misses.
 */
public interface SemanticCache extends AutoCloseable {

    /**
     * Finds the most similar live entry of the query's partition.
     *
     * @return a hit when the best similarity reaches {@link #similarityThreshold()}, else a miss that still
     *         reports the best similarity seen (NaN when the partition was empty)
     * @throws IllegalArgumentException if the query's embedding has the wrong dimension
     * @throws CacheException           if the back end fails
     */
    CacheResult lookup(CacheQuery query);

    /**
     * Finds up to {@code limit} live entries of the query's partition whose similarity reaches
     * {@link #similarityThreshold()}, most similar first. The router verifies them in that order and serves the
     * first that passes, so a near-duplicate with another meaning does not hide a true paraphrase behind it.
     *
     * <p>The default asks {@link #lookup} for the single best entry; back ends that can return several at the
     * same cost override it.
     *
     * @return the hits, most similar first; when none reaches the threshold, a list holding the one miss that
     *         {@link #lookup} would return (with the best similarity seen)
     * @throws IllegalArgumentException if limit is below 1 or the query's embedding has the wrong dimension
     * @throws CacheException           if the back end fails
     */
    default List<CacheResult> lookupCandidates(CacheQuery query, int limit) {
        checkLimit(limit);
        return List.of(lookup(query));
    }

    /**
     * Checks the {@code limit} of {@link #lookupCandidates}.
     *
     * @return the limit
     * @throws IllegalArgumentException if below 1
     */
    static int checkLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        return limit;
    }

    /**
     * Stores an entry. An entry with the same partition and the same query text is replaced.
     *
     * @throws IllegalArgumentException if the entry's embedding has the wrong dimension
     * @throws CacheException           if the back end fails
     */
    void store(CacheEntry entry);

    /** Number of entries currently held (expired entries not yet removed may be counted). */
    long size();

    /** Removes every entry. */
    void clear();

    /** The similarity a stored query must reach to be served, in (0, 1]. */
    double similarityThreshold();

    /**
     * Checks a similarity threshold for a back end's builder, so every back end accepts and refuses the same
     * values with the same message.
     *
     * @return the threshold
     * @throws IllegalArgumentException unless in (0, 1] (NaN included)
     */
    static double checkThreshold(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("similarityThreshold must be in (0, 1], was " + threshold);
        }
        return threshold;
    }

    /**
     * Checks a default time to live for a back end's builder.
     *
     * @return the ttl
     * @throws NullPointerException     if ttl is null
     * @throws IllegalArgumentException if zero or negative
     */
    static Duration checkTtl(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isZero() || ttl.isNegative()) {
            throw new IllegalArgumentException("ttl must be positive, was " + ttl);
        }
        return ttl;
    }

    /** Releases resources (threads, connections). The default does nothing. */
    @Override
    default void close() {
    }
}
