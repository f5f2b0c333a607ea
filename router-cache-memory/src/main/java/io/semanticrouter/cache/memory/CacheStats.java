package io.semanticrouter.cache.memory;

/**
 * Counters of an {@link InMemorySemanticCache} since it was built.
 *
 * @param hits        lookups served
 * @param misses      lookups not served
 * @param stores      entries written (replacements included)
 * @param evictions   entries removed to make room
 * @param expirations expired entries removed
 */
public record CacheStats(long hits, long misses, long stores, long evictions, long expirations) {
}
