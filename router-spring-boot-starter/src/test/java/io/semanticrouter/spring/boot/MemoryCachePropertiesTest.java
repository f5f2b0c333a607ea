package io.semanticrouter.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import io.semanticrouter.cache.memory.AnnIndex;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import org.junit.jupiter.api.Test;

/** The in-memory cache's properties reach its builder. */
class MemoryCachePropertiesTest {

    /** An embedder that only states its dimension: the cache's builder needs nothing else. */
    private static final Embedder DIM_8 = new Embedder() {
        @Override
        public Embedding embed(String text) {
            throw new UnsupportedOperationException("not used");
        }

        @Override
        public int dimension() {
            return 8;
        }

        @Override
        public int maxTokens() {
            return 16;
        }

        @Override
        public String modelId() {
            return "dim-8";
        }
    };

    @Test
    void annIndexIsTheCachesDefaultUnlessSet() {
        SemanticRouterProperties props = new SemanticRouterProperties();
        try (InMemorySemanticCache cache = new RouterAssembler(props).memoryCache(DIM_8)) {
            assertThat(cache.annIndex()).isEqualTo(AnnIndex.GRAPH);
        }
        props.getSemanticCache().setAnnIndex(AnnIndex.CLUSTERS);
        try (InMemorySemanticCache cache = new RouterAssembler(props).memoryCache(DIM_8)) {
            assertThat(cache.annIndex()).isEqualTo(AnnIndex.CLUSTERS);
        }
    }
}
