package io.semanticrouter.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.semanticrouter.Embedder;
import io.semanticrouter.embeddings.OnnxEmbedder;
import io.semanticrouter.server.config.ConfiguredRouter;
import io.semanticrouter.server.config.RouterConfig;
import io.semanticrouter.server.config.RouterFactory;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The set-up the gateway tests share, registered with {@code @RegisterExtension} on an instance field: the real
 * all-MiniLM-L6-v2 embedder loaded once for the test class (closed when the class is done), a fresh temporary
 * directory and (unless {@link #withoutUpstream()}) a fresh {@link OpenAiUpstream} for each test, routers built from YAML written there and served
 * by a {@link GatewayServer} on a free port, everything closed in reverse order after the test; and the HTTP and
 * JSON helpers the tests have in common.
 */
final class GatewayFixture implements BeforeEachCallback, AfterEachCallback {

    /** One JSON mapper for the tests. */
    static final ObjectMapper JSON = new ObjectMapper();
    /** The client every test talks to the gateway with (HTTP/1.1). */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** The upstream model name behind {@code small}. */
    static final String SMALL_UP = "small-upstream-1b";
    /** The upstream model name behind {@code strong}. */
    static final String STRONG_UP = "strong-upstream-70b";
    /** An in-memory semantic cache block. */
    static final String CACHE = """
            semantic_cache:
              enabled: true
              backend_type: memory
              similarity_threshold: 0.85
            """;

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GatewayFixture.class);

    private final boolean withUpstream;
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private OnnxEmbedder embedder;
    private Path dir;
    private OpenAiUpstream upstream;
    private GatewayServer gateway;

    /** A fixture that starts an {@link OpenAiUpstream} for each test. */
    GatewayFixture() {
        this(true);
    }

    private GatewayFixture(boolean withUpstream) {
        this.withUpstream = withUpstream;
    }

    /** A fixture for tests whose models need no upstream (offline demo models). */
    static GatewayFixture withoutUpstream() {
        return new GatewayFixture(false);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        ExtensionContext classContext = context.getParent().orElseThrow();
        embedder = classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent("embedder", k -> OnnxEmbedder.allMiniLmL6V2(), OnnxEmbedder.class);
        dir = Files.createTempDirectory("gateway-test-");
        if (withUpstream) {
            upstream = closeLater(new OpenAiUpstream());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            for (int i = toClose.size() - 1; i >= 0; i--) {
                toClose.get(i).close();
            }
        } finally {
            toClose.clear();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Closes {@code resource} after the test, before everything registered earlier. */
    <T extends AutoCloseable> T closeLater(T resource) {
        toClose.add(resource);
        return resource;
    }

    /** The shared embedder. */
    OnnxEmbedder embedder() {
        return embedder;
    }

    /** This test's temporary directory. */
    Path dir() {
        return dir;
    }

    /** This test's stand-in upstream. */
    OpenAiUpstream upstream() {
        if (upstream == null) {
            throw new IllegalStateException("this fixture has no upstream");
        }
        return upstream;
    }

    /** The gateway started last. */
    GatewayServer gateway() {
        return gateway;
    }

    /** {@code path} resolved against the gateway started last. */
    URI uri(String path) {
        return gateway.uri().resolve(path);
    }

    /** The two upstream models {@code small} and {@code strong} (no keys, no retries), {@code small} the default. */
    String models() {
        return """
                models:
                  - name: small
                    type: openai
                    base_url: %1$s
                    model: %2$s
                    max_retries: 0
                  - name: strong
                    type: openai
                    base_url: %1$s
                    model: %3$s
                    max_retries: 0
                default_model: small
                """.formatted(upstream.baseUrl(), SMALL_UP, STRONG_UP);
    }

    /** Writes {@code yaml} to a new file in the temporary directory. */
    Path write(String yaml) throws IOException {
        Path file = dir.resolve("router-" + toClose.size() + ".yaml");
        Files.writeString(file, yaml);
        return file;
    }

    /** Builds the router {@code file} describes with the shared embedder, closed after the test. */
    ConfiguredRouter build(Path file, Function<String, String> env) throws IOException {
        return build(file, env, embedder);
    }

    /** Builds the router {@code file} describes with {@code with} as its embedder, closed after the test. */
    ConfiguredRouter build(Path file, Function<String, String> env, Embedder with) throws IOException {
        return closeLater(RouterFactory.create(RouterConfig.load(file, env), with));
    }

    /** Writes {@code yaml}, builds its router and serves it on a free port. */
    GatewayServer start(String yaml, Function<String, String> env) throws IOException {
        return serve(build(write(yaml), env));
    }

    /** Serves {@code configured} on a free port; the gateway is closed after the test. */
    GatewayServer serve(ConfiguredRouter configured) throws IOException {
        gateway = closeLater(GatewayServer.start(configured, "127.0.0.1", 0));
        return gateway;
    }

    /** Serves {@code live} on a free port; the gateway is closed after the test. */
    GatewayServer serve(LiveRouter live) throws IOException {
        gateway = closeLater(GatewayServer.start(live, "127.0.0.1", 0));
        return gateway;
    }

    /** Sends {@code request} and reads the body as a string. */
    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON POST of {@code body} with the given header name/value pairs, to the gateway started last. */
    HttpRequest.Builder jsonPost(String path, Duration timeout, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(timeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    /** A message list holding one user message with {@code question}. */
    static ArrayNode userMessage(String question) {
        ArrayNode messages = JSON.createArrayNode();
        messages.addObject().put("role", "user").put("content", question);
        return messages;
    }

    /** The first value of a response header, or null. */
    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The body of a 200 answer as JSON (asserts the status, naming the body). */
    static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
