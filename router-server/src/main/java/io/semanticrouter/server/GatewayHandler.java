package io.semanticrouter.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.FinishReason;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.semanticrouter.AllModelsFailedException;
import io.semanticrouter.CacheOutcome;
import io.semanticrouter.CategoryClassifier;
import io.semanticrouter.Classification;
import io.semanticrouter.ConversationSignals;
import io.semanticrouter.Embedding;
import io.semanticrouter.InvalidRequestException;
import io.semanticrouter.RequestBlockedException;
import io.semanticrouter.RouteDecision;
import io.semanticrouter.RouteRequest;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.RoutedStreamHandler;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.StreamInterruptedException;
import io.semanticrouter.StreamStart;
import io.semanticrouter.classifier.ExemplarClassifier;
import io.semanticrouter.server.config.ConfiguredRouter;
import io.semanticrouter.server.config.ServerSettings;
import io.semanticrouter.server.config.TenantScope;
import io.semanticrouter.server.config.TokenAuth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gateway's request handling, independent of the HTTP server library: {@link #handle} finds the endpoint,
 * checks method, token and content type, and answers in the OpenAI shape, or in Anthropic's on
 * {@code /v1/messages} (both protocols share one route path: {@code routeRequest}, {@code routed}, {@code stream}).
 * Every error is an {@link ApiError} written as {@code {"error": {"message", "type", "param", "code"}}}, or as
 * {@link AnthropicProtocol#error} there. Thread-safe.
 */
final class GatewayHandler implements NettyTransport.Handler {

    private static final Logger log = LoggerFactory.getLogger(GatewayHandler.class);
    private static final int MAX_CLASSIFY_INPUTS = 256;
    /** How long past the request deadline a stream write may wait for a slow client before the connection drops. */
    private static final Duration WRITE_GRACE = Duration.ofSeconds(2);

    /** One endpoint: its metrics name, method, whether it needs a token, and what answers it. */
    private record Route(String name, String method, boolean authenticated, boolean jsonBody, Endpoint endpoint) {
    }

    @FunctionalInterface
    private interface Endpoint {
        void handle(Call call) throws IOException;
    }

    /**
     * One request with its reply, the tenant scope the auth step found, and the router it uses from start to end (a
     * reload swaps in the next one for the requests that start later).
     */
    private static final class Call {
        final GatewayRequest request;
        final Reply reply;
        final ConfiguredRouter configured;
        final SemanticRouter router;
        String tenant = TenantScope.SHARED;
        /** How this endpoint writes an error: OpenAI's shape, or Anthropic's on {@code /v1/messages}. */
        java.util.function.Function<ApiError, ObjectNode> errors = OpenAiProtocol::error;

        Call(GatewayRequest request, Reply reply, ConfiguredRouter configured) {
            this.request = request;
            this.reply = reply;
            this.configured = configured;
            this.router = configured.router();
        }
    }

    private final LiveRouter live;
    private final AdminEndpoints admin;
    /** The server settings the gateway started with: host, port and limits change only with a restart. */
    private final ServerSettings settings;
    /** The meter registry every router generation shares. */
    private final PrometheusMeterRegistry registry;
    /** Runs routes and classifications, so that the request thread can give up on them after the timeout. */
    private final ExecutorService routing;
    private final Map<String, Route> routes;
    private final AtomicBoolean ready = new AtomicBoolean();
    /** Requests being served, which {@link GatewayServer#close()} waits for. */
    final AtomicInteger inFlight = new AtomicInteger();

    GatewayHandler(LiveRouter live, ExecutorService routing) {
        this.live = live;
        this.admin = new AdminEndpoints(live);
        this.settings = live.current().server();
        this.registry = live.current().meterRegistry();
        this.routing = routing;
        Map<String, Route> routes = new java.util.HashMap<>(Map.of(
                "/v1/chat/completions", new Route("chat", "POST", true, true, this::chat),
                AnthropicProtocol.PATH, new Route("messages", "POST", true, true, this::messages),
                "/v1/models", new Route("models", "GET", true, false, this::models),
                "/v1/classify", new Route("classify", "POST", true, true, this::classify),
                "/metrics", new Route("metrics", "GET", false, false, c -> metrics(c.reply)),
                "/health", new Route("health", "GET", false, false, c -> json(c.reply, 200, status("ok"))),
                "/ready", new Route("ready", "GET", false, false, c -> json(c.reply,
                        ready.get() ? 200 : 503, status(ready.get() ? "ready" : "stopping")))));
        adminRoutes(routes);
        this.routes = Map.copyOf(routes);
    }

    /** The admin API ({@link AdminEndpoints}): its own token, checked by each route; 404 without one. */
    private void adminRoutes(Map<String, Route> routes) {
        routes.put("/admin/reload", new Route("admin_reload", "POST", false, false, c -> adminJson(c,
                () -> admin.reload())));
        routes.put("/admin/cache/purge", new Route("admin_purge", "POST", false, true, c -> adminJson(c,
                () -> admin.purge(c.request, c.configured))));
        routes.put("/admin/cache/stats", new Route("admin_stats", "GET", false, false, c -> adminJson(c,
                () -> admin.stats(c.configured))));
        routes.put("/admin/config", new Route("admin_config", "GET", false, false, c -> adminJson(c,
                () -> admin.config(c.configured))));
        routes.put("/admin/status", new Route("admin_status", "GET", false, false, c -> adminJson(c, admin::status)));
    }

    private void adminJson(Call call, java.util.function.Supplier<JsonNode> answer) {
        admin.authorize(call.request, call.reply, call.configured);
        try {
            json(call.reply, 200, answer.get());
        } catch (AdminEndpoints.ProblemsError e) {
            json(call.reply, e.error.status, e.body());
        }
    }

    /** The lease of the request the current thread answers, for work it hands to the routing threads. */
    private static final ThreadLocal<LiveRouter.Lease> LEASE = new ThreadLocal<>();

    /** Paths that never block (no routing, no model): the transport may answer them on its event loop. */
    static java.util.Set<String> inlinePaths() {
        return java.util.Set.of("/health", "/ready");
    }

    void ready(boolean value) {
        ready.set(value);
    }

    // ------------------------------------------------------------------ the request path

    @Override
    public void handle(GatewayRequest request, Reply reply) {
        long start = System.nanoTime();
        inFlight.incrementAndGet();
        Route route = routes.get(request.path());
        String endpoint = route == null ? "other" : route.name();
        LiveRouter.Lease lease;
        try {
            lease = live.acquire();
        } catch (IllegalStateException e) {
            inFlight.decrementAndGet();
            json(reply, 503, OpenAiProtocol.error(new ApiError(503, "server_error", "shutting_down", null,
                    "the gateway is shutting down")));
            return;
        }
        Call call = new Call(request, reply, lease.router());
        LEASE.set(lease);
        if (AnthropicProtocol.PATH.equals(request.path())) {
            call.errors = AnthropicProtocol::error;
        }
        try {
            if (route == null) {
                throw new ApiError(404, "invalid_request_error", "not_found", null, "no such endpoint: "
                        + request.method() + " " + request.path());
            }
            if (!route.method().equalsIgnoreCase(request.method())) {
                reply.header("Allow", route.method());
                throw new ApiError(405, "invalid_request_error", "method_not_allowed", null,
                        request.method() + " is not allowed on " + request.path() + "; use " + route.method());
            }
            if (route.authenticated()) {
                call.tenant = tenant(call);
            }
            if (route.jsonBody()) {
                requireJson(request.header("Content-Type"));
            }
            route.endpoint().handle(call);
        } catch (ApiError e) {
            send(call, e);
        } catch (IOException e) {
            log.debug("Client connection failed on {}", endpoint, e);
        } catch (RuntimeException e) {
            log.warn("Unexpected error on {}", endpoint, e);
            send(call, new ApiError(500, "server_error", "internal_error", null, "internal error: " + e.getClass().getSimpleName()));
        } finally {
            try {
                int status = reply.status();
                Timer.builder("semantic_router.http.requests").description("Gateway requests by endpoint and status")
                        .tag("endpoint", endpoint).tag("status", String.valueOf(status))
                        .publishPercentileHistogram().register(registry)
                        .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            } finally {
                LEASE.remove();
                lease.close();
                inFlight.decrementAndGet();
            }
        }
    }

    /**
     * A POST body must be JSON: {@code application/json} or a {@code +json} type, any parameters. A request without
     * a {@code Content-Type} is read as JSON too (some clients leave it out); any other type is refused with 415
     * rather than guessed at ({@code curl -d} alone sends {@code application/x-www-form-urlencoded}).
     */
    static void requireJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json") && !(type.startsWith("application/") && type.endsWith("+json"))) {
            throw new ApiError(415, "invalid_request_error", "unsupported_media_type", null,
                    "the request body must be JSON (Content-Type: application/json), was Content-Type '" + contentType + "'");
        }
    }

    private void send(Call call, ApiError e) {
        if (call.reply.status() != 0) {
            log.debug("Could not send the error ({}) to the client: the response had started", e.getMessage());
            return;
        }
        json(call.reply, e.status, call.errors.apply(e));
    }

    /** The token of a request: {@code Authorization: Bearer ...}, else {@code x-api-key}; null when neither. */
    static String bearer(GatewayRequest request) {
        String header = request.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim();
        } else if (request.header("x-api-key") != null) {
            return request.header("x-api-key").trim(); // Anthropic's clients send the key so
        }
        return null;
    }

    /**
     * The tenant scope of an authenticated request; 401 when the token is missing or unknown. Tokens and the tenant
     * header come from the call's router, so a reload changes them for the requests that start after it.
     */
    private String tenant(Call call) {
        GatewayRequest request = call.request;
        Reply reply = call.reply;
        ServerSettings settings = call.configured.server();
        String token = bearer(request);
        Optional<TokenAuth.Grant> grant = settings.auth().authenticate(token);
        if (grant.isEmpty()) {
            reply.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "invalid_request_error", "invalid_api_key", null,
                    token == null ? "missing bearer token (Authorization: Bearer ... or x-api-key)" : "invalid bearer token");
        }
        if (grant.get().tenant() != null) {
            return TenantScope.ofToken(grant.get().tenant());
        }
        String named = request.header(settings.tenantHeader());
        if (named == null || named.isBlank()) {
            return TenantScope.SHARED;
        }
        named = named.trim();
        if (named.length() > TenantScope.MAX_NAME_LENGTH) {
            throw ApiError.invalid("tenant_too_long", null, settings.tenantHeader() + " is longer than "
                    + TenantScope.MAX_NAME_LENGTH + " characters");
        }
        // a tenant the caller names lives in a namespace of its own, never the scope of a token bound to the same
        // name: otherwise any caller could read a bound tenant's cached answers by sending its name
        return TenantScope.ofHeader(named);
    }

    private static void json(Reply reply, int status, JsonNode body) {
        byte[] bytes;
        try {
            bytes = OpenAiProtocol.JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        reply.send(status, "application/json", bytes);
    }

    private static ObjectNode status(String s) {
        return OpenAiProtocol.JSON.createObjectNode().put("status", s);
    }

    // ------------------------------------------------------------------ endpoints

    private void models(Call call) {
        SemanticRouter router = call.router;
        ObjectNode root = OpenAiProtocol.JSON.createObjectNode();
        root.put("object", "list");
        ArrayNode data = root.putArray("data");
        data.addObject().put("id", OpenAiProtocol.AUTO).put("object", "model").put("created", 0)
                .put("owned_by", "semantic-router");
        for (String name : router.modelNames()) {
            data.addObject().put("id", name).put("object", "model").put("created", 0).put("owned_by", "semantic-router")
                    .put("upstream", call.configured.upstreamModels().getOrDefault(name, name));
        }
        json(call.reply, 200, root);
    }

    private void metrics(Reply reply) {
        reply.send(200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape().getBytes(StandardCharsets.UTF_8));
    }

    /** Classifies the texts, in one embedding batch unless the classifier has a batch method of its own. */
    private static List<Classification> classifyAll(ConfiguredRouter configured, CategoryClassifier classifier,
                                                    List<String> texts) {
        if (classifier instanceof ExemplarClassifier exemplars) {
            return exemplars.classifyAll(texts);
        }
        List<Embedding> es = configured.embedder().embedAll(texts);
        List<Classification> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(classifier.classify(texts.get(i), es.get(i)));
        }
        return out;
    }

    private void classify(Call call) {
        CategoryClassifier classifier = call.configured.classifier().orElseThrow(() -> new ApiError(404,
                "invalid_request_error", "no_classifier", null, "no categories are configured, so there is nothing to classify with"));
        JsonNode root;
        try {
            root = OpenAiProtocol.JSON.readTree(call.request.body());
        } catch (Exception e) {
            throw ApiError.invalidJson(e);
        }
        JsonNode input = root == null ? null : root.get("input");
        List<String> texts = new ArrayList<>();
        if (input != null && input.isTextual()) {
            texts.add(input.asText());
        } else if (input != null && input.isArray() && !input.isEmpty()) {
            for (int i = 0; i < input.size(); i++) {
                if (!input.get(i).isTextual()) {
                    throw ApiError.invalid("input[" + i + "]", "input[" + i + "] must be a string");
                }
                texts.add(input.get(i).asText());
            }
        } else {
            throw ApiError.invalid("input", "'input' must be a string or a non-empty array of strings");
        }
        if (texts.size() > MAX_CLASSIFY_INPUTS) {
            throw ApiError.invalid("input", "at most " + MAX_CLASSIFY_INPUTS + " inputs per request, got " + texts.size());
        }
        List<Classification> results = within(() -> classifyAll(call.configured, classifier, texts));
        ObjectNode out = OpenAiProtocol.JSON.createObjectNode();
        out.put("object", "list");
        ArrayNode data = out.putArray("data");
        for (int i = 0; i < results.size(); i++) {
            Classification c = results.get(i);
            ObjectNode d = data.addObject();
            d.put("index", i);
            d.put("category", c.category());
            d.put("confidence", c.confidence());
            d.put("margin", c.margin());
            ObjectNode scores = d.putObject("scores");
            c.scores().forEach(scores::put);
        }
        json(call.reply, 200, out);
    }

    private void chat(Call call) throws IOException {
        OpenAiProtocol.ChatCall chat = OpenAiProtocol.readChat(call.request.body());
        RouteRequest request = routeRequest(call, chat);
        String id = "chatcmpl-" + UUID.randomUUID().toString().replace("-", "");
        long created = System.currentTimeMillis() / 1000;
        if (chat.n() > 1) {
            choices(call, chat, request, id, created);
            return;
        }
        if (chat.stream()) {
            stream(call.reply, call.router, request, new OpenAiStream(id, created, chat.includeUsage()));
            return;
        }
        RoutedResponse r = routed(call, request);
        json(call.reply, 200, OpenAiProtocol.completion(id, created, r.model(), r.response()));
    }

    /**
     * {@code n > 1}: LangChain4j answers one choice per model call, so the first call routes (guards, decision; the
     * cache is bypassed) and the other {@code n - 1} go to the model it answered with, one after another. All of
     * them together get one request timeout. Streamed, the choices are written as chunks once all are complete.
     */
    private void choices(Call call, OpenAiProtocol.ChatCall chat, RouteRequest request, String id, long created)
            throws IOException {
        List<RoutedResponse> all = within(() -> {
            List<RoutedResponse> out = new ArrayList<>();
            out.add(call.router.route(request));
            RouteRequest pinned = routeRequest(call, chat.withModel(out.get(0).model()));
            while (out.size() < chat.n()) {
                out.add(call.router.route(pinned));
            }
            return out;
        });
        RoutedResponse first = all.get(0);
        headers(call.reply, first);
        List<ChatResponse> responses = all.stream().map(RoutedResponse::response).toList();
        if (!chat.stream()) {
            json(call.reply, 200, OpenAiProtocol.completion(id, created, first.model(), responses));
            return;
        }
        Reply.EventStream out = call.reply.stream(System.nanoTime() + settings.requestTimeout().toNanos()
                + WRITE_GRACE.toNanos());
        new OpenAiStream(id, created, chat.includeUsage()).choices(out, first.model(), responses);
        out.end();
    }

    /** {@code POST /v1/messages}: Anthropic's Messages API over the same routing, guards and cache as chat. */
    private void messages(Call call) throws IOException {
        OpenAiProtocol.ChatCall chat = AnthropicProtocol.read(call.request.body());
        RouteRequest request = routeRequest(call, chat);
        String id = AnthropicProtocol.messageId();
        if (chat.stream()) {
            stream(call.reply, call.router, request, new AnthropicStream(id));
            return;
        }
        RoutedResponse r = routed(call, request);
        json(call.reply, 200, AnthropicProtocol.message(id, r.model(), r.response()));
    }

    /**
     * The route request of a parsed call, whatever its wire protocol: a named model pinned (404 when unknown),
     * the parameters, the cache directives of the headers, the cache bypassed for log-probabilities.
     */
    private RouteRequest routeRequest(Call call, OpenAiProtocol.ChatCall chat) {
        SemanticRouter router = call.router;
        // semantic_cache.ttl_seconds of the call's router: the longest TTL a request may ask for (null: none)
        Long ttlSeconds = call.configured.config().semanticCache().ttlSeconds();
        Duration maxTtl = ttlSeconds == null ? null : Duration.ofSeconds(ttlSeconds);
        RouteRequest.Builder rb = RouteRequest.builder().messages(chat.messages()).tenant(call.tenant);
        ChatRequestParameters params = chat.parameters();
        if (!OpenAiProtocol.AUTO.equals(chat.model())) {
            if (!router.modelNames().contains(chat.model())) {
                throw new ApiError(404, "invalid_request_error", "model_not_found", "model", "the model '"
                        + chat.model() + "' does not exist; use \"auto\" or one of " + router.modelNames());
            }
            params = (params == null ? ChatRequestParameters.builder().build() : params)
                    .overrideWith(ChatRequestParameters.builder().modelName(chat.model()).build());
        }
        if (params != null) {
            rb.parameters(params);
        }
        CacheDirectives.apply(call.request.headers(), rb, maxTtl);
        if (chat.logprobs() || chat.n() > 1) {
            // several choices are several fresh answers; a cached answer has no log-probabilities, and one with them
            // is not worth storing: the cache is bypassed
            rb.noCache().noStore();
        }
        try {
            return rb.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiError.invalid(null, e.getMessage());
        }
    }

    /** Routes a blocking request and sets the answer's headers (route, cache, cost saved by a hit). */
    private RoutedResponse routed(Call call, RouteRequest request) {
        RoutedResponse r = within(() -> call.router.route(request));
        headers(call.reply, r);
        if (r.cacheHit() && !Double.isNaN(r.costSaved())) {
            // the stored answer's estimated completion tokens at the answering model's price (models[].pricing)
            call.reply.header("x-semantic-router-cost-saved",
                    java.math.BigDecimal.valueOf(r.costSaved()).round(java.math.MathContext.DECIMAL64)
                            .stripTrailingZeros().toPlainString());
        }
        return r;
    }

    /**
     * Runs blocking work (a route, a classification) on a separate thread and waits at most
     * {@code server.request_timeout_seconds} for it: past that the caller gets 504 and the thread is interrupted,
     * so that a model call which honours interrupts (the JDK HTTP client does) gives up instead of holding it.
     */
    private <T> T within(Callable<T> work) {
        // the work holds the router too: past the timeout the request lets go, the work may still be running
        Runnable release = shareLease();
        AtomicBoolean started = new AtomicBoolean();
        Callable<T> task = () -> {
            started.set(true);
            try {
                return work.call();
            } finally {
                release.run();
            }
        };
        Future<T> f;
        try {
            f = routing.submit(task);
        } catch (RejectedExecutionException e) {
            release.run();
            throw new ApiError(503, "server_error", "shutting_down", null, "the gateway is shutting down");
        }
        try {
            return f.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cancel(f, started, release);
            throw timeout();
        } catch (InterruptedException e) {
            cancel(f, started, release);
            Thread.currentThread().interrupt();
            throw new ApiError(503, "server_error", "shutting_down", null, "the gateway is shutting down");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error err) {
                throw err;
            }
            throw mapped(cause);
        }
    }

    /**
     * A second lease on the current request's router for work on another thread, as a release that runs once (a
     * no-op outside a request).
     */
    private static Runnable shareLease() {
        LiveRouter.Lease held = LEASE.get();
        if (held == null) {
            return () -> { };
        }
        LiveRouter.Lease shared = held.share();
        AtomicBoolean once = new AtomicBoolean();
        return () -> {
            if (once.compareAndSet(false, true)) {
                shared.close();
            }
        };
    }

    /** Cancels work; one that never started never will, so its lease is released here. */
    private static void cancel(Future<?> f, AtomicBoolean started, Runnable release) {
        f.cancel(true);
        if (!started.get()) {
            release.run();
        }
    }

    private ApiError timeout() {
        return new ApiError(504, "timeout", "request_timeout", null, "no complete answer within "
                + settings.requestTimeout().toSeconds() + " s");
    }

    /** The router's exceptions as API errors. */
    private static ApiError mapped(Throwable e) {
        if (e instanceof ApiError a) {
            return a;
        }
        if (e instanceof RequestBlockedException b) {
            return ApiError.invalid("request_blocked", null, "the request was blocked by " + b.verdict().guard() + ": "
                    + b.verdict().reason());
        }
        if (e instanceof InvalidRequestException invalid) {
            return ApiError.invalid(invalid.field(), e.getMessage());
        }
        if (e instanceof AllModelsFailedException) {
            return new ApiError(502, "upstream_error", "all_models_failed", null, e.getMessage());
        }
        if (e instanceof StreamInterruptedException) {
            return new ApiError(502, "upstream_error", "stream_interrupted", null, e.getMessage());
        }
        log.warn("Unexpected router error", e);
        return new ApiError(500, "server_error", "internal_error", null, "internal error: " + e.getClass().getSimpleName());
    }

    /** The route headers of a blocking answer. */
    private static void headers(Reply reply, RoutedResponse r) {
        headers(reply, r.decision(), r.model(), r.cache(), r.failures().size(), r.coalesced(), r.conversation());
    }

    /**
     * The route headers of an answer, blocking or streamed: model, category with the classifier's confidence in it
     * (also when it was below the threshold and the default model answered), the decision's name when a named
     * decision made it, cache outcome, fallbacks, the conversation signals that held, tools, coalescing.
     */
    private static void headers(Reply reply, RouteDecision decision, String model, CacheOutcome cache, int fallbacks,
                                boolean coalesced, ConversationSignals conversation) {
        reply.header("x-semantic-router-model", model);
        reply.header("x-semantic-router-category", decision.category() == null ? "none" : headerSafe(decision.category()));
        reply.header("x-semantic-router-category-confidence", String.format(Locale.ROOT, "%.3f", decision.confidence()));
        if (decision.name() != null) {
            reply.header("x-semantic-router-decision", headerSafe(decision.name()));
        }
        reply.header("x-semantic-router-cache", OpenAiProtocol.lower(cache.status()));
        reply.header("x-semantic-router-fallbacks", String.valueOf(fallbacks));
        String signals = conversationSignals(conversation);
        if (signals != null) {
            reply.header("x-semantic-router-conversation", signals);
        }
        if (decision.tools() != null) {
            // tool selection ran: kept/total tools; the trace names the dropped ones
            reply.header("x-semantic-router-tools", decision.tools().summary());
        }
        if (coalesced) {
            reply.header("x-semantic-router-coalesced", "true");
        }
    }

    /** {@code follow-up}, {@code reask} or {@code follow-up, reask}: the signals that held; null when none did. */
    static String conversationSignals(ConversationSignals c) {
        if (c.followUp() && c.reask()) {
            return "follow-up, reask";
        }
        return c.followUp() ? "follow-up" : c.reask() ? "reask" : null;
    }

    /**
     * {@code value} without control characters (CR and LF above all), so that a configured name cannot end the
     * header line or add one of its own.
     */
    static String headerSafe(String value) {
        StringBuilder s = new StringBuilder(value.length());
        value.chars().filter(ch -> !Character.isISOControl(ch)).forEach(ch -> s.append((char) ch));
        return s.toString();
    }

    // ------------------------------------------------------------------ streaming

    /** Server-sent events in {@code format}: headers once the route is known, an event per partial, the end. */
    private void stream(Reply reply, SemanticRouter router, RouteRequest request, StreamFormat format)
            throws IOException {
        // The router's callbacks only queue events; this request thread alone writes to the client, against the
        // request deadline. A callback therefore never blocks on a slow client, and nothing is written after the
        // request thread has given up.
        // The queue is bounded too: model output waiting for a client that does not read is capped at
        // stream_buffer_bytes (chars of text), past which the connection is dropped and the stream cancelled, so a
        // fast model and a stalled client hold that much here plus that much in the socket's buffer, not the answer.
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        AtomicLong queued = new AtomicLong();
        int cap = settings.limits().streamBufferBytes();
        RoutedStreamHandler handler = queueing(events, queued, reply, cap);
        long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
        SseAnswer answer = new SseAnswer(reply, format, deadline, queued);
        StreamingHandle handle = null;
        try {
            handle = router.routeStreaming(request, handler);
            while (true) {
                Object ev = next(events, deadline);
                if (ev == null) {
                    handle.cancel();
                    // past the deadline: an error event once the headers are out, else a 504
                    answer.fail(timeout());
                    return;
                }
                if (ev == DROPPED) {
                    throw new IOException("the client did not read " + cap + " chars of the stream; dropped it");
                }
                if (answer.forward(ev)) {
                    return;
                }
            }
        } catch (IOException e) {
            log.debug("Client went away during a stream; cancelling it", e);
            if (handle != null) {
                handle.cancel();
            }
            throw e;
        }
    }

    /**
     * The router's side of a stream: its callbacks only queue the events for the request thread, and count the
     * text queued and not yet written in {@code queued}; past {@code cap} the connection is aborted and
     * {@link #DROPPED} queued.
     */
    private static RoutedStreamHandler queueing(BlockingQueue<Object> events, AtomicLong queued, Reply reply,
                                                int cap) {
        AtomicBoolean dropped = new AtomicBoolean();
        return new RoutedStreamHandler() {
            @Override
            public void onRouted(StreamStart start, StreamingHandle h) {
                events.add(start);
            }

            @Override
            public void onPartial(String text) {
                if (queued.addAndGet(text.length()) > cap) {
                    if (dropped.compareAndSet(false, true)) {
                        reply.abort();
                        events.add(DROPPED); // wakes the writer, which cancels the stream
                    }
                    return;
                }
                events.add(new Partial(text));
            }

            @Override
            public void onComplete(RoutedResponse response) {
                events.add(response);
            }

            @Override
            public void onError(Throwable error) {
                events.add(new Failure(error));
            }
        };
    }

    /** The next queued event, waiting until the deadline at most; null past it (or when interrupted). */
    private static Object next(BlockingQueue<Object> events, long deadline) {
        long left = deadline - System.nanoTime();
        try {
            return left > 0 ? events.poll(left, TimeUnit.NANOSECONDS) : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * The client's side of a stream, written by the request thread: the headers and the event stream once the
     * route is known, then what each event calls for in the protocol's {@link StreamFormat}.
     */
    private static final class SseAnswer {

        private final Reply reply;
        private final StreamFormat format;
        private final long deadline;
        /** Text queued by the router's callbacks and not yet written, in chars. */
        private final AtomicLong queued;
        private Reply.EventStream out;

        SseAnswer(Reply reply, StreamFormat format, long deadline, AtomicLong queued) {
            this.reply = reply;
            this.format = format;
            this.deadline = deadline;
            this.queued = queued;
        }

        /** Writes what one queued event calls for; true when the stream is over. */
        boolean forward(Object ev) throws IOException {
            if (ev instanceof StreamStart start) {
                begin(start);
            } else if (ev instanceof Partial p) {
                queued.addAndGet(-p.text().length());
                if (out != null) {
                    format.text(out, p.text());
                }
            } else if (ev instanceof RoutedResponse done) {
                finish(done);
                return true;
            } else if (ev instanceof Failure f) {
                fail(f.error());
                return true;
            }
            return false;
        }

        private void begin(StreamStart start) throws IOException {
            headers(reply, start.decision(), start.model(), start.cache(), start.failures().size(), start.coalesced(),
                    start.conversation());
            // a client that stops reading holds at most stream_buffer_bytes, and this thread at most until
            // shortly after the request deadline
            out = reply.stream(deadline + WRITE_GRACE.toNanos());
            format.start(out, start.model());
        }

        private void finish(RoutedResponse done) throws IOException {
            if (out == null) {
                return;
            }
            if (done.response().finishReason() == FinishReason.OTHER) {
                // the upstream stream ended without saying the answer was whole (the router did not cache
                // it): the client is told so instead of getting a finish reason the model never gave
                format.error(out, new ApiError(502, "upstream_error", "stream_incomplete", null,
                        "the model's stream ended without a finish reason; the answer may be incomplete"));
            } else {
                format.finish(out, done.response());
            }
            out.end();
        }

        /** Before the headers the error is thrown (an HTTP error answer), after them it is sent as an event. */
        void fail(Throwable error) throws IOException {
            if (out == null) {
                throw mapped(error);
            }
            // headers are gone: the error travels as an event, then the stream ends
            format.error(out, mapped(error));
            out.end();
        }
    }

    /** Queued when a stream's client fell too far behind and its connection was dropped. */
    private static final Object DROPPED = new Object();

    /** A partial answer queued for the request thread. */
    private record Partial(String text) {
    }

    /** A stream failure queued for the request thread. */
    private record Failure(Throwable error) {
    }
}
