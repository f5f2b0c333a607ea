package io.semanticrouter;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import io.semanticrouter.verify.HitVerifier;
import io.semanticrouter.verify.LexicalHitVerifier;
import io.semanticrouter.verify.SpellingHitVerifier;
import io.semanticrouter.verify.SpellingNormalizer;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An in-process semantic LLM router with a semantic cache.
 *
 * <p>Every request, blocking or streamed, goes through the same stages, listed in one place
 * ({@link #requestPath}), each a small class working on the request's {@link RequestState}:
 * <ol>
 *   <li><b>admission</b>: checks the request, reads the conversation (the last user message is the query) and
 *       the model the caller asked for by name;</li>
 *   <li><b>embedding</b>: embeds the query once ({@link Embedder});</li>
 *   <li><b>guards</b>: each {@link RequestGuard} may block the request or restrict the models;</li>
 *   <li><b>conversation</b>: the {@link ConversationAnalyzer} reads the earlier user turns: whether the query is a
 *       follow-up (its category is then decided with the earlier turn) and whether it is a re-ask;</li>
 *   <li><b>routing</b>: the {@link ModelSelector} ranks the candidate models, the default model last;</li>
 *   <li><b>tool selection</b> ({@link SemanticRouterBuilder#toolSelection}, off by default): a request offering
 *       more tools than the top k reaches the model with only those most similar to the question;</li>
 *   <li><b>cache read</b>: looks in the {@link SemanticCache} inside the request's partition (tenant, system
 *       prompt, earlier turns, answer-changing parameters, model tier), checks the nearest entries with the
 *       {@link HitVerifier} (by default {@link LexicalHitVerifier}: negation, numbers, dates, names, direction,
 *       question scope) and answers with a verified hit;</li>
 *   <li><b>coalescing</b> ({@link SemanticRouterBuilder#coalesceMisses}): a miss identical to one already calling
 *       a model waits for that answer instead of calling one itself;</li>
 *   <li><b>invocation</b>: on a miss calls the candidates in order until one answers (a streamed request
 *       streams, and replays a hit in chunks);</li>
 *   <li><b>cache write</b>: stores the answer when it is safe to reuse: not an error, not truncated, not a tool
 *       call (unless {@link SemanticRouterBuilder#cacheToolCalls}), not a {@code no-store} request, not a
 *       time-sensitive question ("today", "latest"; unless {@link SemanticRouterBuilder#cacheTimeSensitive}), and
 *       no personal data in the shared scope; then the answer is handed to the identical requests waiting for
 *       it, when it is one the cache would store;</li>
 * </ol>
 * and returns the answer with a trace ({@link RoutedResponse}). Stages of your own run at the
 * {@linkplain RouterStage.Position positions} you add them to ({@link SemanticRouterBuilder#stage}).
 *
 * <p>{@link #routeStreaming} gives the decision first, then the text in chunks, then the trace; the answer is
 * stored only when the stream completed normally. {@link #asChatModel()} and {@link #asStreamingChatModel()} make
 * the router a LangChain4j model.
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

    private final Embedder embedder;
    private final SemanticCache cache;
    private final Map<String, ModelEndpoint> models;
    private final String defaultModel;
    private final RequestPath path;

    SemanticRouter(SemanticRouterBuilder b) {
        this.embedder = b.embedder;
        this.cache = b.cache;
        Map<String, ModelEndpoint> endpoints = new LinkedHashMap<>();
        for (String name : b.names) {
            endpoints.put(name, new ModelEndpoint(name, b.models.get(name), b.streamingModels.get(name)));
        }
        this.models = Collections.unmodifiableMap(endpoints);
        this.defaultModel = b.defaultModel != null ? b.defaultModel : b.names.iterator().next();
        this.path = requestPath(b, models, defaultModel);
    }

    /**
     * The request path: the stages every request goes through, in order. A stage that throws ends the request
     * (an invalid request, a block); a stage that finds the request answered leaves it be.
     */
    private static RequestPath requestPath(SemanticRouterBuilder b, Map<String, ModelEndpoint> models,
                                           String defaultModel) {
        CacheAccess cache = b.cache == null ? null : new CacheAccess(b.cache);
        CacheWriteStage write = new CacheWriteStage(cache, b.contextWindow, b.cacheToolCalls, b.piiDetector,
                b.categoryCache);
        Coalescing coalescing = new Coalescing(b.coalesceMisses && cache != null, b.coalesceWait, write, b.stats);
        return RequestPath.builder()
                .then(new AdmissionStage(models.keySet()), StageClock.Slot.OTHER)
                .then(new EmbeddingStage(b.embedder), StageClock.Slot.EMBEDDING)
                .then(new GuardStage(b.guards, models.keySet(), b.stats), StageClock.Slot.SELECTION)
                .then(new ConversationStage(b.conversation, b.embedder, b.selector != null), StageClock.Slot.SELECTION)
                .then(new RoutingStage(b.selector, defaultModel, models.keySet()), StageClock.Slot.SELECTION)
                .then(b.stages(RouterStage.Position.BEFORE_CACHE_READ))
                .then(toolSelection(b), StageClock.Slot.SELECTION)
                .then(cacheRead(b, cache), StageClock.Slot.CACHE_LOOKUP)
                .then(b.stages(RouterStage.Position.BEFORE_INVOCATION))
                .then(coalescing.join(), StageClock.Slot.MODEL)
                .then(new InvocationStage(new ModelRequests(models, b.reasoningMappings), b.stats),
                        StageClock.Slot.MODEL)
                .then(write, StageClock.Slot.CACHE_STORE)
                .then(coalescing.publish(), StageClock.Slot.OTHER)
                .then(new SpendStage(b.prices), StageClock.Slot.OTHER)
                .then(b.stages(RouterStage.Position.AFTER_ANSWER))
                .build(b.ticker, b.stats);
    }

    /**
     * The cache-read stage. With spelling correction on, the cache embeds the corrected question and the verifier
     * compares the corrected questions; the vocabulary is read here, once per JVM.
     */
    private static CacheReadStage cacheRead(SemanticRouterBuilder b, CacheAccess cache) {
        SpellingNormalizer speller = b.cacheSpelling && cache != null ? SpellingNormalizer.get() : null;
        HitVerifier verifier = speller == null ? b.hitVerifierToUse() : SpellingHitVerifier.wrap(b.hitVerifierToUse());
        return new CacheReadStage(cache, new HitSelection(verifier, b.categoryCache, b.stats), b.embedder,
                b.contextWindow, b.followUpContext, b.verificationCandidates, b.cacheTimeSensitive, b.categoryCache,
                b.stats, speller);
    }

    /** The tool-selection stage, or a stage doing nothing when no settings turn selection on. */
    private static RouterStage toolSelection(SemanticRouterBuilder b) {
        ToolSelectionStage stage = new ToolSelectionStage(b.toolSelection, b.decisionToolSelection,
                new ToolSelector(b.embedder, b.toolCacheSize));
        return stage.active() ? stage : state -> { };
    }

    /** A new builder. */
    public static SemanticRouterBuilder builder() {
        return new SemanticRouterBuilder();
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
        return path.run(path.start(checked(request), null));
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
     *   <li><b>Miss</b>: the candidates are tried in order. A name with a {@link SemanticRouterBuilder#streamingModel streaming
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
        RequestState state;
        try {
            state = path.start(checked(request), handler);
            path.run(state);
        } catch (RuntimeException e) {
            return RoutedStream.rejected(handler, e);
        }
        return state.stream();
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
     * The registered model names, in registration order: every name given to {@link SemanticRouterBuilder#model} or
     * {@link SemanticRouterBuilder#streamingModel}, once.
     */
    public Set<String> modelNames() {
        return models.keySet();
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

    private static RouteRequest checked(RouteRequest request) {
        if (request == null) {
            throw new InvalidRequestException("request", "must not be null");
        }
        return request;
    }
}
