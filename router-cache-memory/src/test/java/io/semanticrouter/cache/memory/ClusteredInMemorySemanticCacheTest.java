package io.semanticrouter.cache.memory;

/** Every unit test of the in-memory cache again, with each partition on a clusters index from the first entry. */
class ClusteredInMemorySemanticCacheTest extends InMemorySemanticCacheTest {

    @Override
    int indexThreshold() {
        return 0;
    }

    @Override
    InMemorySemanticCache.Builder builder() {
        return super.builder().annIndex(AnnIndex.CLUSTERS);
    }
}
