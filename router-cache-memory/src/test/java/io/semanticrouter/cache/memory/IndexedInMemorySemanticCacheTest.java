package io.semanticrouter.cache.memory;

/** Every unit test of the in-memory cache again, with each partition searched through its graph from the first entry. */
class IndexedInMemorySemanticCacheTest extends InMemorySemanticCacheTest {

    @Override
    int indexThreshold() {
        return 0;
    }
}
