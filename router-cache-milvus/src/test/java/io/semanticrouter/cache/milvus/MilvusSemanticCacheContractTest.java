package io.semanticrouter.cache.milvus;

import io.semanticrouter.testing.MilvusTestServer;
import io.semanticrouter.SemanticCache;
import io.semanticrouter.cache.tck.SemanticCacheContract;
import org.junit.jupiter.api.AfterEach;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared cache contract, run against a real Milvus server (one fresh collection per test). */
class MilvusSemanticCacheContractTest extends SemanticCacheContract {

    private final List<MilvusSemanticCache> created = new ArrayList<>();

    @Override
    protected SemanticCache newCache(double threshold, Duration defaultTtl) {
        MilvusCacheConfig config = TestConfig.builder()
                .uri(MilvusTestServer.uri())
                .collection("contract_" + UUID.randomUUID().toString().replace("-", ""))
                .dimension(DIM)
                .consistency(MilvusCacheConfig.Consistency.STRONG)
                .requestTimeout(Duration.ofSeconds(10)) // Strong waits for a time tick; CI shares two cores with Milvus
                .writeMaxDelay(Duration.ofMillis(5))
                .build();
        MilvusSemanticCache.Builder b = MilvusSemanticCache.builder().config(config)
                .similarityThreshold(threshold)
                .clock(clock);
        if (defaultTtl != null) {
            b.ttl(defaultTtl);
        }
        MilvusSemanticCache cache = b.build();
        cache.initialize();
        created.add(cache);
        return cache;
    }

    @Override
    protected void awaitWrites(SemanticCache cache) {
        assertThat(((MilvusSemanticCache) cache).awaitPendingWrites(Duration.ofSeconds(30))).isTrue();
    }

    @AfterEach
    void dropCollections() {
        for (MilvusSemanticCache c : created) {
            c.dropCollection();
        }
    }
}
