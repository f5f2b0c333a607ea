package io.semanticrouter.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.FinishReason;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.semanticrouter.AllModelsFailedException;
import io.semanticrouter.CacheOutcome;
import io.semanticrouter.CategoryClassifier;
import io.semanticrouter.Classification;
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
 * checks method, token and content type, and answers in the OpenAI shape. Every error is an {@link ApiError}
 * written as {@code {"error": {"message", "type", "param", "code"}}}. Thread-safe.
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

    /** One request with its reply and the tenant scope the auth step found. */
    private static final class Call {
        final GatewayRequest request;
        final Reply reply;
        String tenant = TenantScope.SHARED;

        Call(GatewayRequest request, Reply reply) {
            this.request = request;
            this.reply = reply;
        }
    }

    private final ConfiguredRouter configured;
    private final SemanticRouter router;
    private final ServerSettings settings;
    private final TokenAuth auth;
    private final PrometheusMeterRegistry registry;
    /** Runs routes and classifications, so that the request thread can give up on them after the timeout. */
    private final ExecutorService routing;
    private final Map<String, Route> routes;
    private final AtomicBoolean ready = new AtomicBoolean();
    /** Requests being served, which {@link GatewayServer#close()} waits for. */
    final AtomicInteger inFlight = new AtomicInteger();
    /** The configured {@code semantic_cache.ttl_seconds}: the longest TTL a request may ask for (null: none). */
    private final Duration maxTtl;

    GatewayHandler(ConfiguredRouter configured, ExecutorService routing) {
        this.configured = configured;
        this.router = configured.router();
        this.settings = configured.server();
        this.auth = settings.auth();
        this.registry = configured.meterRegistry();
        this.routing = routing;
        Long ttlSeconds = configured.config().semanticCache().ttlSeconds();
        this.maxTtl = ttlSeconds == null ? null : Duration.ofSeconds(ttlSeconds);
        this.routes = Map.of(
                "/v1/chat/completions", new Route("chat", "POST", true, true, this::chat),
                "/v1/models", new Route("models", "GET", true, false, c -> models(c.reply)),
                "/v1/classify", new Route("classify", "POST", true, true, this::classify),
                "/metrics", new Route("metrics", "GET", false, false, c -> metrics(c.reply)),
                "/health", new Route("health", "GET", false, false, c -> json(c.reply, 200, status("ok"))),
                "/ready", new Route("ready", "GET", false, false, c -> json(c.reply,
                        ready.get() ? 200 : 503, status(ready.get() ? "ready" : "stopping"))));
    }

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
        Call call = new Call(request, reply);
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
                call.tenant = tenant(request, reply);
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
        json(call.reply, e.status, OpenAiProtocol.error(e));
    }

    /** The tenant scope of an authenticated request; 401 when the token is missing or unknown. */
    private String tenant(GatewayRequest request, Reply reply) {
        String header = request.header("Authorization");
        String token = null;
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = header.substring(7).trim();
        }
        Optional<TokenAuth.Grant> grant = auth.authenticate(token);
        if (grant.isEmpty()) {
            reply.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "invalid_request_error", "invalid_api_key", null,
                    token == null ? "missing bearer token (Authorization: Bearer ...)" : "invalid bearer token");
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

    private void models(Reply reply) {
        ObjectNode root = OpenAiProtocol.JSON.createObjectNode();
        root.put("object", "list");
        ArrayNode data = root.putArray("data");
        data.addObject().put("id", OpenAiProtocol.AUTO).put("object", "model").put("created", 0)
                .put("owned_by", "semantic-router");
        for (String name : router.modelNames()) {
            data.addObject().put("id", name).put("object", "model").put("created", 0).put("owned_by", "semantic-router")
                    .put("upstream", configured.upstreamModels().getOrDefault(name, name));
        }
        json(reply, 200, root);
    }

    private void metrics(Reply reply) {
        reply.send(200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape().getBytes(StandardCharsets.UTF_8));
    }

    /** Classifies the texts, in one embedding batch unless the classifier has a batch method of its own. */
    private List<Classification> classifyAll(CategoryClassifier classifier, List<String> texts) {
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
        CategoryClassifier classifier = configured.classifier().orElseThrow(() -> new ApiError(404,
                "invalid_request_error", "no_classifier", null, "no categories are configured, so there is nothing to classify with"));
        JsonNode root;
        try {
            root = OpenAiProtocol.JSON.readTree(call.request.body());
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
        List<Classification> results = within(() -> classifyAll(classifier, texts));
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
        GatewayRequest http = call.request;
        OpenAiProtocol.ChatCall chat = OpenAiProtocol.readChat(http.body());
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
        CacheDirectives.apply(http.headers(), rb, maxTtl);
        if (chat.logprobs()) {
            // a cached answer has no log-probabilities, and one with them is not worth storing: the cache is bypassed
            rb.noCache().noStore();
        }
        RouteRequest request;
        try {
            request = rb.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiError.invalid(null, e.getMessage());
        }
        String id = "chatcmpl-" + UUID.randomUUID().toString().replace("-", "");
        long created = System.currentTimeMillis() / 1000;
        if (chat.stream()) {
            stream(call.reply, request, new SseAnswer.Ids(id, created, chat.includeUsage()));
            return;
        }
        RoutedResponse r = within(() -> router.route(request));
        headers(call.reply, r.decision(), r.model(), r.cache(), r.failures().size(), r.coalesced());
        if (r.cacheHit() && !Double.isNaN(r.costSaved())) {
            // the stored answer's estimated completion tokens at the answering model's price (models[].pricing)
            call.reply.header("x-semantic-router-cost-saved",
                    java.math.BigDecimal.valueOf(r.costSaved()).round(java.math.MathContext.DECIMAL64)
                            .stripTrailingZeros().toPlainString());
        }
        json(call.reply, 200, OpenAiProtocol.completion(id, created, r.model(), r.response()));
    }

    /**
     * Runs blocking work (a route, a classification) on a separate thread and waits at most
     * {@code server.request_timeout_seconds} for it: past that the caller gets 504 and the thread is interrupted,
     * so that a model call which honours interrupts (the JDK HTTP client does) gives up instead of holding it.
     */
    private <T> T within(Callable<T> work) {
        Future<T> f;
        try {
            f = routing.submit(work);
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

    private static void headers(Reply reply, RouteDecision decision, String model, CacheOutcome cache, int fallbacks,
                                boolean coalesced) {
        reply.header("x-semantic-router-model", model);
        reply.header("x-semantic-router-category", decision.category() == null ? "none" : decision.category());
        reply.header("x-semantic-router-cache", OpenAiProtocol.lower(cache.status()));
        reply.header("x-semantic-router-fallbacks", String.valueOf(fallbacks));
        if (decision.tools() != null) {
            // tool selection ran: kept/total tools; the trace names the dropped ones
            reply.header("x-semantic-router-tools", decision.tools().summary());
        }
        if (coalesced) {
            reply.header("x-semantic-router-coalesced", "true");
        }
    }

    // ------------------------------------------------------------------ streaming

    /** Server-sent events: headers once the route is known, a chunk per partial, a final chunk, [DONE]. */
    private void stream(Reply reply, RouteRequest request, SseAnswer.Ids ids) throws IOException {
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
        SseAnswer answer = new SseAnswer(reply, ids, deadline, queued);
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
     * route is known, then a chunk an event.
     */
    private static final class SseAnswer {

        /** What every chunk of one stream repeats, and whether it ends with a usage chunk. */
        record Ids(String id, long created, boolean includeUsage) {
        }

        private final Reply reply;
        private final String id;
        private final long created;
        private final boolean includeUsage;
        private final long deadline;
        /** Text queued by the router's callbacks and not yet written, in chars. */
        private final AtomicLong queued;
        private Reply.EventStream out;
        private String model;

        SseAnswer(Reply reply, Ids ids, long deadline, AtomicLong queued) {
            this.reply = reply;
            this.id = ids.id();
            this.created = ids.created();
            this.includeUsage = ids.includeUsage();
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
                    event(out, OpenAiProtocol.chunk(id, created, model, null, p.text(), null));
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
            model = start.model();
            headers(reply, start.decision(), start.model(), start.cache(), start.failures().size(), start.coalesced());
            // a client that stops reading holds at most stream_buffer_bytes, and this thread at most until
            // shortly after the request deadline
            out = reply.stream(deadline + WRITE_GRACE.toNanos());
            event(out, OpenAiProtocol.chunk(id, created, model, "assistant", "", null));
        }

        private void finish(RoutedResponse done) throws IOException {
            if (out != null && done.response().finishReason() == FinishReason.OTHER) {
                // the upstream stream ended without saying the answer was whole (the router did not cache
                // it): the client is told so instead of getting a finish reason the model never gave
                event(out, OpenAiProtocol.error(new ApiError(502, "upstream_error", "stream_incomplete", null,
                        "the model's stream ended without a finish reason; the answer may be incomplete")));
                out.end();
                return;
            }
            if (out != null) {
                AiMessage ai = done.response().aiMessage();
                if (ai.hasToolExecutionRequests()) {
                    // each call goes out whole in one delta, which OpenAI clients accumulate like partial ones
                    List<ToolExecutionRequest> calls = ai.toolExecutionRequests();
                    for (int i = 0; i < calls.size(); i++) {
                        event(out, ToolsCodec.chunk(id, created, model, i, calls.get(i)));
                    }
                }
                ObjectNode last = OpenAiProtocol.chunk(id, created, model, null, null,
                        OpenAiProtocol.finishReason(done.response().finishReason(), ai));
                // LangChain4j hands over a stream's log-probabilities at its end: they travel on the last chunk
                LogProbsCodec.write((ObjectNode) last.path("choices").path(0), done.response());
                event(out, last);
                if (includeUsage) {
                    event(out, OpenAiProtocol.usageChunk(id, created, model, done.response().tokenUsage()));
                }
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
                out.end();
            }
        }

        /** Before the headers the error is thrown (an HTTP error answer), after them it is sent as an event. */
        void fail(Throwable error) throws IOException {
            if (out == null) {
                throw mapped(error);
            }
            // headers are gone: the error travels as an event, then the stream ends without [DONE]
            event(out, OpenAiProtocol.error(mapped(error)));
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

    private static void event(Reply.EventStream out, JsonNode data) throws IOException {
        out.write(("data: " + OpenAiProtocol.JSON.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
    }
}
