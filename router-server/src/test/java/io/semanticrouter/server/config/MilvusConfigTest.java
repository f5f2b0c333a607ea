package io.semanticrouter.server.config;

import io.semanticrouter.testing.MilvusTestServer;
import dev.langchain4j.data.message.UserMessage;
import io.semanticrouter.CachePartitions;
import io.semanticrouter.RouteRequest;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.cache.milvus.MilvusSemanticCache;
import io.semanticrouter.embeddings.OnnxEmbedder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The milvus backend built from a configuration file, against a real server: {@code MILVUS_URI}, a private
 * Milvus Lite, or Docker (see {@link MilvusTestServer}); skipped with a message when none is available.
 */
class MilvusConfigTest {

    private static OnnxEmbedder embedder;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModel() {
        embedder = OnnxEmbedder.allMiniLmL6V2();
    }

    @AfterAll
    static void closeModel() {
        embedder.close();
    }

    @Test
    void milvusBackendFromTheConfigServesAParaphrase() throws Exception {
        String uri = MilvusTestServer.uri();
        String collection = "config_" + UUID.randomUUID().toString().replace("-", "");
        // the shipped example file, pointed at the test server and a fresh collection
        String milvus = Files.readString(RouterConfigTest.MILVUS_EXAMPLE)
                .replace("  host: localhost             # or, instead of host/port: uri: https://your-cluster:443 plus token\n"
                        + "  port: 19530\n", "  uri: " + uri + "\n")
                .replace("  name: semantic_cache\n", "  name: " + collection + "\n");
        assertThat(milvus).contains("uri: " + uri).contains("name: " + collection);
        Files.createDirectories(dir.resolve("conf"));
        Files.writeString(dir.resolve("conf/milvus.yaml"), milvus);
        Files.writeString(dir.resolve("router.yaml"), """
                models:
                  - name: small
                    type: demo
                semantic_cache:
                  backend_type: milvus
                  backend_config_path: conf/milvus.yaml
                  similarity_threshold: 0.8
                  ttl_seconds: 600
                """);

        try (ConfiguredRouter built = RouterFactory.create(RouterConfig.load(dir.resolve("router.yaml"), Map.<String, String>of()::get),
                embedder)) {
            RoutedResponse first = built.router().route(RouteRequest.builder()
                    .messages(UserMessage.from("What are the health benefits of drinking green tea?")).build());
            assertThat(first.cache().stored()).isTrue();

            // writes reach Milvus in the background: ask the paraphrase (without storing it) until it is served
            RoutedResponse paraphrase = null;
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < deadline) {
                paraphrase = built.router().route(RouteRequest.builder()
                        .messages(UserMessage.from("What health benefits does drinking green tea have?")).noStore().build());
                if (paraphrase.cacheHit()) {
                    break;
                }
                Thread.sleep(200);
            }

            assertThat(paraphrase).isNotNull();
            assertThat(paraphrase.cacheHit()).as("paraphrase served from Milvus: %s", paraphrase.cache()).isTrue();
            assertThat(paraphrase.cache().matchedQuery()).isEqualTo("What are the health benefits of drinking green tea?");
            assertThat(paraphrase.text()).isEqualTo(first.text());
            assertThat(built.meterRegistry().scrape()).contains("semantic_router_cache_backend_lookups_total{backend=\"milvus\",collection=\""
                    + collection + "\",result=\"hit\"}");
        }
    }

    /** Asks the paraphrase (without storing it) until it is served or 60 s have passed; returns the last answer. */
    private static RoutedResponse paraphrase(ConfiguredRouter built) throws InterruptedException {
        RoutedResponse r = null;
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            r = built.router().route(RouteRequest.builder()
                    .messages(UserMessage.from("What health benefits does drinking green tea have?")).noStore().build());
            if (r.cacheHit()) {
                break;
            }
            Thread.sleep(200);
        }
        return r;
    }

    @Test
    void aReloadKeepsTheMilvusCollectionAndAPurgeEmptiesOneTenant() throws Exception {
        String uri = MilvusTestServer.uri();
        String collection = "reload_" + UUID.randomUUID().toString().replace("-", "");
        Files.writeString(dir.resolve("milvus.yaml"), """
                connection:
                  uri: %s
                collection:
                  name: %s
                """.formatted(uri, collection));
        String router = """
                models:
                  - name: small
                    type: demo
                semantic_cache:
                  backend_type: milvus
                  backend_config_path: milvus.yaml
                  similarity_threshold: %s
                """;
        Path file = dir.resolve("router.yaml");
        Files.writeString(file, router.formatted("0.8"));
        Map<String, String> env = Map.of();
        ConfiguredRouter first = RouterFactory.create(RouterConfig.load(file, env::get), embedder);
        ConfiguredRouter second = null;
        ConfiguredRouter third = null;
        try {
            assertThat(first.router().route(RouteRequest.builder()
                    .messages(UserMessage.from("What are the health benefits of drinking green tea?")).build())
                    .cache().stored()).isTrue();
            assertThat(paraphrase(first).cacheHit()).isTrue();

            // unchanged cache settings: the very same cache instance
            second = RouterFactory.reload(RouterConfig.load(file, env::get), first);
            assertThat(second.reused()).contains("cache", "embedder", "meter_registry");
            assertThat(second.cache().orElseThrow()).isSameAs(first.cache().orElseThrow());
            first.close();
            assertThat(paraphrase(second).cacheHit()).as("the cache outlives the router that made it").isTrue();

            // a changed threshold keeps the cache instance; a changed TTL makes a new client on the same
            // collection, which still holds the entry
            Files.writeString(file, router.formatted("0.75"));
            ConfiguredRouter thresholdOnly = RouterFactory.reload(RouterConfig.load(file, env::get), second);
            assertThat(thresholdOnly.cache().orElseThrow()).isSameAs(second.cache().orElseThrow());
            thresholdOnly.close();
            Files.writeString(file, router.formatted("0.75") + "  ttl_seconds: 600\n");
            third = RouterFactory.reload(RouterConfig.load(file, env::get), second);
            assertThat(third.reused()).doesNotContain("cache");
            MilvusSemanticCache cache = (MilvusSemanticCache) third.cache().orElseThrow();
            assertThat(cache).isNotSameAs(second.cache().orElseThrow());
            assertThat(cache.config().collection().name()).isEqualTo(collection);
            second.close();
            assertThat(paraphrase(third).cacheHit()).as("the collection was kept").isTrue();
            // the Milvus meters are the new cache's: one hit so far
            assertThat(third.meterRegistry().scrape()).contains("semantic_router_cache_backend_lookups_total{backend=\"milvus\","
                    + "collection=\"" + collection + "\",result=\"hit\"} 1.0");

            // the shared scope's entry is purged; nothing else was there
            assertThat(cache.purgeTenant(CachePartitions.tenantKey(""))).hasValue(1);
            assertThat(cache.purgeTenant(CachePartitions.tenantKey("token:6:team-a"))).hasValue(0);
            assertThat(third.router().route(RouteRequest.builder()
                    .messages(UserMessage.from("What health benefits does drinking green tea have?")).noStore().build())
                    .cacheHit()).isFalse();
            cache.dropCollection();
        } finally {
            for (ConfiguredRouter r : new ConfiguredRouter[] {third, second, first}) {
                if (r != null) {
                    r.close();
                }
            }
        }
    }
}
