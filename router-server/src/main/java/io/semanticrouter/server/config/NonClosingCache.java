package io.semanticrouter.server.config;

import io.semanticrouter.CacheEntry;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.CacheResult;
import io.semanticrouter.SemanticCache;

import java.util.List;
import java.util.OptionalLong;

/**
 * The cache as one router sees it when the cache may outlive the router (a reload hands it to the next one): every
 * call goes through, {@link #close()} does nothing; {@link Shared} closes the cache after its last holder. It may
 * carry the router's own similarity threshold, which then replaces the cache's in every lookup that sets none (a
 * reload that only changes {@code similarity_threshold} keeps the entries).
 */
final class NonClosingCache implements SemanticCache {

    private final SemanticCache delegate;
    private final double threshold;

    /**
     * @param delegate  the cache
     * @param threshold the similarity a hit needs in this router's lookups, in (0, 1]
     */
    NonClosingCache(SemanticCache delegate, double threshold) {
        this.delegate = delegate;
        this.threshold = threshold;
    }

    @Override
    public List<CacheResult> search(CacheQuery query, int limit) {
        if (query.minSimilarity() == null && threshold != delegate.similarityThreshold()) {
            query = new CacheQuery(query.partition(), query.text(), query.embedding(), threshold);
        }
        return delegate.search(query, limit);
    }

    @Override
    public void store(CacheEntry entry) {
        delegate.store(entry);
    }

    @Override
    public long size() {
        return delegate.size();
    }

    @Override
    public void clear() {
        delegate.clear();
    }

    @Override
    public OptionalLong purgeTenant(String tenantKey) {
        return delegate.purgeTenant(tenantKey);
    }

    @Override
    public double similarityThreshold() {
        return threshold;
    }

    @Override
    public void close() {
        // closed by its Shared handle after the last router holding it
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
