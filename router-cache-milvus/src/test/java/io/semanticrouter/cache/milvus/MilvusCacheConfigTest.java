package io.semanticrouter.cache.milvus;

import io.semanticrouter.cache.milvus.MilvusCacheConfig.Breaker;
import io.semanticrouter.cache.milvus.MilvusCacheConfig.Collection;
import io.semanticrouter.cache.milvus.MilvusCacheConfig.Connection;
import io.semanticrouter.cache.milvus.MilvusCacheConfig.Index;
import io.semanticrouter.cache.milvus.MilvusCacheConfig.Search;
import io.semanticrouter.cache.milvus.MilvusCacheConfig.Ttl;
import io.semanticrouter.testing.MilvusTestServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Configuration: builder checks, the seed's YAML vocabulary, and secrets kept out of strings. No server needed. */
class MilvusCacheConfigTest {

    private static MilvusCacheConfig yaml(String text) {
        return MilvusCacheConfig.fromYaml(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void readsEverySeedKeyItUnderstands() throws Exception {
        MilvusCacheConfig c;
        try (InputStream in = getClass().getResourceAsStream("/milvus-sample.yaml")) {
            c = MilvusCacheConfig.fromYaml(in, "milvus-sample.yaml");
        }
        assertThat(c.connection().uri()).isEqualTo("http://milvus.example.internal:19531");
        assertThat(c.connection().database()).isEqualTo("router_cache");
        assertThat(c.connection().connectTimeout()).isEqualTo(Duration.ofMillis(7500));
        assertThat(c.connection().requestTimeout()).isEqualTo(Duration.ofMillis(750));
        assertThat(c.connection().username()).isEqualTo("router");
        assertThat(c.connection().password()).isEqualTo("s3cret-pa55");
        assertThat(c.connection().tls()).isFalse();
        assertThat(c.collection().name()).isEqualTo("answers_v2");
        assertThat(c.collection().vectorField()).isEqualTo("vec");
        assertThat(c.collection().dimension()).isEqualTo(384);
        assertThat(c.collection().metric()).isEqualTo(MilvusCacheConfig.Metric.COSINE);
        assertThat(c.index().m()).isEqualTo(32);
        assertThat(c.index().efConstruction()).isEqualTo(200);
        assertThat(c.search().ef()).isEqualTo(96);
        assertThat(c.search().topK()).isEqualTo(4);
        assertThat(c.search().consistency()).isEqualTo(MilvusCacheConfig.Consistency.BOUNDED);
        assertThat(c.writes().batchSize()).isEqualTo(500);
        assertThat(c.ttl().cleanupInterval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(c.collection().autoCreateCollection()).isFalse();
        assertThat(c.breaker().failureThreshold()).isEqualTo(5);
        assertThat(c.breaker().openFor()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void theSeedSystemsOwnFileIsAccepted() {
        Path seed = Path.of("../../shared/anchor-data/vllm-sr/config/runtime/response-cache/milvus.yaml");
        if (!Files.exists(seed)) {
            seed = Path.of("../shared/anchor-data/vllm-sr/config/runtime/response-cache/milvus.yaml");
        }
        assumeThat(Files.exists(seed)).as("the seed's milvus.yaml under ../shared/anchor-data").isTrue();
        MilvusCacheConfig c = MilvusCacheConfig.fromYaml(seed);
        assertThat(c.connection().uri()).isEqualTo("http://localhost:19530");
        assertThat(c.collection().name()).isEqualTo("semantic_cache");
        assertThat(c.collection().metric()).isEqualTo(MilvusCacheConfig.Metric.IP);
        assertThat(c.search().topK()).isEqualTo(10);
        assertThat(c.search().consistency()).isEqualTo(MilvusCacheConfig.Consistency.SESSION);
    }

    @Test
    void secretsNeverAppearInToString() {
        MilvusCacheConfig c = MilvusCacheConfig.builder().connection(Connection.builder()
                .uri("http://127.0.0.1:" + MilvusTestServer.freePort())
                .token("tok-123456").username("alice").password("hunter2-pw").build()).build();
        assertThat(c.toString()).doesNotContain("tok-123456").doesNotContain("hunter2-pw")
                .contains("alice").contains("password=***").contains("token=***");
        try (MilvusSemanticCache cache = MilvusSemanticCache.builder().config(c).build()) {
            assertThat(cache.toString()).doesNotContain("hunter2-pw").doesNotContain("tok-123456");
        }
    }

    @Test
    void hostAndPortMakeTheUriAndTlsSwitchesTheScheme() {
        assertThat(Connection.builder().host("10.0.0.5").port(1234).build().uri()).isEqualTo("http://10.0.0.5:1234");
        assertThat(Connection.builder().host("db").tls(true).build().uri()).isEqualTo("https://db:19530");
        assertThat(MilvusCacheConfig.builder().build().connection().uri()).isEqualTo("http://localhost:19530");
    }

    @Test
    void badBuilderValuesNameTheValue() {
        assertThatThrownBy(() -> Connection.builder().port(70_000).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("port must be in 1..65535, was 70000");
        assertThatThrownBy(() -> Connection.builder().port(0).build()).hasMessageContaining("was 0");
        assertThatThrownBy(() -> Connection.builder().host(" ").build()).hasMessageContaining("host must not be blank");
        assertThatThrownBy(() -> Connection.builder().host("http://x:1").build()).hasMessageContaining("bare host name");
        assertThatThrownBy(() -> Connection.builder().uri("ftp://x:1").build()).hasMessageContaining("ftp://x:1");
        assertThatThrownBy(() -> Connection.builder().uri("http://x:99999").build()).hasMessageContaining("99999");
        assertThatThrownBy(() -> Connection.builder().uri("http://root:Milvus-pw@db:19530").build())
                .hasMessageContaining("must not carry credentials").hasMessageNotContaining("Milvus-pw");
        assertThatThrownBy(() -> Collection.builder().name("semantic-cache").build())
                .hasMessageContaining("'semantic-cache'");
        assertThatThrownBy(() -> Collection.builder().dimension(-3).build()).hasMessageContaining("was -3");
        assertThatThrownBy(() -> new Search(64, 0, MilvusCacheConfig.Consistency.SESSION)).hasMessageContaining("was 0");
        assertThatThrownBy(() -> new Index(MilvusCacheConfig.IndexType.HNSW, 1, 64))
                .hasMessageContaining("M must be in 2..2048, was 1");
        assertThatThrownBy(() -> Connection.builder().requestTimeout(Duration.ZERO).build()).hasMessageContaining("PT0S");
        assertThatThrownBy(() -> Connection.builder().caCertificate(Path.of("/no/such/ca.pem")).build())
                .hasMessageContaining("/no/such/ca.pem");
        assertThatThrownBy(() -> new Breaker(3, Duration.ofSeconds(10), Duration.ofSeconds(1)))
                .hasMessageContaining("must not be shorter");
        assertThatThrownBy(() -> new Search(2, 5, MilvusCacheConfig.Consistency.SESSION))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ef (2) must be >= topK (5)");
        Search strong = new Search(64, 1, MilvusCacheConfig.Consistency.STRONG);
        assertThatThrownBy(() -> MilvusCacheConfig.builder().search(strong)
                .connection(Connection.builder().requestTimeout(Duration.ofMillis(300)).build()).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Strong").hasMessageContaining("was 300");
        assertThat(MilvusCacheConfig.builder().search(strong).build().connection().requestTimeout())
                .as("the default timeout allows for Strong's time tick").isEqualTo(Duration.ofSeconds(2));
        assertThatThrownBy(() -> Connection.builder().password("x").build())
                .hasMessageContaining("username");
        assertThat(Connection.builder().host("::1").build().uri()).isEqualTo("http://[::1]:19530");
    }

    @Test
    void thresholdAndTtlOutOfRangeAreRefused() {
        assertThatThrownBy(() -> MilvusSemanticCache.builder().similarityThreshold(1.7))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("similarityThreshold must be in (0, 1], was 1.7");
        assertThatThrownBy(() -> MilvusSemanticCache.builder().similarityThreshold(0))
                .hasMessageContaining("was 0.0");
        assertThatThrownBy(() -> MilvusSemanticCache.builder().similarityThreshold(Double.NaN))
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> MilvusSemanticCache.builder().ttl(Duration.ofSeconds(-1)))
                .hasMessageContaining("PT-1S");
    }

    @Test
    void yamlErrorsNameTheFileTheKeyAndTheValue() {
        assertThatThrownBy(() -> yaml("connection:\n  port: 19530\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test.yaml: connection.host is required (or give connection.uri)");
        assertThatThrownBy(() -> yaml("connection:\n  host: h\n  port: 123456\n"))
                .hasMessage("test.yaml: connection.port must be in 1..65535, was 123456");
        assertThatThrownBy(() -> yaml("connection:\n  host: h\n  request_timeout_ms: 0\n"))
                .hasMessage("test.yaml: connection.request_timeout_ms must be positive, was PT0S");
        assertThatThrownBy(() -> yaml("collection:\n  vector_field:\n    dimension: 99999999999\n"))
                .hasMessage("test.yaml: collection.vector_field.dimension is out of range, was 99999999999");
        assertThatThrownBy(() -> yaml("circuit_breaker:\n  open_ms: 0\n"))
                .hasMessage("test.yaml: circuit_breaker.open_ms must be positive, was PT0S");
        assertThatThrownBy(() -> yaml("connection:\n  host: h\n  port: abc\n"))
                .hasMessage("test.yaml: connection.port must be an integer, was 'abc'");
        assertThatThrownBy(() -> yaml("collection:\n  vector_feld:\n    dimension: 384\n"))
                .hasMessageStartingWith("test.yaml: unknown key 'collection.vector_feld'");
        assertThatThrownBy(() -> yaml("colection:\n  name: x\n"))
                .hasMessageStartingWith("test.yaml: unknown key 'colection'");
        assertThatThrownBy(() -> yaml("collection:\n  vector_field:\n    metric_type: L2\n"))
                .hasMessageContaining("collection.vector_field.metric_type").hasMessageContaining("'L2'");
        assertThatThrownBy(() -> yaml("search:\n  topk: 0\n"))
                .hasMessage("test.yaml: search.topk must be in 1..100, was 0");
        assertThatThrownBy(() -> yaml("search:\n  topk: 8\n  params:\n    ef: 4\n"))
                .hasMessage("test.yaml: search.params.ef (4) must be >= topK (8)");
        assertThatThrownBy(() -> yaml("connection:\n  host: h\n  auth:\n    enabled: yes-please\n"))
                .hasMessageContaining("connection.auth.enabled must be true or false");
        assertThatThrownBy(() -> yaml("connection:\n  host: h\n  auth:\n    enabled: true\n"))
                .hasMessageContaining("connection.auth.username is required");
        assertThatThrownBy(() -> yaml("connection: [1, 2]\n")).hasMessageContaining("connection must be a mapping");
        assertThatThrownBy(() -> yaml("connection:\n  host: [unclosed\n")).hasMessageStartingWith("test.yaml: not valid YAML");
        assertThatThrownBy(() -> yaml("")).hasMessageContaining("empty");
    }

    @Test
    void yamlThatWouldSilentlyDoSomethingElseIsRefused() {
        assertThatThrownBy(() -> yaml("connection:\n  uri: \"http://h:1\"\n  token: 0x1F\n"))
                .hasMessageContaining("connection.token must be a string (quote it), was 31");
        assertThatThrownBy(() -> yaml("connection:\n  host: a\n  host: b\n"))
                .hasMessageContaining("host");
        assertThatThrownBy(() -> yaml("connection:\n  host: h\n  tls:\n    enabled: false\n    ca_file: /etc/ca.pem\n"))
                .hasMessageContaining("connection.tls names certificate files but enabled is not true");
        assertThatThrownBy(() -> yaml("connection:\n  host: h\n  auth:\n    username: u\n    password: p\n"))
                .hasMessageContaining("connection.auth has a username or password but enabled is not true");
        assertThatThrownBy(() -> yaml("connection:\n  uri: \"http://h:1\"\n  port: 2\n"))
                .hasMessageContaining("cannot be combined");
        assertThatThrownBy(() -> Connection.builder().host("db:19530").build())
                .hasMessageContaining("without scheme or port").hasMessageContaining("'db:19530'");
        assertThat(yaml("data_management:\n  ttl:\n    cleanup_interval: 0.5\n").ttl().cleanupInterval())
                .isEqualTo(Duration.ofMillis(500));
        assertThat(yaml("data_management:\n  ttl:\n    server_ttl_seconds: 3600\n").ttl().serverTtl())
                .isEqualTo(Duration.ofHours(1));
        assertThat(MilvusCacheConfig.builder().build().ttl().serverTtl()).isNull();
        assertThatThrownBy(() -> new Ttl(Duration.ofMinutes(1), Duration.ofMillis(10))).hasMessageContaining("PT0.01S");
        assertThat(yaml("circuit_breaker:\n  failure_threshold: 2\n").breaker())
                .as("a breaker section without max_open_ms probes up to every 30 s")
                .isEqualTo(new Breaker(2, Duration.ofSeconds(1), Duration.ofSeconds(30)));
    }

    @Test
    void aUriFormNeedsNoHost() {
        MilvusCacheConfig c = yaml("connection:\n  uri: \"https://in01.example.cloud:443\"\n  token: \"abc:def\"\n");
        assertThat(c.connection().uri()).isEqualTo("https://in01.example.cloud:443");
        assertThat(c.connection().token()).isEqualTo("abc:def");
        assertThat(c.toString()).doesNotContain("abc:def");
    }
}
