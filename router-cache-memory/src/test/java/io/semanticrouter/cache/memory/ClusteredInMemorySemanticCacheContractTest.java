package io.semanticrouter.cache.memory;

import io.semanticrouter.SemanticCache;
import io.semanticrouter.cache.tck.SemanticCacheContract;

import java.time.Duration;

/** The shared cache contract, run against the in-memory back end with every partition on a clusters index. */
class ClusteredInMemorySemanticCacheContractTest extends SemanticCacheContract {

    @Override
    protected SemanticCache newCache(double threshold, Duration defaultTtl) {
        InMemorySemanticCache.Builder b = InMemorySemanticCache.builder()
                .similarityThreshold(threshold)
                .ticker(clock.ticker())
                .indexThreshold(0)
                .annIndex(AnnIndex.CLUSTERS);
        if (defaultTtl != null) {
            b.ttl(defaultTtl);
        }
        return b.build();
    }
}
