package io.semanticrouter.examples;

import io.semanticrouter.testing.MilvusTestServer;
import io.semanticrouter.CacheOutcome;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.cache.milvus.MilvusCacheConfig;
import io.semanticrouter.cache.milvus.MilvusSemanticCache;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared-cache example on a real Milvus server: each instance is served what the other stored. */
class SharedMilvusCacheExampleTest {

    @Test
    void eachInstanceIsServedWhatTheOtherOneLearned() {
        String uri = MilvusTestServer.uri();
        String collection = "example_" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            List<RoutedResponse> r = SharedMilvusCacheExample.run(new PrintStream(buf, true, StandardCharsets.UTF_8),
                    uri, collection, DemoModels.standIns(Duration.ZERO));
            assertThat(r).hasSize(4);
            assertThat(r.get(0).cache().status()).isEqualTo(CacheOutcome.Status.MISS);
            assertThat(r.get(1).cache().status()).isEqualTo(CacheOutcome.Status.HIT);
            assertThat(r.get(1).text()).isEqualTo(r.get(0).text());
            assertThat(r.get(2).cache().status()).isEqualTo(CacheOutcome.Status.MISS);
            assertThat(r.get(3).cache().status()).isEqualTo(CacheOutcome.Status.HIT);
            assertThat(r.get(3).text()).isEqualTo(r.get(2).text());
            assertThat(buf.toString(StandardCharsets.UTF_8)).contains("instance B: Which renewable energy sources matter most?");
        } finally {
            try (MilvusSemanticCache c = MilvusSemanticCache.builder()
                    .config(MilvusCacheConfig.builder()
                            .connection(MilvusCacheConfig.Connection.builder().uri(uri).build())
                            .collection(MilvusCacheConfig.Collection.builder().name(collection).build())
                            .build()).build()) {
                c.initialize();
                c.dropCollection();
            }
        }
    }
}
