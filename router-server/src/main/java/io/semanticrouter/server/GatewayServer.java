package io.semanticrouter.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.output.FinishReason;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.semanticrouter.AllModelsFailedException;
import io.semanticrouter.CacheOutcome;
import io.semanticrouter.Classification;
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
import io.semanticrouter.server.config.TokenAuth;
import dev.langchain4j.model.chat.response.StreamingHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The OpenAI-compatible HTTP gateway over a {@link ConfiguredRouter}, on the JDK's built-in HTTP server (no servlet
 * container, no extra dependency). Endpoints:
 * <ul>
 *   <li>{@code POST /v1/chat/completions}: {@code "model": "auto"} routes; a configured model name goes to that
 *       model (the cache still applies); {@code "stream": true} answers with server-sent events ending in
 *       {@code data: [DONE]}. Response headers {@code x-semantic-router-model}, {@code -category},
 *       {@code -cache} (hit, miss, rejected, bypass, error) and {@code -fallbacks} say what happened.</li>
 *   <li>{@code GET /v1/models}: {@code auto} and every configured model.</li>
 *   <li>{@code POST /v1/classify}: {@code {"input": "text" | ["text", ...]}} through the category classifier, in
 *       one batch.</li>
 *   <li>{@code GET /metrics} (Prometheus text), {@code GET /health}, {@code GET /ready}: never behind auth.</li>
 * </ul>
 * Errors use the OpenAI error object with the matching status: 400 bad request or blocked by a guard, 401 bad
 * token, 404 unknown model or path, 405 wrong method, 413 body over the limit, 502 every model failed, 504 the
 * request outlived {@code server.request_timeout_seconds}.
 *
 * <p>Per request: the tenant comes from the token's binding, else from the tenant header (a scope of its own: a
 * caller naming {@code team-a} never shares answers with the token bound to {@code team-a}), else the shared scope;
 * cache directives come from {@code x-semantic-cache} ({@code no-cache}, {@code no-store}, {@code ttl=SECONDS},
 * comma-separated; a TTL longer than {@code semantic_cache.ttl_seconds} is cut to it) or the standard
 * {@code Cache-Control: no-cache / no-store}.
 *
 * <p>Thread-safe. {@link #close()} stops the server; the {@link ConfiguredRouter} stays the caller's to close.
 */
public final class GatewayServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GatewayServer.class);

    static {
        // The JDK server sends a response's headers and body as two TCP segments; with Nagle's algorithm on, the
        // body waits for the client's delayed ACK of the headers: about 40 ms per request on Linux. The switch is
        // read once, when the JDK's server classes load, so it is set here (unless the user chose otherwise).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }
    static final String CACHE_DIRECTIVES = "x-semantic-cache";
    /** Prefix of the cache scope of a tenant named in the tenant header (token-bound tenants have none). */
    static final String HEADER_TENANT_PREFIX = "header:";
    private static final int MAX_CLASSIFY_INPUTS = 256;

    private final ConfiguredRouter configured;
    private final SemanticRouter router;
    private final ServerSettings settings;
    private final TokenAuth auth;
    private final PrometheusMeterRegistry registry;
    private final HttpServer server;
    private final ExecutorService executor;
    /** Runs blocking routes, so that the exchange thread can give up on them after the request timeout. */
    private final ExecutorService routing;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final AtomicInteger threads = new AtomicInteger();
    /** Exchanges being served, which {@link #close()} waits for. */
    private final AtomicInteger inFlight = new AtomicInteger();
    /** The configured {@code semantic_cache.ttl_seconds}: the longest TTL a request may ask for (null: none). */
    private final Duration maxTtl;
    /** Frees exchange threads stuck writing to clients that stopped reading (see {@link #stream}). */
    private final ScheduledExecutorService watchdogs = Executors.newSingleThreadScheduledExecutor(daemons("gateway-watchdog"));
    /** How long past the request deadline a blocked write may last before its thread is interrupted. */
    private static final Duration WRITE_GRACE = Duration.ofSeconds(2);

    private GatewayServer(ConfiguredRouter configured, String host, int port) throws IOException {
        this.configured = configured;
        this.router = configured.router();
        this.settings = configured.server();
        this.auth = settings.auth();
        this.registry = configured.meterRegistry();
        Long ttlSeconds = configured.config().semanticCache().ttlSeconds();
        this.maxTtl = ttlSeconds == null ? null : Duration.ofSeconds(ttlSeconds);
        this.executor = Executors.newFixedThreadPool(Math.max(16, 4 * Runtime.getRuntime().availableProcessors()),
                daemons("gateway-"));
        this.routing = Executors.newCachedThreadPool(daemons("gateway-route-"));
        this.server = HttpServer.create(new InetSocketAddress(host, port), 128);
        server.setExecutor(executor);
        endpoint("/v1/chat/completions", "chat", "POST", true, this::chat);
        endpoint("/v1/models", "models", "GET", true, c -> models(c.exchange));
        endpoint("/v1/classify", "classify", "POST", true, this::classify);
        endpoint("/metrics", "metrics", "GET", false, c -> metrics(c.exchange));
        endpoint("/health", "health", "GET", false, c -> json(c.exchange, 200, status("ok")));
        endpoint("/ready", "ready", "GET", false, c -> json(c.exchange,
                ready.get() ? 200 : 503, status(ready.get() ? "ready" : "stopping")));
        server.createContext("/", ex -> serve(ex, "other", null, false, GatewayServer::notFound));
    }

    /** Daemon threads named {@code prefix} plus a number shared by all the gateway's pools. */
    private java.util.concurrent.ThreadFactory daemons(String prefix) {
        return r -> {
            Thread t = new Thread(r, prefix + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Serves {@code path} exactly. The JDK server picks a context by prefix, so without the check
     * {@code /healthz} or {@code /v1/chat/completions/x} would be answered by the endpoint they start with.
     */
    private void endpoint(String path, String endpoint, String method, boolean authenticated, Endpoint h) {
        server.createContext(path, ex -> {
            if (path.equals(ex.getRequestURI().getPath())) {
                serve(ex, endpoint, method, authenticated, h);
            } else {
                serve(ex, "other", null, false, GatewayServer::notFound);
            }
        });
    }

    private static void notFound(Call c) {
        throw new ApiError(404, "invalid_request_error", "not_found", null, "no such endpoint: "
                + c.exchange.getRequestMethod() + " " + c.exchange.getRequestURI().getPath());
    }

    /**
     * Starts a gateway on the configured host and port.
     *
     * @throws IOException if the address cannot be bound
     */
    public static GatewayServer start(ConfiguredRouter configured) throws IOException {
        Objects.requireNonNull(configured, "configured must not be null");
        return start(configured, configured.server().host(), configured.server().port());
    }

    /**
     * Starts a gateway on the given host and port (0: any free port), overriding the file's.
     *
     * @throws IOException if the address cannot be bound
     */
    public static GatewayServer start(ConfiguredRouter configured, String host, int port) throws IOException {
        Objects.requireNonNull(configured, "configured must not be null");
        Objects.requireNonNull(host, "host must not be null");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in [0, 65535], was " + port);
        }
        GatewayServer g = new GatewayServer(configured, host, port);
        g.server.start();
        g.ready.set(true);
        return g;
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URI, e.g. {@code http://127.0.0.1:8080}. */
    public URI uri() {
        String host = server.getAddress().getHostString();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
    }

    /**
     * Stops accepting requests, gives running ones up to a second, and stops the server's threads. Returns at once
     * when no request is running (the JDK 17 server's own {@code stop(1)} would always wait the whole second).
     */
    @Override
    public void close() {
        ready.set(false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        boolean interrupted = false;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                interrupted = true;
                break;
            }
        }
        server.stop(0);
        executor.shutdownNow();
        routing.shutdownNow();
        watchdogs.shutdownNow();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ plumbing

    @FunctionalInterface
    private interface Endpoint {
        void handle(Call call) throws IOException;
    }

    /** One exchange with the tenant the auth step found. */
    private static final class Call {
        final HttpExchange exchange;
        String tenant = "";

        Call(HttpExchange exchange) {
            this.exchange = exchange;
        }
    }

    private void serve(HttpExchange ex, String endpoint, String method, boolean authenticated, Endpoint h) {
        long start = System.nanoTime();
        inFlight.incrementAndGet();
        Call call = new Call(ex);
        try {
            if (method != null && !method.equalsIgnoreCase(ex.getRequestMethod())) {
                ex.getResponseHeaders().set("Allow", method);
                throw new ApiError(405, "invalid_request_error", "method_not_allowed", null,
                        ex.getRequestMethod() + " is not allowed on " + ex.getRequestURI().getPath() + "; use " + method);
            }
            if (authenticated) {
                call.tenant = tenant(ex);
            }
            h.handle(call);
        } catch (ApiError e) {
            send(call, e);
        } catch (IOException e) {
            log.debug("Client connection failed on {}", endpoint, e);
        } catch (RuntimeException e) {
            log.warn("Unexpected error on {}", endpoint, e);
            send(call, new ApiError(500, "server_error", "internal_error", null, "internal error: " + e.getClass().getSimpleName()));
        } finally {
            try {
                ex.close();
                int status = ex.getResponseCode();
                Timer.builder("semantic_router.http.requests").description("Gateway requests by endpoint and status")
                        .tag("endpoint", endpoint).tag("status", String.valueOf(status < 0 ? 0 : status))
                        .publishPercentileHistogram().register(registry)
                        .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    private void send(Call call, ApiError e) {
        try {
            json(call.exchange, e.status, OpenAiProtocol.error(e));
        } catch (IOException | IllegalStateException io) {
            log.debug("Could not send the error ({}) to the client", e.getMessage(), io);
        }
    }

    /** The tenant of an authenticated request; 401 when the token is missing or unknown. */
    private String tenant(HttpExchange ex) {
        String header = ex.getRequestHeaders().getFirst("Authorization");
        String token = null;
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = header.substring(7).trim();
        }
        Optional<TokenAuth.Grant> grant = auth.authenticate(token);
        if (grant.isEmpty()) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "invalid_request_error", "invalid_api_key", null,
                    token == null ? "missing bearer token (Authorization: Bearer ...)" : "invalid bearer token");
        }
        if (grant.get().tenant() != null) {
            return grant.get().tenant();
        }
        String named = ex.getRequestHeaders().getFirst(settings.tenantHeader());
        if (named == null || named.isBlank()) {
            return "";
        }
        named = named.trim();
        if (named.length() > 128) {
            throw ApiError.invalid("tenant_too_long", null, settings.tenantHeader() + " is longer than 128 characters");
        }
        // a tenant the caller names is its own scope, never the scope of a token bound to the same name: otherwise
        // any caller could read a bound tenant's cached answers by sending its name
        return HEADER_TENANT_PREFIX + named;
    }

    private byte[] body(HttpExchange ex) throws IOException {
        int max = settings.maxBodyBytes();
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > max) {
                    throw tooLarge(max);
                }
            } catch (NumberFormatException e) {
                throw ApiError.invalid(null, "bad Content-Length: " + declared);
            }
        }
        try (InputStream in = ex.getRequestBody()) {
            byte[] b = in.readNBytes(max == Integer.MAX_VALUE ? max : max + 1);
            if (b.length > max) {
                throw tooLarge(max);
            }
            return b;
        }
    }

    private static ApiError tooLarge(int max) {
        return new ApiError(413, "invalid_request_error", "request_too_large", null,
                "the request body is larger than the limit of " + max + " bytes");
    }

    private static void json(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = OpenAiProtocol.JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static ObjectNode status(String s) {
        return OpenAiProtocol.JSON.createObjectNode().put("status", s);
    }

    // ------------------------------------------------------------------ endpoints

    private void models(HttpExchange ex) throws IOException {
        ObjectNode root = OpenAiProtocol.JSON.createObjectNode();
        root.put("object", "list");
        ArrayNode data = root.putArray("data");
        data.addObject().put("id", OpenAiProtocol.AUTO).put("object", "model").put("created", 0)
                .put("owned_by", "semantic-router");
        for (String name : router.modelNames()) {
            data.addObject().put("id", name).put("object", "model").put("created", 0).put("owned_by", "semantic-router")
                    .put("upstream", configured.upstreamModels().getOrDefault(name, name));
        }
        json(ex, 200, root);
    }

    private void metrics(HttpExchange ex) throws IOException {
        byte[] bytes = registry.scrape().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void classify(Call call) throws IOException {
        HttpExchange ex = call.exchange;
        ExemplarClassifier classifier = configured.classifier().orElseThrow(() -> new ApiError(404,
                "invalid_request_error", "no_classifier", null, "no categories are configured, so there is nothing to classify with"));
        JsonNode root;
        try {
            root = OpenAiProtocol.JSON.readTree(body(ex));
        } catch (ApiError e) {
            throw e;
        } catch (Exception e) {
            throw ApiError.invalid(null, "the request body is not valid JSON");
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
        List<Classification> results = classifier.classifyAll(texts);
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
        json(ex, 200, out);
    }

    private void chat(Call call) throws IOException {
        HttpExchange ex = call.exchange;
        OpenAiProtocol.ChatCall chat = OpenAiProtocol.readChat(body(ex));
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
        cacheDirectives(ex.getRequestHeaders(), rb, maxTtl);
        RouteRequest request;
        try {
            request = rb.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiError.invalid(null, e.getMessage());
        }
        String id = "chatcmpl-" + UUID.randomUUID().toString().replace("-", "");
        long created = System.currentTimeMillis() / 1000;
        if (chat.stream()) {
            stream(ex, request, id, created);
            return;
        }
        RoutedResponse r = routeWithin(request);
        headers(ex.getResponseHeaders(), r.decision(), r.model(), r.cache(), r.failures().size());
        json(ex, 200, OpenAiProtocol.completion(id, created, r.model(), r.response()));
    }

    /**
     * Routes a blocking request on a separate thread and waits at most {@code server.request_timeout_seconds}
     * for it: past that the caller gets 504 and the routing thread is interrupted, so that a model call which
     * honours interrupts (the JDK HTTP client does) gives up instead of holding the thread.
     */
    private RoutedResponse routeWithin(RouteRequest request) {
        Future<RoutedResponse> f;
        try {
            f = routing.submit(() -> router.route(request));
        } catch (RejectedExecutionException e) {
            throw new ApiError(503, "server_error", "shutting_down", null, "the gateway is shutting down");
        }
        try {
            return f.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw timeout();
        } catch (InterruptedException e) {
            f.cancel(true);
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
        if (e instanceof InvalidRequestException) {
            return ApiError.invalid(null, e.getMessage());
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

    private static void headers(Headers h, RouteDecision decision, String model, CacheOutcome cache, int fallbacks) {
        h.set("x-semantic-router-model", model);
        h.set("x-semantic-router-category", decision.category() == null ? "none" : decision.category());
        h.set("x-semantic-router-cache", OpenAiProtocol.lower(cache.status()));
        h.set("x-semantic-router-fallbacks", String.valueOf(fallbacks));
    }

    /** {@code x-semantic-cache: no-cache, no-store, ttl=60} and {@code Cache-Control: no-cache / no-store}. */
    static void cacheDirectives(Headers h, RouteRequest.Builder rb, Duration maxTtl) {
        List<String> directives = new ArrayList<>();
        for (String name : List.of(CACHE_DIRECTIVES, "Cache-Control")) {
            List<String> values = h.get(name);
            if (values != null) {
                for (String v : values) {
                    for (String d : v.split(",")) {
                        if (!d.isBlank()) {
                            directives.add((name.equals(CACHE_DIRECTIVES) ? "" : "cc:") + d.trim().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        for (String d : directives) {
            boolean standard = d.startsWith("cc:");
            String v = standard ? d.substring(3) : d;
            if (v.equals("no-cache")) {
                rb.noCache();
            } else if (v.equals("no-store")) {
                rb.noStore();
            } else if (!standard && v.startsWith("ttl=")) {
                long seconds;
                try {
                    seconds = Long.parseLong(v.substring(4));
                } catch (NumberFormatException e) {
                    seconds = -1;
                }
                if (seconds <= 0 || seconds > 366L * 24 * 3600) {
                    throw ApiError.invalid("bad_cache_directive", null, CACHE_DIRECTIVES
                            + ": ttl must be a whole number of seconds between 1 and one year, was '" + v.substring(4) + "'");
                }
                // a caller may shorten the operator's ttl_seconds, never lengthen it
                Duration ttl = Duration.ofSeconds(seconds);
                rb.cacheTtl(maxTtl != null && ttl.compareTo(maxTtl) > 0 ? maxTtl : ttl);
            } else if (!standard) {
                throw ApiError.invalid("bad_cache_directive", null, CACHE_DIRECTIVES + ": unknown directive '" + v
                        + "' (no-cache, no-store, ttl=SECONDS)");
            }
        }
    }

    // ------------------------------------------------------------------ streaming

    /** Server-sent events: headers once the route is known, a chunk per partial, a final chunk, [DONE]. */
    private void stream(HttpExchange ex, RouteRequest request, String id, long created) throws IOException {
        // The router's callbacks only queue events; this exchange thread alone writes to the client, against the
        // request deadline. A callback therefore never blocks on a slow client, and nothing is written after the
        // exchange thread has given up.
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        RoutedStreamHandler handler = new RoutedStreamHandler() {
            @Override
            public void onRouted(StreamStart start, StreamingHandle h) {
                events.add(start);
            }

            @Override
            public void onPartial(String text) {
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
        long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
        // a write blocked on a client that stopped reading is freed by interrupting this thread (the socket
        // channel is interruptible), shortly after the deadline the loop below keeps otherwise
        Thread self = Thread.currentThread();
        ScheduledFuture<?> watchdog = watchdogs.schedule(self::interrupt,
                settings.requestTimeout().toMillis() + WRITE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        StreamingHandle handle = null;
        OutputStream out = null;
        String model = null;
        try {
            handle = router.routeStreaming(request, handler);
            while (true) {
                long left = deadline - System.nanoTime();
                Object ev;
                try {
                    ev = left > 0 ? events.poll(left, TimeUnit.NANOSECONDS) : null;
                } catch (InterruptedException e) {
                    ev = null;
                }
                if (ev == null) {
                    handle.cancel();
                    if (out != null) {
                        event(out, OpenAiProtocol.error(timeout()));
                        return;
                    }
                    throw timeout();
                }
                if (ev instanceof StreamStart start) {
                    model = start.model();
                    headers(ex.getResponseHeaders(), start.decision(), start.model(), start.cache(), start.failures().size());
                    ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
                    ex.getResponseHeaders().set("Cache-Control", "no-cache");
                    ex.sendResponseHeaders(200, 0);
                    out = ex.getResponseBody();
                    event(out, OpenAiProtocol.chunk(id, created, model, "assistant", "", null));
                } else if (ev instanceof Partial p) {
                    if (out != null) {
                        event(out, OpenAiProtocol.chunk(id, created, model, null, p.text(), null));
                    }
                } else if (ev instanceof RoutedResponse done) {
                    if (out != null && done.response().finishReason() == FinishReason.OTHER) {
                        // the upstream stream ended without saying the answer was whole (the router did not cache
                        // it): the client is told so instead of getting a finish reason the model never gave
                        event(out, OpenAiProtocol.error(new ApiError(502, "upstream_error", "stream_incomplete", null,
                                "the model's stream ended without a finish reason; the answer may be incomplete")));
                        return;
                    }
                    if (out != null) {
                        event(out, OpenAiProtocol.chunk(id, created, model, null, null,
                                OpenAiProtocol.finishReason(done.response().finishReason())));
                        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
                        out.flush();
                    }
                    return;
                } else if (ev instanceof Failure f) {
                    if (out == null) {
                        throw mapped(f.error());
                    }
                    // headers are gone: the error travels as an event, then the stream ends without [DONE]
                    event(out, OpenAiProtocol.error(mapped(f.error())));
                    return;
                }
            }
        } catch (IOException e) {
            log.debug("Client went away during a stream; cancelling it", e);
            if (handle != null) {
                handle.cancel();
            }
            throw e;
        } finally {
            watchdog.cancel(false);
            Thread.interrupted(); // a watchdog that fired just as the stream ended must not leak into the next request
        }
    }

    /** A partial answer queued for the exchange thread. */
    private record Partial(String text) {
    }

    /** A stream failure queued for the exchange thread. */
    private record Failure(Throwable error) {
    }

    private static void event(OutputStream out, JsonNode data) throws IOException {
        out.write(("data: " + OpenAiProtocol.JSON.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
