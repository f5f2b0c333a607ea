package io.semanticrouter.server.config;

import io.semanticrouter.testing.MilvusTestServer;
import dev.langchain4j.data.message.UserMessage;
import io.semanticrouter.RouteRequest;
import io.semanticrouter.RoutedResponse;
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
}
