package io.semanticrouter;

import io.semanticrouter.spi.CacheArguments;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.FinishReason;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.semanticrouter.pii.PatternPiiDetector;
import io.semanticrouter.pii.PiiDetector;
import io.semanticrouter.pii.PiiMatch;
import io.semanticrouter.verify.HitVerifier;
import io.semanticrouter.verify.LexicalHitVerifier;
import io.semanticrouter.verify.QuestionTraits;
import io.semanticrouter.verify.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An in-process semantic LLM router with a semantic cache.
 *
 * <p>For each request the router
 * <ol>
 *   <li>validates the conversation and takes its last user message as the query;</li>
 *   <li>embeds the query once ({@link Embedder});</li>
 *   <li>asks the {@link ModelSelector} for ranked candidate models, appending the default model;</li>
 *   <li>looks in the {@link SemanticCache} inside the request's partition (tenant, system prompt, earlier
 *       turns, answer-changing parameters, model tier), checks the nearest entry with the {@link HitVerifier}
 *       (by default {@link LexicalHitVerifier}: negation, numbers, dates, names, direction, question scope)
 *       and returns a verified hit at once;</li>
 *   <li>on a miss calls the candidates in order until one answers, and stores the answer when it is safe
 *       to reuse: not an error, not truncated, not a tool call (unless {@link Builder#cacheToolCalls}), not a
 *       {@code no-store} request, not a time-sensitive question ("today", "latest"; unless
 *       {@link Builder#cacheTimeSensitive}), and no personal data in the shared scope;</li>
 *   <li>returns the answer with a trace ({@link RoutedResponse}).</li>
 * </ol>
 *
 * <p>{@link #routeStreaming} does the same for a streamed answer: the decision first, then the text in chunks
 * (replayed from the cache on a hit), then the trace; it is stored only when the stream completed normally.
 * {@link #asChatModel()} and {@link #asStreamingChatModel()} make the router a LangChain4j model.
 *
 * <p>The cache fails open: a back end that throws is treated as a miss, logged once per outage and shown in
 * the trace. Instances are immutable and thread-safe; build one per application with {@link #builder()}.
 *
 * <pre>{@code
 * SemanticRouter router = SemanticRouter.builder()
 *         .embedder(OnnxEmbedder.allMiniLmL6V2())
 *         .cache(InMemorySemanticCache.builder().similarityThreshold(0.85).maxEntries(10_000).build())
 *         .selector(selector)
 *         .model("small", smallModel)
 *         .model("strong", strongModel)
 *         .defaultModel("small")
 *         .build();
 * ChatResponse answer = router.chat(UserMessage.from("How do I reverse a list in Python?"));
 * }</pre>
 */
public final class SemanticRouter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SemanticRouter.class);

    private final Embedder embedder;
    private final SemanticCache cache;
    private final ModelSelector selector;
    private final Map<String, ModelEndpoint> models;
    private final String defaultModel;
    private final Ticker ticker;
    private final int contextWindow;
    private final HitVerifier verifier;
    private final Map<String, Double> categoryThresholds;
    private final boolean cacheTimeSensitive;
    private final boolean cacheToolCalls;
    private final PiiDetector piiDetector;
    private final RouterMetrics metrics;
    private final int candidates;
    private final List<RequestGuard> guards;
    private final Map<String, ReasoningMapping> reasoningMappings;
    private final AtomicBoolean cacheDown = new AtomicBoolean();

    private SemanticRouter(Builder b) {
        this.embedder = b.embedder;
        this.cache = b.cache;
        this.selector = b.selector;
        Map<String, ModelEndpoint> endpoints = new LinkedHashMap<>();
        for (String name : b.names) {
            endpoints.put(name, new ModelEndpoint(name, b.models.get(name), b.streamingModels.get(name)));
        }
        this.models = Collections.unmodifiableMap(endpoints);
        this.defaultModel = b.defaultModel != null ? b.defaultModel : b.names.iterator().next();
        this.ticker = b.ticker;
        this.contextWindow = b.contextWindow;
        this.verifier = b.verifier;
        this.categoryThresholds = Map.copyOf(b.categoryThresholds);
        this.cacheTimeSensitive = b.cacheTimeSensitive;
        this.cacheToolCalls = b.cacheToolCalls;
        this.piiDetector = b.piiDetector;
        this.metrics = new RouterMetrics(b.meterRegistry);
        this.candidates = b.candidates;
        this.guards = List.copyOf(b.guards);
        this.reasoningMappings = Map.copyOf(b.reasoningMappings);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Routes a conversation in the shared tenant scope and returns the answer.
     *
     * @throws InvalidRequestException  if the conversation is null, empty, holds a null or has no user text
     * @throws AllModelsFailedException if every candidate model failed
     */
    public ChatResponse chat(List<ChatMessage> messages) {
        return route(RouteRequest.of(messages)).response();
    }

    /** Varargs form of {@link #chat(List)}. */
    public ChatResponse chat(ChatMessage... messages) {
        return chat(messages == null ? null : Arrays.asList(messages));
    }

    /** Routes a conversation in the shared tenant scope and returns the answer with its trace. */
    public RoutedResponse route(List<ChatMessage> messages) {
        return route(RouteRequest.of(messages));
    }

    /**
     * Routes one request and returns the answer with its trace.
     *
     * @throws InvalidRequestException  if the request is malformed (the message names the field)
     * @throws RequestBlockedException  if a guard blocked the request (no model was called)
     * @throws AllModelsFailedException if every candidate model failed; it carries every failure
     */
    public RoutedResponse route(RouteRequest request) {
        Prepared p = prepare(request);
        if (p.hit() != null) {
            return p.hit();
        }
        List<ModelFailure> failures = new ArrayList<>();
        for (String name : p.decision().candidates()) {
            ModelEndpoint model = models.get(name);
            long a0 = ticker.read();
            if (model == null) {
                failures.add(unregistered(name));
                continue;
            }
            ChatResponse response;
            try {
                response = model.call(modelRequest(name, p));
            } catch (RuntimeException e) {
                failures.add(new ModelFailure(name, e, Duration.ofNanos(ticker.read() - a0)));
                log.debug("Model '{}' failed, trying the next candidate", name, e);
                continue;
            }
            return complete(p, response, name, failures, ticker.read());
        }
        throw allFailed(p, failures);
    }

    /** The error when a model fails after it began to answer a stream, counted in the metrics. */
    StreamInterruptedException interrupted(String model, Prepared p, List<ModelFailure> failures) {
        metrics.unanswered(failures);
        return new StreamInterruptedException(model, p.decision(), failures);
    }

    /** The error when every candidate failed, counted in the metrics (both the blocking and the streaming path). */
    AllModelsFailedException allFailed(Prepared p, List<ModelFailure> failures) {
        metrics.unanswered(failures);
        return new AllModelsFailedException(p.decision(), failures);
    }

    /**
     * Routes one request and streams the answer to {@code handler}: first the routing decision
     * ({@link RoutedStreamHandler#onRouted}), then the text in pieces ({@link RoutedStreamHandler#onPartial}),
     * then the same trace {@link #route(RouteRequest)} returns ({@link RoutedStreamHandler#onComplete}), or an
     * error ({@link RoutedStreamHandler#onError}). The request goes through the same stages as {@code route}:
     * guards, embedding, selection and cache lookup run on the calling thread before this method returns or
     * streams anything; the lookup is counted in the same meters.
     * <ul>
     *   <li><b>Cache hit</b>: the stored answer is replayed on the calling thread in chunks of a few words
     *       (split after whitespace, so the chunks concatenate to exactly the stored text); no model is called.</li>
     *   <li><b>Miss</b>: the candidates are tried in order. A name with a {@link Builder#streamingModel streaming
     *       model} streams its chunks as they arrive, on the model's thread; a name with only a chat model is
     *       called on the current thread and its whole text forwarded as one chunk. A candidate that fails before
     *       its first chunk hands over to the next one, exactly as in {@code route} (the failures end up in the
     *       trace, or in {@link AllModelsFailedException} when all fail). A candidate that fails after sending
     *       text ends the stream with {@link StreamInterruptedException}: no switch mid-answer.</li>
     *   <li><b>Storing</b>: only a stream that completed normally is considered, by the same rules as
     *       {@code route} (not truncated by finish reason {@code LENGTH}, not a tool call unless allowed, no
     *       {@code no-store}, no personal data in the shared scope...). A failed or cancelled stream is never
     *       stored.</li>
     *   <li><b>Errors before streaming</b>: an invalid request ({@link InvalidRequestException}) or one blocked by
     *       a guard ({@link RequestBlockedException}) is reported through {@code onError} before this method
     *       returns, without {@code onRouted}, without a model call and without touching the cache. Only a
     *       null handler is thrown, since there is nowhere to report it.</li>
     * </ul>
     * The returned handle (also passed to {@code onRouted}) cancels the stream: no callback starts after
     * {@code cancel()} returns (one already running on another thread may finish), the upstream model is
     * cancelled when it supports it, and nothing is stored. See {@link RoutedStreamHandler} for the order of
     * callbacks and the threads they come from.
     *
     * @return a handle to cancel the stream; already finished when the request failed early or was a cache hit
     * @throws InvalidRequestException if handler is null
     */
    public StreamingHandle routeStreaming(RouteRequest request, RoutedStreamHandler handler) {
        if (handler == null) {
            throw new InvalidRequestException("handler", "must not be null");
        }
        Prepared p;
        try {
            p = prepare(request);
        } catch (RuntimeException e) {
            return RoutedStream.rejected(handler, e);
        }
        RoutedStream stream = new RoutedStream(this, ticker, p, handler);
        stream.start();
        return stream;
    }

    /**
     * Streams the answer to a conversation in the shared tenant scope to a LangChain4j handler, as
     * {@link #routeStreaming} does (the routing decision is not passed on; use {@code routeStreaming} to see it).
     * Partial responses carry a {@code PartialResponseContext} whose handle cancels the stream; errors, including
     * an invalid or blocked request, arrive through {@code handler.onError}.
     *
     * @return a handle to cancel the stream
     * @throws InvalidRequestException if handler is null
     */
    public StreamingHandle chatStreaming(List<ChatMessage> messages, StreamingChatResponseHandler handler) {
        if (handler == null) {
            throw new InvalidRequestException("handler", "must not be null");
        }
        return routeStreaming(RouteRequest.of(messages), RouterStreamingChatModel.bridge(handler));
    }

    /**
     * What the router knows about a request before any model is called: the outcome of validation, guards,
     * embedding, selection and cache lookup. On a verified cache hit {@link #hit} is the finished answer.
     * Timestamps come from the router's ticker: {@code t0..t1} embedding, {@code t1..t2} guards and selection,
     * {@code t2..t3} cache lookup.
     */
    record Prepared(RouteRequest request, ConversationKey conversation, Embedding embedding, RouteDecision decision,
                    CacheOutcome outcome, String partition, RoutedResponse hit, long start, long t0, long t1, long t2,
                    long t3) {
    }

    /**
     * The stage every request goes through before a model is called, whether it is answered at once or
     * streamed: validates the request, embeds the query, runs the guards, decides the candidates, looks up the
     * cache and counts the lookup outcome. A verified hit comes back as a finished {@link RoutedResponse}.
     *
     * @throws InvalidRequestException if the request is malformed
     * @throws RequestBlockedException if a guard blocked it
     */
    Prepared prepare(RouteRequest request) {
        if (request == null) {
            throw new InvalidRequestException("request", "must not be null");
        }
        long start = ticker.read();
        ConversationKey conversation = ConversationKey.read(request.messages());
        ChatRequestParameters parameters = request.parameters();
        String requestedModel = parameters == null ? null : parameters.modelName();
        if (requestedModel != null && !"auto".equals(requestedModel) && !models.containsKey(requestedModel)) {
            throw new InvalidRequestException("parameters.modelName",
                    "unknown model '" + requestedModel + "'; registered: " + models.keySet() + " or 'auto'");
        }

        // 1. embed once
        long t0 = ticker.read();
        Embedding embedding = null;
        String embedFailure = null;
        try {
            embedding = embedder.embed(conversation.query);
        } catch (EmbeddingException e) {
            embedFailure = "embedding failed: " + e.getMessage();
            log.warn("Embedding failed, routing to the default model without cache: {}", e.toString());
        }
        long t1 = ticker.read();

        // 1b. guards (timed with the decision): may block (no model, no cache) or restrict the models
        Set<String> allowedModels = runGuards(new RequestContext(request.tenant(), request.messages(), conversation.query,
                embedding));

        // 2. decide
        RouteDecision decision;
        if (requestedModel != null && !"auto".equals(requestedModel)) {
            decision = new RouteDecision(null, 0, List.of(requestedModel), "model '" + requestedModel + "' requested by caller");
        } else if (embedding == null) {
            decision = RouteDecision.useDefault(null, 0, embedFailure);
        } else if (selector == null) {
            decision = RouteDecision.useDefault(null, 0, "no selector");
        } else {
            decision = select(new RequestContext(request.tenant(), request.messages(), conversation.query, embedding));
        }
        decision = decision.withFallback(defaultModel);
        if (allowedModels != null) {
            decision = restrict(decision, allowedModels);
        }
        long t2 = ticker.read();

        // 3. cache lookup
        CacheOutcome outcome;
        String partition = null;
        String bypass = cacheBypassReason(request, conversation, embedding, embedFailure);
        if (bypass != null) {
            outcome = new CacheOutcome(CacheOutcome.Status.BYPASS, Double.NaN, null, bypass, false);
        } else {
            partition = conversation.partition(request.tenant(), contextWindow, parameters, decision.model());
            Lookup found = request.cacheRead()
                    ? lookup(new CacheQuery(partition, conversation.query, embedding), decision.category())
                    : new Lookup(new CacheOutcome(CacheOutcome.Status.MISS, Double.NaN, null, "no-cache requested", false), null);
            outcome = found.outcome();
            AiMessage message = null;
            if (found.entry() != null) {
                try {
                    message = StoredAnswer.decode(found.entry().response());
                } catch (CacheException e) {
                    failed("decode", e);
                    outcome = new CacheOutcome(CacheOutcome.Status.ERROR, outcome.similarity(), null, e.getMessage(), false);
                }
            }
            if (message != null) {
                CacheEntry entry = found.entry();
                long t3 = ticker.read();
                metrics.outcome(outcome);
                ChatResponse response = ChatResponse.builder()
                        .aiMessage(message)
                        .metadata(ChatResponseMetadata.builder().modelName(entry.model())
                                .finishReason(message.hasToolExecutionRequests() ? FinishReason.TOOL_EXECUTION : FinishReason.STOP)
                                .build())
                        .build();
                RoutedResponse hit = new RoutedResponse(response, decision, entry.model(), outcome, List.of(),
                        StageTimings.ofNanos(t1 - t0, t2 - t1, t3 - t2, 0, 0, t3 - start));
                metrics.answered(hit);
                return new Prepared(request, conversation, embedding, decision, outcome, partition, hit,
                        start, t0, t1, t2, t3);
            }
        }
        long t3 = ticker.read();
        metrics.outcome(outcome);
        return new Prepared(request, conversation, embedding, decision, outcome, partition, null, start, t0, t1, t2, t3);
    }

    /** The request sent to model {@code name}: the caller's messages and parameters, reasoning mode mapped. */
    ChatRequest modelRequest(String name, Prepared p) {
        return ChatRequest.builder().messages(p.request().messages())
                .parameters(withReasoning(name, p.decision().reasoning(), withoutModelName(p.request().parameters())))
                .build();
    }

    /** The failure recorded for a candidate that names no registered model. */
    static ModelFailure unregistered(String name) {
        return new ModelFailure(name, new IllegalStateException(
                "selector returned model '" + name + "' which is not registered"), Duration.ZERO);
    }

    /**
     * The stage every answered miss goes through, whether it was answered at once or streamed: files the answer
     * under the answering model's name, stores it when it is safe to reuse, and builds the trace.
     *
     * @param modelEnd the ticker reading when the model finished answering
     */
    RoutedResponse complete(Prepared p, ChatResponse response, String answeredBy, List<ModelFailure> failures,
                            long modelEnd) {
        response = withModelName(response, answeredBy);
        CacheOutcome outcome = p.outcome();
        if (outcome.status() != CacheOutcome.Status.BYPASS) {
            RouteRequest request = p.request();
            ConversationKey conversation = p.conversation();
            String refusal = storeRefusal(request, conversation.query, response);
            if (refusal != null) {
                outcome = outcome.withStored(false, "not stored: " + refusal);
            } else {
                String partition = p.partition();
                if (!answeredBy.equals(p.decision().model())) {
                    // a fallback's answer is filed under the model that produced it
                    partition = conversation.partition(request.tenant(), contextWindow, request.parameters(), answeredBy);
                }
                boolean stored = store(new CacheEntry(partition, conversation.query, p.embedding(),
                        StoredAnswer.encode(response.aiMessage()), answeredBy, p.decision().category(), request.cacheTtl()));
                outcome = outcome.withStored(stored, stored ? null : "store failed");
            }
        }
        long t5 = ticker.read();
        RoutedResponse answered = new RoutedResponse(response, p.decision(), answeredBy, outcome, failures,
                StageTimings.ofNanos(p.t1() - p.t0(), p.t2() - p.t1(), p.t3() - p.t2(), modelEnd - p.t3(),
                        t5 - modelEnd, t5 - p.start()));
        metrics.answered(answered);
        return answered;
    }

    /** A LangChain4j {@link ChatModel} backed by this router, in the shared tenant scope. */
    public ChatModel asChatModel() {
        return asChatModel("");
    }

    /**
     * A LangChain4j {@link ChatModel} backed by this router, in the given tenant scope. It drops into
     * {@code AiServices} and anything else that takes a {@code ChatModel}; the answering model's registered
     * name is reported in {@code ChatResponse.metadata().modelName()}. A request whose {@code modelName} is
     * a registered model bypasses routing.
     */
    public ChatModel asChatModel(String tenant) {
        Objects.requireNonNull(tenant, "tenant must not be null; use \"\" for the shared scope");
        return new RouterChatModel(this, tenant);
    }

    /** A LangChain4j {@link StreamingChatModel} backed by this router, in the shared tenant scope. */
    public StreamingChatModel asStreamingChatModel() {
        return asStreamingChatModel("");
    }

    /**
     * A LangChain4j {@link StreamingChatModel} backed by this router, in the given tenant scope: the streaming
     * counterpart of {@link #asChatModel(String)}, for {@code AiServices} methods that return a
     * {@code TokenStream} and anything else that takes a {@code StreamingChatModel}. Each request is
     * {@linkplain #routeStreaming streamed} as routed; the answering model's registered name is reported in
     * {@code ChatResponse.metadata().modelName()}. A request whose {@code modelName} is a registered model
     * bypasses routing.
     *
     * @throws NullPointerException if tenant is null
     */
    public StreamingChatModel asStreamingChatModel(String tenant) {
        Objects.requireNonNull(tenant, "tenant must not be null; use \"\" for the shared scope");
        return new RouterStreamingChatModel(this, tenant);
    }

    /**
     * The registered model names, in registration order: every name given to {@link Builder#model} or
     * {@link Builder#streamingModel}, once.
     */
    public Set<String> modelNames() {
        return models.keySet();
    }

    /** The model registered under {@code name}, or {@code null}. */
    ModelEndpoint endpoint(String name) {
        return models.get(name);
    }

    /** The model used when the selector has no opinion or abstains. */
    public String defaultModel() {
        return defaultModel;
    }

    /** Closes the cache and the embedder. */
    @Override
    public void close() {
        try {
            if (cache != null) {
                cache.close();
            }
        } finally {
            embedder.close();
        }
    }

    // --- internals ---

    /**
     * Runs the guards in order. Returns the models the request may go to (null: any), or throws when a guard
     * blocks or fails.
     */
    private Set<String> runGuards(RequestContext context) {
        Set<String> allowed = null;
        for (RequestGuard guard : guards) {
            GuardVerdict v;
            try {
                v = guard.check(context);
                if (v == null) {
                    throw new IllegalStateException("guard returned no verdict");
                }
            } catch (RuntimeException e) {
                log.warn("Guard {} failed; blocking the request", guard, e);
                v = GuardVerdict.block(guard.getClass().getSimpleName(), "the guard failed: " + e, List.of());
            }
            switch (v.action()) {
                case ALLOW -> { }
                case RESTRICT -> {
                    if (allowed == null) {
                        allowed = new java.util.LinkedHashSet<>(v.allowedModels());
                    } else {
                        allowed.retainAll(v.allowedModels());
                    }
                    if (allowed.stream().noneMatch(models::containsKey)) {
                        metrics.blocked(v.guard());
                        throw new RequestBlockedException(GuardVerdict.block(v.guard(), v.reason()
                                + "; no registered model may receive it", v.findings()));
                    }
                }
                case BLOCK -> {
                    metrics.blocked(v.guard());
                    throw new RequestBlockedException(v);
                }
            }
        }
        return allowed;
    }

    /** The decision with only the allowed models, in order; the first allowed registered model if none is left. */
    private RouteDecision restrict(RouteDecision d, Set<String> allowed) {
        List<String> kept = new ArrayList<>();
        for (String m : d.candidates()) {
            if (allowed.contains(m)) {
                kept.add(m);
            }
        }
        if (kept.isEmpty()) {
            for (String m : models.keySet()) {
                if (allowed.contains(m)) {
                    kept.add(m);
                    break;
                }
            }
        }
        return new RouteDecision(d.category(), d.confidence(), kept, d.reason() + "; restricted by a guard to " + kept,
                d.reasoning());
    }

    /** A cache outcome and, on a hit, the entry to serve. */
    private record Lookup(CacheOutcome outcome, CacheEntry entry) {
    }

    private RouteDecision select(RequestContext context) {
        try {
            RouteDecision d = selector.select(context);
            return d != null ? d : RouteDecision.useDefault(null, 0, "selector returned no decision");
        } catch (RuntimeException e) {
            log.warn("Model selector failed, using the default model", e);
            return RouteDecision.useDefault(null, 0, "selector failed: " + e);
        }
    }

    private String cacheBypassReason(RouteRequest request, ConversationKey conversation, Embedding embedding,
                                     String embedFailure) {
        if (cache == null) {
            return "no cache configured";
        }
        if (embedding == null) {
            return embedFailure;
        }
        if (embedding.truncated()) {
            return "prompt longer than the embedder window (" + embedder.maxTokens() + " tokens)";
        }
        if (conversation.uncacheableReason != null) {
            return conversation.uncacheableReason;
        }
        if (!request.cacheRead() && !request.cacheWrite()) {
            return "no-cache and no-store requested";
        }
        if (!cacheTimeSensitive) {
            String word = QuestionTraits.timeSensitiveWord(conversation.query);
            if (word != null) {
                return "time-sensitive question ('" + word + "')";
            }
        }
        return null;
    }

    private Lookup lookup(CacheQuery query, String category) {
        List<CacheResult> found;
        try {
            found = cache.search(query, candidates);
            recovered();
        } catch (RuntimeException e) {
            failed("lookup", e);
            return new Lookup(new CacheOutcome(CacheOutcome.Status.ERROR, Double.NaN, null,
                    "cache lookup failed: " + e, false), null);
        }
        CacheResult best = found.isEmpty() ? CacheResult.miss() : found.get(0);
        if (!best.isHit()) {
            String why = Double.isNaN(best.similarity()) ? "nothing cached in this partition"
                    : "similarity " + fmt(best.similarity()) + " < " + fmt(cache.similarityThreshold());
            return new Lookup(new CacheOutcome(CacheOutcome.Status.MISS, best.similarity(), null, why, false), null);
        }
        Double floor = category == null ? null : categoryThresholds.get(category);
        double threshold = floor != null ? floor : cache.similarityThreshold();
        if (floor != null && best.similarity() < floor) {
            return new Lookup(new CacheOutcome(CacheOutcome.Status.MISS, best.similarity(), null, "similarity "
                    + fmt(best.similarity()) + " < " + fmt(floor) + " for category " + category, false), null);
        }
        CacheOutcome firstRejection = null;
        for (CacheResult r : found) {
            if (!r.isHit() || r.similarity() < threshold) {
                break; // best first: the rest are no closer
            }
            CacheEntry e = r.entry().orElseThrow();
            Verdict verdict = verify(e, query);
            if (verdict.accepted()) {
                String after = firstRejection == null ? "" : " (after refusing '" + firstRejection.matchedQuery()
                        + "': " + firstRejection.rejectedBy().key() + ")";
                return new Lookup(new CacheOutcome(CacheOutcome.Status.HIT, r.similarity(), e.queryText(),
                        "similarity " + fmt(r.similarity()) + " >= " + fmt(threshold) + ", verified" + after, false), e);
            }
            metrics.rejected(verdict.rule());
            if (firstRejection == null) {
                firstRejection = new CacheOutcome(CacheOutcome.Status.REJECTED, r.similarity(), e.queryText(),
                        "similarity " + fmt(r.similarity()) + " but " + verdict, false, verdict.rule());
            }
        }
        return new Lookup(firstRejection, null);
    }

    /** Runs the verifier; one that throws refuses the hit (a wrong answer is worse than a miss). */
    private Verdict verify(CacheEntry cached, CacheQuery query) {
        try {
            return verifier.verify(cached.queryText(), cached.embedding(), query.text(), query.embedding());
        } catch (RuntimeException ex) {
            log.warn("Hit verifier failed; refusing the hit", ex);
            return Verdict.reject(io.semanticrouter.verify.Rule.SCORER, "verifier failed: " + ex);
        }
    }

    private boolean store(CacheEntry entry) {
        try {
            cache.store(entry);
            recovered();
            return true;
        } catch (RuntimeException e) {
            failed("store", e);
            return false;
        }
    }

    private void failed(String op, RuntimeException e) {
        if (cacheDown.compareAndSet(false, true)) {
            log.warn("Semantic cache {} failed; serving misses until it recovers: {}", op, e.toString());
        } else {
            log.debug("Semantic cache {} failed again", op, e);
        }
    }

    private void recovered() {
        if (cacheDown.get() && cacheDown.compareAndSet(true, false)) {
            log.info("Semantic cache recovered");
        }
    }

    private String storeRefusal(RouteRequest request, String query, ChatResponse response) {
        if (!request.cacheWrite()) {
            return "no-store requested";
        }
        AiMessage ai = response.aiMessage();
        if (ai.hasToolExecutionRequests()) {
            if (!cacheToolCalls) {
                return "answer is a tool call";
            }
        } else if (ai.text() == null || ai.text().isBlank()) {
            return "answer has no text";
        }
        if (piiDetector != null && request.tenant().isEmpty()) {
            List<PiiMatch> pii = new ArrayList<>(piiDetector.detect(query));
            if (ai.text() != null) {
                pii.addAll(piiDetector.detect(ai.text()));
            }
            if (!pii.isEmpty()) {
                return "personal data (" + pii.stream().map(PiiMatch::type).distinct().toList()
                        + ") in the shared scope";
            }
        }
        FinishReason finish = response.finishReason();
        if (finish != null && finish != FinishReason.STOP
                && !(finish == FinishReason.TOOL_EXECUTION && ai.hasToolExecutionRequests())) {
            return "finish reason " + finish;
        }
        return null;
    }

    /** The parameters for {@code model} with the decision's reasoning mode mapped by that model's mapping. */
    private ChatRequestParameters withReasoning(String model, String reasoning, ChatRequestParameters p) {
        if (reasoning == null) {
            return p;
        }
        ReasoningMapping mapping = reasoningMappings.get(model);
        if (mapping == null) {
            return p;
        }
        ChatRequestParameters mapped = mapping.apply(reasoning, p == null ? DefaultChatRequestParameters.builder().build() : p);
        return mapped == null ? p : mapped;
    }

    private static ChatRequestParameters withoutModelName(ChatRequestParameters p) {
        if (p == null) {
            return null;
        }
        if (p.modelName() == null) {
            return p;
        }
        return DefaultChatRequestParameters.builder().overrideWith(p).modelName(null).build();
    }

    private static ChatResponse withModelName(ChatResponse r, String name) {
        ChatResponseMetadata md = r.metadata() == null ? ChatResponseMetadata.builder().build() : r.metadata();
        return ChatResponse.builder().aiMessage(r.aiMessage()).metadata(md.toBuilder().modelName(name).build()).build();
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.3f", d);
    }

    /**
     * Builder of {@link SemanticRouter}. Every method checks its argument at once; {@link #build()} checks
     * the combination (at least one model, a registered default, every model the selector can return).
     */
    public static final class Builder {
        private Embedder embedder;
        private SemanticCache cache;
        private ModelSelector selector;
        private final Map<String, ChatModel> models = new LinkedHashMap<>();
        private final Map<String, StreamingChatModel> streamingModels = new LinkedHashMap<>();
        /** Every registered name, chat or streaming, in registration order. */
        private final Set<String> names = new LinkedHashSet<>();
        private String defaultModel;
        private Ticker ticker = Ticker.system();
        private int contextWindow = 16;
        private HitVerifier verifier = LexicalHitVerifier.defaults();
        private final Map<String, Double> categoryThresholds = new LinkedHashMap<>();
        private boolean cacheTimeSensitive;
        private boolean cacheToolCalls;
        private PiiDetector piiDetector = PatternPiiDetector.INSTANCE;
        private MeterRegistry meterRegistry = new SimpleMeterRegistry();
        private int candidates = 3;
        private final List<RequestGuard> guards = new ArrayList<>();
        private final Map<String, ReasoningMapping> reasoningMappings = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The embedder used for every query (required).
         *
         * @throws NullPointerException if embedder is null
         */
        public Builder embedder(Embedder embedder) {
            this.embedder = Objects.requireNonNull(embedder, "embedder must not be null");
            return this;
        }

        /** The semantic cache; without one the router only routes. Its dimension is not checked here. */
        public Builder cache(SemanticCache cache) {
            this.cache = Objects.requireNonNull(cache, "cache must not be null");
            return this;
        }

        /** The model selector; without one every request goes to the default model. */
        public Builder selector(ModelSelector selector) {
            this.selector = Objects.requireNonNull(selector, "selector must not be null");
            return this;
        }

        /**
         * Registers a model under a name. The selector, the default model and callers refer to it by that name.
         * The same name may also get a {@link #streamingModel streaming model}; without one, a streamed request
         * routed to this name gets the model's whole answer as a single chunk.
         *
         * @throws IllegalArgumentException if the name is blank, {@code "auto"}, or already has a chat model
         * @throws NullPointerException     if name or model is null
         */
        public Builder model(String name, ChatModel model) {
            checkName(name);
            Objects.requireNonNull(model, "model '" + name + "' must not be null");
            if (models.putIfAbsent(name, model) != null) {
                throw new IllegalArgumentException("model '" + name + "' is already registered");
            }
            names.add(name);
            return this;
        }

        /**
         * Registers a streaming model under a name, on its own or next to a {@link #model chat model} of the same
         * name (the same upstream model, reached in both modes). Streamed requests
         * ({@link SemanticRouter#routeStreaming}) use it; blocking requests ({@link SemanticRouter#route}) use the
         * name's chat model when there is one, and otherwise call this model in streaming mode and wait for the
         * whole answer. Routing sees one name either way: the selector, the default model and callers refer to
         * it as they would to a chat model.
         *
         * @throws IllegalArgumentException if the name is blank, {@code "auto"}, or already has a streaming model
         * @throws NullPointerException     if name or model is null
         */
        public Builder streamingModel(String name, StreamingChatModel model) {
            checkName(name);
            Objects.requireNonNull(model, "streaming model '" + name + "' must not be null");
            if (streamingModels.putIfAbsent(name, model) != null) {
                throw new IllegalArgumentException("streaming model '" + name + "' is already registered");
            }
            names.add(name);
            return this;
        }

        private static void checkName(String name) {
            Objects.requireNonNull(name, "model name must not be null");
            if (name.isBlank()) {
                throw new IllegalArgumentException("model name must not be blank, was '" + name + "'");
            }
            if ("auto".equals(name)) {
                throw new IllegalArgumentException("model name 'auto' is reserved for routed requests");
            }
        }

        /**
         * The model used when the selector has no opinion, abstains or fails, and as the last fallback.
         * Optional when only one model is registered.
         */
        public Builder defaultModel(String name) {
            this.defaultModel = Objects.requireNonNull(name, "defaultModel must not be null");
            return this;
        }

        /** Time source for stage timings (tests inject a fake). */
        public Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker must not be null");
            return this;
        }

        /**
         * How many messages before the query belong to its cache context (system messages always do).
         * Default 16. Larger is safer; 0 keys only on the system prompt and the question.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder contextWindow(int messages) {
            if (messages < 0) {
                throw new IllegalArgumentException("contextWindow must be >= 0, was " + messages);
            }
            this.contextWindow = messages;
            return this;
        }

        /**
         * The check every cache hit must pass before it is served. Default {@link LexicalHitVerifier#defaults()};
         * {@link HitVerifier#acceptAll()} serves every hit above the similarity threshold, as plain semantic
         * caches do. A verifier that throws refuses the hit.
         *
         * @throws NullPointerException if verifier is null
         */
        public Builder hitVerifier(HitVerifier verifier) {
            this.verifier = Objects.requireNonNull(verifier, "hitVerifier must not be null");
            return this;
        }

        /**
         * How a decision's reasoning mode ({@link RouteDecision#reasoning()}, e.g. {@code "high"}) becomes request
         * parameters for one model, since model families spell it differently (a {@code reasoning_effort}
         * parameter, a chat-template flag...). Without a mapping the mode is ignored for that model.
         *
         * <pre>{@code
         * .reasoning("o-mini", (mode, p) -> OpenAiChatRequestParameters.builder().overrideWith(p)
         *         .reasoningEffort(mode).build())
         * }</pre>
         *
         * @throws NullPointerException if model or mapping is null
         */
        public Builder reasoning(String model, ReasoningMapping mapping) {
            reasoningMappings.put(Objects.requireNonNull(model, "model must not be null"),
                    Objects.requireNonNull(mapping, "mapping must not be null"));
            return this;
        }

        /**
         * Adds a guard. Guards run in the order added, after the question is embedded and before a model is
         * chosen; a block raises {@link RequestBlockedException} (no model call, no cache), a restriction keeps
         * only the allowed models among the candidates.
         *
         * @throws NullPointerException if guard is null
         */
        public Builder guard(RequestGuard guard) {
            guards.add(Objects.requireNonNull(guard, "guard must not be null"));
            return this;
        }

        /**
         * How many of the most similar cached questions the verifier may look at (default 3). When the nearest
         * is refused ("enable" cached, "disable" asked), the next one may be a true paraphrase.
         *
         * @throws IllegalArgumentException if below 1
         */
        public Builder verificationCandidates(int n) {
            this.candidates = CacheArguments.limit(n);
            return this;
        }

        /**
         * A stricter similarity a hit must reach when the request was routed to {@code category} (the cache's own
         * threshold still applies to every category). Calibrated values come from
         * {@link io.semanticrouter.eval.calibrate.ThresholdCalibrator}.
         *
         * @throws IllegalArgumentException if the category is blank or the threshold is not in (0, 1]
         * @throws NullPointerException     if category is null
         */
        public Builder categoryThreshold(String category, double threshold) {
            Objects.requireNonNull(category, "category must not be null");
            if (category.isBlank()) {
                throw new IllegalArgumentException("category must not be blank");
            }
            categoryThresholds.put(category, CacheArguments.threshold(threshold));
            return this;
        }

        /**
         * Whether questions that depend on the current time ("today", "latest", "current price", "weather") may
         * use the cache. Default {@code false}: they bypass it, since a stored answer goes stale.
         */
        public Builder cacheTimeSensitive(boolean allowed) {
            this.cacheTimeSensitive = allowed;
            return this;
        }

        /**
         * Whether answers that are tool calls may be stored and replayed. Default {@code false}: a tool call
         * usually depends on state the cache cannot see.
         */
        public Builder cacheToolCalls(boolean allowed) {
            this.cacheToolCalls = allowed;
            return this;
        }

        /**
         * The detector that keeps personal data out of the shared scope (tenant {@code ""}): a request or answer
         * in which it finds anything is not stored there. Default {@link PatternPiiDetector#INSTANCE}.
         *
         * @throws NullPointerException if detector is null (use {@link #storePiiInSharedScope()} to turn the
         *                              check off)
         */
        public Builder piiDetector(PiiDetector detector) {
            this.piiDetector = Objects.requireNonNull(detector, "piiDetector must not be null");
            return this;
        }

        /** Stores answers in the shared scope even when they hold personal data (turns the PII check off). */
        public Builder storePiiInSharedScope() {
            this.piiDetector = null;
            return this;
        }

        /**
         * Registry for the router's meters ({@code semantic_router.cache.lookups{outcome}},
         * {@code semantic_router.cache.rejections{rule}}). Default: a private {@code SimpleMeterRegistry}.
         *
         * @throws NullPointerException if registry is null
         */
        public Builder meterRegistry(MeterRegistry registry) {
            this.meterRegistry = Objects.requireNonNull(registry, "meterRegistry must not be null");
            return this;
        }

        /**
         * Builds the router.
         *
         * @throws IllegalStateException if no embedder or no model is set, the default model is missing or not
         *                               registered, or the selector can return an unregistered model
         */
        public SemanticRouter build() {
            if (embedder == null) {
                throw new IllegalStateException("embedder is required");
            }
            if (names.isEmpty()) {
                throw new IllegalStateException("at least one model is required: call model(name, chatModel) or "
                        + "streamingModel(name, streamingChatModel)");
            }
            if (defaultModel == null && names.size() > 1) {
                throw new IllegalStateException("defaultModel is required when more than one model is registered "
                        + names);
            }
            if (defaultModel != null && !names.contains(defaultModel)) {
                throw new IllegalStateException("defaultModel '" + defaultModel + "' is not registered; registered: "
                        + names);
            }
            for (String m : reasoningMappings.keySet()) {
                if (!names.contains(m)) {
                    throw new IllegalStateException("reasoning mapping for model '" + m + "' which is not registered; registered: "
                            + names);
                }
            }
            if (selector != null) {
                for (String m : selector.modelNames()) {
                    if (!names.contains(m)) {
                        throw new IllegalStateException("selector refers to model '" + m
                                + "' which is not registered; registered: " + names);
                    }
                }
            }
            return new SemanticRouter(this);
        }
    }
}
