package io.semanticrouter.server.config;

import io.semanticrouter.CacheEntry;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.CacheResult;
import io.semanticrouter.SemanticCache;

import java.util.List;
import java.util.OptionalLong;

/**
 * The cache as one router sees it when the cache may outlive the router (a reload hands it to the next one): every
 * call goes through, {@link #close()} does nothing; {@link Shared} closes the cache after its last holder.
 */
final class NonClosingCache implements SemanticCache {

    private final SemanticCache delegate;

    NonClosingCache(SemanticCache delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<CacheResult> search(CacheQuery query, int limit) {
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
        return delegate.similarityThreshold();
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
