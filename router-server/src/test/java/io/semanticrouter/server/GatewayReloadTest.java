package io.semanticrouter.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semanticrouter.server.OpenAiUpstream.Behaviour;
import io.semanticrouter.server.config.ConfiguredRouter;
import io.semanticrouter.server.config.RouterConfig;
import io.semanticrouter.server.config.RouterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import static io.semanticrouter.server.GatewayFixture.HTTP;
import static io.semanticrouter.server.GatewayFixture.JSON;
import static io.semanticrouter.server.GatewayFixture.SMALL_UP;
import static io.semanticrouter.server.GatewayFixture.header;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hot reload and the admin API over real HTTP: a {@link GatewayServer} serving a {@link LiveRouter} built from a
 * YAML file in a temporary directory, in front of {@link OpenAiUpstream}. The real all-MiniLM-L6-v2 embedder is
 * loaded once for the class. Waits have wide deadlines and poll; nothing assumes an idle machine.
 */
class GatewayReloadTest {

    private static final String SMALL_UP_2 = "small-upstream-2b";
    private static final String QUESTION = "How can I sort an array of integers in Python?";
    private static final String OTHER_QUESTION = "What temperature should I bake chicken breasts at?";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(90);

    private static final String ADMIN = "admin-secret-7f3a9c";
    private static final String CHAT = "chat-token-51be02";
    private static final String TEAM_A = "team-a-token-c0ffee";
    private static final String TEAM_B = "team-b-token-d00dad";

    @RegisterExtension
    final GatewayFixture gw = new GatewayFixture();

    private final Map<String, String> env = new HashMap<>();
    private LiveRouter live;
    private Path file;

    @BeforeEach
    void setEnv() {
        env.put("SMALL_KEY", "sk-small-9a8b7c6d");
        env.put("STRONG_KEY", "sk-strong-1e2f3a4b");
        env.put("CHAT_TOKENS", CHAT);
        env.put("TEAM_A_TOKEN", TEAM_A);
        env.put("TEAM_B_TOKEN", TEAM_B);
        env.put("ADMIN_TOKEN", ADMIN);
    }

    // ------------------------------------------------------------------ set-up helpers

    /** A configuration: two upstream models, an in-memory cache, chat tokens and (optionally) an admin token. */
    private String yaml(String smallUpstream, double threshold, boolean admin, String extra) {
        return """
                server:
                  port: 8080
                  auth:
                    bearer_tokens_env: CHAT_TOKENS
                    tokens:
                      - token_env: TEAM_A_TOKEN
                        tenant: team-a
                      - token_env: TEAM_B_TOKEN
                        tenant: team-b
                %5$s
                models:
                  - name: small
                    type: openai
                    base_url: %1$s
                    model: %2$s
                    api_key_env: SMALL_KEY
                    max_retries: 0
                  - name: strong
                    type: openai
                    base_url: %1$s
                    model: strong-upstream-70b
                    api_key_env: STRONG_KEY
                    max_retries: 0
                default_model: small
                semantic_cache:
                  enabled: true
                  backend_type: memory
                  similarity_threshold: %3$s
                %4$s
                """.formatted(gw.upstream().baseUrl(), smallUpstream, threshold, extra,
                admin ? "  admin:\n    token_env: ADMIN_TOKEN" : "");
    }

    private String yaml() {
        return yaml(SMALL_UP, 0.85, true, "");
    }

    /** Writes the file, builds its router with the shared embedder, and serves it on a free port. */
    private void start(String yaml) throws IOException {
        file = gw.dir().resolve("router.yaml");
        Files.writeString(file, yaml);
        ConfiguredRouter configured = RouterFactory.create(RouterConfig.load(file, env::get), gw.embedder());
        live = gw.closeLater(new LiveRouter(configured, true, env::get));
        gw.serve(live);
    }

    private void rewrite(String yaml) throws IOException {
        Path tmp = gw.dir().resolve("router.yaml.tmp");
        Files.writeString(tmp, yaml);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    // ------------------------------------------------------------------ HTTP helpers

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(gw.uri(path)).timeout(REQUEST_TIMEOUT);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        return HTTP.send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> reload() throws IOException, InterruptedException {
        return post("/admin/reload", ADMIN, "");
    }

    private HttpResponse<String> purge(String body) throws IOException, InterruptedException {
        return post("/admin/cache/purge", ADMIN, body);
    }

    private static String chatBody(String model, String question) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", model);
        root.putArray("messages").addObject().put("role", "user").put("content", question);
        return root.toString();
    }

    private HttpResponse<String> chat(String token, String question, String... headers) throws Exception {
        HttpRequest.Builder b = request("/v1/chat/completions", token).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.POST(HttpRequest.BodyPublishers.ofString(chatBody("auto", question))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static String cache(HttpResponse<?> response) {
        return response.headers().firstValue("x-semantic-router-cache").orElse(null);
    }

    private static String content(HttpResponse<String> response) throws IOException {
        return json(response).path("choices").path(0).path("message").path("content").asText(null);
    }

    /** Asserts the OpenAI error shape (plus any extra fields of {@code error} named in {@code extra}). */
    private static JsonNode assertError(HttpResponse<String> response, int status, String code, String param,
                                        String... extra) throws IOException {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        JsonNode error = json(response).path("error");
        List<String> fields = new ArrayList<>(List.of("message", "type", "param", "code"));
        fields.addAll(List.of(extra));
        assertThat(error.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(fields);
        assertThat(error.path("message").asText()).isNotBlank();
        if (code == null) {
            assertThat(error.path("code").isNull()).as("code in %s", response.body()).isTrue();
        } else {
            assertThat(error.path("code").asText()).isEqualTo(code);
        }
        if (param == null) {
            assertThat(error.path("param").isNull()).as("param in %s", response.body()).isTrue();
        } else {
            assertThat(error.path("param").asText()).isEqualTo(param);
        }
        return error;
    }

    /** Polls until the condition holds; fails after {@link #WAIT} (a deadline far beyond what a busy machine needs). */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < deadline).as("waited %s s for %s", WAIT.toSeconds(), what).isTrue();
            Thread.sleep(20);
        }
    }

    private List<String> modelIds() throws Exception {
        List<String> ids = new ArrayList<>();
        json(get("/v1/models", CHAT)).path("data").forEach(m -> ids.add(m.path("id").asText()));
        return ids;
    }

    private String metrics() throws Exception {
        return get("/metrics", null).body();
    }

    // ------------------------------------------------------------------ reload

    @Test
    void theReloadEndpointSwapsTheRouterKeepsTheCacheAndSaysWhatNeedsARestart() throws Exception {
        start(yaml());
        assertThat(cache(chat(TEAM_A, QUESTION))).isEqualTo("miss");
        assertThat(cache(chat(TEAM_A, QUESTION))).isEqualTo("hit");
        assertThat(modelIds()).doesNotContain("extra");

        rewrite(yaml().replace("port: 8080", "port: 9999") + """
                keyword_rules:
                  - name: never
                    any_of: ["zzz-never-said"]
                    models: [strong]
                """);
        HttpResponse<String> r = reload();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.path("status").asText()).isEqualTo("reloaded");
        assertThat(body.path("generation").asLong()).isEqualTo(2);
        assertThat(body.path("reused").toString()).contains("cache", "embedder", "meter_registry");
        assertThat(body.path("needs_restart").toString()).contains("server.port");
        assertThat(live.generation()).isEqualTo(2);
        assertThat(live.current().config().keywordRules()).hasSize(1);

        // the in-memory cache survived: the same question is still a hit on the new router
        assertThat(cache(chat(TEAM_A, QUESTION))).isEqualTo("hit");
        // the port change was only reported: the gateway still answers where it started
        assertThat(get("/health", null).statusCode()).isEqualTo(200);
        assertThat(metrics()).contains("semantic_router_config_reloads_total{result=\"success\"} 1.0")
                .contains("semantic_router_config_generation 2.0");
    }

    @Test
    void aChangedThresholdKeepsTheEntriesAndAppliesAndAChangedSizeBuildsANewCache() throws Exception {
        start(yaml());
        chat(TEAM_A, QUESTION);
        String paraphrase = "In Python, how do I sort an array of integers?";
        io.semanticrouter.RoutedResponse before = live.current().router().route(io.semanticrouter.RouteRequest.builder()
                .messages(dev.langchain4j.data.message.UserMessage.from(paraphrase))
                .tenant(io.semanticrouter.server.config.TenantScope.ofToken("team-a")).noStore().build());
        assertThat(before.cacheHit()).as("paraphrase at %s", before.cache()).isTrue();
        double similarity = before.cache().similarity();
        assertThat(similarity).isLessThan(0.995);
        double raised = Math.round((similarity + 0.005) * 10_000) / 10_000.0;

        // a threshold just above the paraphrase's similarity: same entries, but the paraphrase no longer hits
        rewrite(yaml(SMALL_UP, raised, true, ""));
        JsonNode body = json(reload());
        assertThat(body.path("reused").toString()).contains("\"cache\"", "embedder");
        assertThat(cache(chat(TEAM_A, paraphrase))).isEqualTo("miss");
        assertThat(cache(chat(TEAM_A, QUESTION))).isEqualTo("hit");
        assertThat(json(get("/admin/cache/stats", ADMIN)).path("similarity_threshold").asDouble()).isEqualTo(raised);

        // a different size bound makes a new, empty cache
        rewrite(yaml(SMALL_UP, raised, true, "  max_entries: 500"));
        body = json(reload());
        assertThat(body.path("reused").toString()).contains("embedder").doesNotContain("\"cache\"");
        assertThat(cache(chat(TEAM_A, QUESTION))).isEqualTo("miss");
    }

    @Test
    void aChangedFileIsReloadedWithoutAsking() throws Exception {
        start(yaml());
        ConfigWatcher watcher = ConfigWatcher.start(live, Duration.ofMillis(50));
        gw.closeLater(watcher);
        chat(TEAM_A, QUESTION);
        rewrite(yaml(SMALL_UP_2, 0.85, true, ""));
        await("the watcher to swap in generation 2", () -> live.generation() == 2);
        assertThat(live.current().upstreamModels()).containsEntry("small", SMALL_UP_2);
        HttpResponse<String> r = chat(TEAM_A, OTHER_QUESTION);
        assertThat(content(r)).isEqualTo(OpenAiUpstream.answer(SMALL_UP_2, OTHER_QUESTION));
        // the same content written again is no change: no third generation
        rewrite(yaml(SMALL_UP_2, 0.85, true, ""));
        long polls = watcher.polls();
        await("three more looks at the file", () -> watcher.polls() >= polls + 3);
        assertThat(live.generation()).isEqualTo(2);
    }

    @Test
    void aBadFileKeepsTheOldRouterAndListsEveryProblem() throws Exception {
        start(yaml());
        chat(TEAM_A, QUESTION);
        rewrite(yaml(SMALL_UP, 1.5, true, "").replace("default_model: small", "default_model: nope")
                .replace("api_key_env: STRONG_KEY", "api_key_env: NOT_SET_ANYWHERE"));
        HttpResponse<String> r = reload();
        JsonNode error = assertError(r, 400, "invalid_config", null, "problems");
        List<String> problems = new ArrayList<>();
        error.path("problems").forEach(p -> problems.add(p.asText()));
        assertThat(problems).hasSizeGreaterThanOrEqualTo(3);
        assertThat(String.join("\n", problems)).contains("semantic_cache.similarity_threshold", "default_model",
                "models[1].api_key_env", "NOT_SET_ANYWHERE");
        assertThat(error.path("message").asText()).contains("generation 1");

        assertThat(live.generation()).isEqualTo(1);
        assertThat(cache(chat(TEAM_A, QUESTION))).isEqualTo("hit");
        JsonNode status = json(get("/admin/status", ADMIN));
        assertThat(status.path("generation").asLong()).isEqualTo(1);
        assertThat(status.path("last_failure").path("problems").size()).isEqualTo(problems.size());
        String metrics = metrics();
        assertThat(metrics).contains("semantic_router_config_reloads_total{result=\"failure\"} 1.0");
        assertThat(metrics).doesNotContain("semantic_router_config_last_failure_timestamp_seconds 0.0");

        // fixed again, the next reload succeeds
        rewrite(yaml());
        assertThat(reload().statusCode()).isEqualTo(200);
        assertThat(live.generation()).isEqualTo(2);
    }

    @Test
    void aRequestRunningDuringTheSwapFinishesOnTheOldRouterWhichClosesAfterIt() throws Exception {
        start(yaml());
        gw.upstream().script(SMALL_UP, Behaviour.HOLD);
        ConfiguredRouter first = live.current();
        CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> {
            try {
                return chat(TEAM_A, QUESTION);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await("the request to reach the upstream", () -> !gw.upstream().requests(SMALL_UP).isEmpty());

        rewrite(yaml(SMALL_UP_2, 0.85, true, ""));
        assertThat(reload().statusCode()).isEqualTo(200);
        assertThat(live.current()).isNotSameAs(first);
        assertThat(first.isClosed()).as("closed under a running request").isFalse();
        // a request that starts now uses the new router
        assertThat(content(chat(TEAM_A, OTHER_QUESTION))).isEqualTo(OpenAiUpstream.answer(SMALL_UP_2, OTHER_QUESTION));

        gw.upstream().open();
        HttpResponse<String> r = running.get(REQUEST_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(content(r)).isEqualTo(OpenAiUpstream.answer(SMALL_UP, QUESTION));
        await("the old router to close after its last request", first::isClosed);
        assertThat(live.current().isClosed()).isFalse();
    }

    @Test
    void afterTwoReloadsTheCoalescingGaugeIsRegisteredOnceAndCountsTheLiveRoutersWaits() throws Exception {
        start(yaml());
        for (long generation = 2; generation <= 3; generation++) {
            HttpResponse<String> r = reload();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(live.generation()).isEqualTo(generation);
        }
        io.micrometer.core.instrument.MeterRegistry registry = live.current().meterRegistry();
        assertThat(registry.find("semantic_router.coalesced.waiting").gauges()).hasSize(1);

        // two identical requests on generation 3: the second waits for the first, which the upstream holds
        gw.upstream().script(SMALL_UP, Behaviour.HOLD);
        CompletableFuture<HttpResponse<String>> leader = chatLater(TEAM_A, QUESTION);
        await("the first request to reach the upstream", () -> !gw.upstream().requests(SMALL_UP).isEmpty());
        CompletableFuture<HttpResponse<String>> follower = chatLater(TEAM_A, QUESTION);
        await("the gauge to count the waiting request", () -> metricsNow().contains("semantic_router_coalesced_waiting 1.0"));

        gw.upstream().open();
        HttpResponse<String> first = leader.get(REQUEST_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        HttpResponse<String> second = follower.get(REQUEST_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        assertThat(content(first)).isEqualTo(OpenAiUpstream.answer(SMALL_UP, QUESTION));
        assertThat(content(second)).isEqualTo(OpenAiUpstream.answer(SMALL_UP, QUESTION));
        assertThat(header(second, "x-semantic-router-coalesced")).isEqualTo("true");
        assertThat(gw.upstream().requests(SMALL_UP)).hasSize(1);
        await("the gauge to drop back", () -> metricsNow().contains("semantic_router_coalesced_waiting 0.0"));
        assertThat(registry.find("semantic_router.coalesced.waiting").gauges()).hasSize(1);
    }

    /** A chat request sent on another thread. */
    private CompletableFuture<HttpResponse<String>> chatLater(String token, String question) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return chat(token, question);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The Prometheus text of {@code /metrics}, for a condition polled by {@link #await}. */
    private String metricsNow() {
        try {
            return metrics();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void reloadsAskedForAtOnceRunOneAfterTheOther() throws Exception {
        start(yaml());
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return reload();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        List<Long> generations = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> c : calls) {
            HttpResponse<String> r = c.get(REQUEST_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            assertThat(r.statusCode()).isEqualTo(200);
            generations.add(json(r).path("generation").asLong());
        }
        assertThat(generations).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(live.generation()).isEqualTo(4);
    }

    // ------------------------------------------------------------------ admin auth

    @Test
    void adminEndpointsWantTheAdminTokenAndTheAdminTokenIsNoChatToken() throws Exception {
        start(yaml());
        assertError(get("/admin/cache/stats", null), 401, "invalid_api_key", null);
        assertError(get("/admin/cache/stats", "wrong-token"), 401, "invalid_api_key", null);
        assertError(get("/admin/config", CHAT), 403, "permission_denied", null);
        assertError(post("/admin/reload", TEAM_A, ""), 403, "permission_denied", null);
        assertThat(live.generation()).isEqualTo(1);
        assertError(chat(ADMIN, QUESTION), 401, "invalid_api_key", null);
        assertThat(get("/admin/status", ADMIN).statusCode()).isEqualTo(200);
        assertError(get("/admin/reload", ADMIN), 405, "method_not_allowed", null);
    }

    @Test
    void withoutAnAdminTokenThereAreNoAdminEndpoints() throws Exception {
        start(yaml(SMALL_UP, 0.85, false, ""));
        assertError(post("/admin/reload", ADMIN, ""), 404, "not_found", null);
        assertError(get("/admin/config", CHAT), 404, "not_found", null);
        assertThat(live.generation()).isEqualTo(1);
        // a reload of the file that adds one (here: by the API's Java side) turns them on
        rewrite(yaml());
        assertThat(live.reload().success()).isTrue();
        assertThat(get("/admin/status", ADMIN).statusCode()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ cache purge and stats

    @Test
    void purgingOneTenantLeavesTheOthers() throws Exception {
        start(yaml());
        chat(TEAM_A, QUESTION);
        chat(TEAM_B, QUESTION);
        chat(CHAT, QUESTION, "X-Tenant", "team-a");
        assertThat(cache(chat(TEAM_A, QUESTION))).isEqualTo("hit");

        HttpResponse<String> r = purge("{\"tenant\": \"team-a\", \"source\": \"token\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.path("removed").asLong()).isEqualTo(1);
        assertThat(body.path("count_known").asBoolean()).isTrue();
        assertThat(cache(chat(TEAM_B, QUESTION))).isEqualTo("hit");
        assertThat(cache(chat(CHAT, QUESTION, "X-Tenant", "team-a"))).isEqualTo("hit");
        assertThat(cache(chat(TEAM_A, QUESTION))).isEqualTo("miss"); // and stored again

        // both scopes named team-a (token-bound and header); team-b stays
        body = json(purge("{\"tenant\": \"team-a\"}"));
        assertThat(body.path("removed").asLong()).isEqualTo(2);
        assertThat(body.path("purged").toString()).contains("\"scope\":\"token\"", "\"scope\":\"header\"");
        assertThat(cache(chat(CHAT, QUESTION, "X-Tenant", "team-a"))).isEqualTo("miss");
        assertThat(cache(chat(TEAM_B, QUESTION))).isEqualTo("hit");
        // a tenant with nothing cached: nothing removed
        assertThat(json(purge("{\"tenant\": \"team-zzz\", \"source\": \"header\"}")).path("removed").asLong()).isZero();
    }

    @Test
    void aPurgeWithBadInputIsRefusedNamingTheField() throws Exception {
        start(yaml());
        assertError(purge("{\"tenant\": "), 400, null, null);
        assertError(purge("[\"team-a\"]"), 400, null, null);
        assertError(purge("{}"), 400, null, "tenant");
        assertError(purge("{\"tenant\": 5}"), 400, null, "tenant");
        assertError(purge("{\"tenant\": \" team-a\"}"), 400, null, "tenant");
        assertError(purge("{\"tenant\": \"team-a\", \"source\": \"cookie\"}"), 400, null, "source");
        assertError(purge("{\"tenant\": \"team-a\", \"tenants\": 1}"), 400, null, "tenants");
        assertError(purge("{\"shared\": false}"), 400, null, "shared");
        assertError(purge("{\"tenant\": \"nobody\", \"source\": \"token\"}"), 404, "unknown_tenant", "tenant");
        HttpResponse<String> form = HTTP.send(request("/admin/cache/purge", ADMIN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("tenant=team-a")).build(), HttpResponse.BodyHandlers.ofString());
        assertError(form, 415, "unsupported_media_type", null);
    }

    @Test
    void theSharedScopeCanBePurgedAlone() throws Exception {
        start(yaml());
        chat(CHAT, QUESTION);
        chat(TEAM_A, QUESTION);
        assertThat(json(purge("{\"shared\": true}")).path("removed").asLong()).isEqualTo(1);
        assertThat(cache(chat(TEAM_A, QUESTION))).isEqualTo("hit");
        assertThat(cache(chat(CHAT, QUESTION))).isEqualTo("miss");
    }

    @Test
    void cacheStatsCountEntriesLookupsAndTenants() throws Exception {
        start(yaml());
        chat(TEAM_A, QUESTION);
        chat(TEAM_A, QUESTION);
        chat(TEAM_B, OTHER_QUESTION);
        JsonNode stats = json(get("/admin/cache/stats", ADMIN));
        assertThat(stats.path("backend").asText()).isEqualTo("memory");
        assertThat(stats.path("size").asLong()).isEqualTo(2);
        assertThat(stats.path("lookups").path("hit").asLong()).isEqualTo(1);
        assertThat(stats.path("lookups").path("miss").asLong()).isEqualTo(2);
        assertThat(stats.path("backend_stats").path("stores").asLong()).isEqualTo(2);
        assertThat(stats.path("tenants").path("token:team-a").asLong()).isEqualTo(1);
        assertThat(stats.path("tenants").path("token:team-b").asLong()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ effective configuration

    @Test
    void theEffectiveConfigurationShowsVariableNamesAndNoSecret() throws Exception {
        start(yaml());
        HttpResponse<String> r = get("/admin/config", ADMIN);
        assertThat(r.statusCode()).isEqualTo(200);
        for (String secret : env.values()) {
            assertThat(r.body()).as("secret value of the environment").doesNotContain(secret);
        }
        JsonNode config = json(r);
        assertThat(config.path("models").path(0).path("api_key_env").asText()).isEqualTo("SMALL_KEY");
        assertThat(config.path("server").path("admin").path("token_env").asText()).isEqualTo("ADMIN_TOKEN");
        assertThat(config.path("server").path("auth").path("tokens").path(0).path("token_env").asText())
                .isEqualTo("TEAM_A_TOKEN");
        assertThat(config.path("semantic_cache").path("similarity_threshold").asDouble()).isEqualTo(0.85);
        assertThat(config.path("default_model").asText()).isEqualTo("small");
        assertThat(config.path("generation").asLong()).isEqualTo(1);
    }
}
