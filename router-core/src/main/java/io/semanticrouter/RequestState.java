package io.semanticrouter;

import dev.langchain4j.model.chat.response.ChatResponse;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything the router knows about one request while it moves through the request path: what the
 * {@linkplain RouterStage stages} read and fill in, in order. Admission reads the conversation, embedding adds
 * the embedding, the guards may narrow the models, routing adds the {@link #decision()}, the cache read adds the
 * {@link #cacheOutcome()} and, on a verified hit, the {@link #response()}; invocation adds the model's answer
 * when there is none yet, and the cache write records whether it was stored.
 *
 * <p>A stage of your own ({@link SemanticRouterBuilder#stage}) may read all of it, replace the
 * {@linkplain #decision(RouteDecision) decision} before the cache is read, {@linkplain #answer answer} the
 * request itself (no model is called; the answer is not stored), and keep its own values across stages with
 * {@link #attribute}. One state belongs to one request; the stages of a request run one after another, so it
 * needs no locking, but a streamed request finishes on the model's thread.
 */
public final class RequestState {

    /** Where the answer came from; {@code COALESCED}: the model answer of an identical request in flight. */
    enum Source { NONE, CACHE, MODEL, STAGE, COALESCED }

    private final RouteRequest request;
    private final StageClock clock;
    private final RoutedStreamHandler streamHandler;
    private final Map<Object, Object> attributes = new ConcurrentHashMap<>();
    private final List<ModelFailure> failures = new CopyOnWriteArrayList<>();
    private ConversationKey conversation;
    private Embedding embedding;
    private String embeddingFailure;
    private Embedding cacheEmbedding;
    private dev.langchain4j.model.chat.request.ChatRequestParameters parameters;
    private ConversationSignals conversationSignals = ConversationSignals.NONE;
    private Set<String> allowedModels;
    private RouteDecision decision;
    private CacheOutcome cacheOutcome;
    private String partition;
    private ChatResponse response;
    private String answeredBy;
    private Source source = Source.NONE;
    private double cost = Double.NaN;
    private double costSaved = Double.NaN;
    private volatile boolean suspended;
    private int position;
    private RoutedStream stream;
    private java.util.function.Supplier<RoutedResponse> remainder;
    private String storeRefusal;
    private volatile Flight leading;
    private volatile Flight following;
    private final List<java.util.function.Consumer<Throwable>> unansweredHooks = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicBoolean unanswered = new java.util.concurrent.atomic.AtomicBoolean();

    RequestState(RouteRequest request, StageClock clock, RoutedStreamHandler streamHandler) {
        this.request = request;
        this.clock = clock;
        this.streamHandler = streamHandler;
    }

    /** The request as the caller sent it. */
    public RouteRequest request() {
        return request;
    }

    /**
     * The parameters the model is sent: the request's, with the tools narrowed once {@link ToolSelection} has run.
     * The cache partition is keyed on these. {@code null} when the request has none.
     */
    public dev.langchain4j.model.chat.request.ChatRequestParameters parameters() {
        return parameters != null ? parameters : request.parameters();
    }

    /** The text of the last user message; {@code null} before admission. */
    public String query() {
        return conversation == null ? null : conversation.query;
    }

    /**
     * The context guards and selectors see: tenant, conversation, query and embedding ({@code null} when
     * embedding failed).
     *
     * @throws IllegalStateException before admission
     */
    public RequestContext context() {
        if (conversation == null) {
            throw new IllegalStateException("the request has not been admitted yet");
        }
        return new RequestContext(request.tenant(), request.messages(), conversation.query, embedding,
                conversationSignals);
    }

    /**
     * What the router read from the earlier turns (follow-up, re-ask); {@link ConversationSignals#NONE} before
     * routing, for a single-turn request, or when routing did not use a selector.
     */
    public ConversationSignals conversationSignals() {
        return conversationSignals;
    }

    /** The embedding of the query, or {@code null} before the embedding stage or when it failed. */
    public Embedding embedding() {
        return embedding;
    }

    /** The routing decision (candidates in order, default model last), or {@code null} before routing. */
    public RouteDecision decision() {
        return decision;
    }

    /**
     * Replaces the routing decision. Only useful before the cache read: the cache partition and the candidates
     * come from it.
     *
     * @throws NullPointerException     if decision is null
     * @throws IllegalArgumentException if it has no candidates
     */
    public void decision(RouteDecision decision) {
        Objects.requireNonNull(decision, "decision must not be null");
        if (decision.candidates().isEmpty()) {
            throw new IllegalArgumentException("a decision needs at least one candidate model");
        }
        this.decision = decision;
    }

    /** What the cache did, or {@code null} before the cache read. */
    public CacheOutcome cacheOutcome() {
        return cacheOutcome;
    }

    /** The cache partition of this request, or {@code null} before the cache read or when it was bypassed. */
    public String partition() {
        return partition;
    }

    /** Whether the request has an answer: a verified cache hit, a model's answer, or one a stage gave. */
    public boolean answered() {
        return response != null;
    }

    /** The answer so far, or {@code null}. */
    public ChatResponse response() {
        return response;
    }

    /** The registered name of the model that gave the answer, or {@code null}. */
    public String answeredBy() {
        return answeredBy;
    }

    /** The failed model attempts so far, in order. */
    public List<ModelFailure> failures() {
        return List.copyOf(failures);
    }

    /**
     * Answers the request from a stage of your own: no model is called afterwards and the answer is not stored
     * in the cache. A streamed request gets it in chunks, like a cache hit.
     *
     * @param model the registered model name to report as the answering model
     * @throws NullPointerException  if response, its message or model is null
     * @throws IllegalStateException if the request already has an answer
     */
    public void answer(ChatResponse response, String model) {
        Objects.requireNonNull(response, "response must not be null");
        Objects.requireNonNull(response.aiMessage(), "response.aiMessage() must not be null");
        Objects.requireNonNull(model, "model must not be null");
        if (answered()) {
            throw new IllegalStateException("the request already has an answer from " + answeredBy);
        }
        setAnswer(response, model, Source.STAGE);
    }

    /** A value a stage stored under {@code key}, or {@code null}. */
    public <T> T attribute(Class<T> key) {
        return key.cast(attributes.get(key));
    }

    /**
     * Stores a value under its class for later stages of this request (a {@code null} value removes it).
     *
     * @throws NullPointerException if key is null
     */
    public <T> void attribute(Class<T> key, T value) {
        Objects.requireNonNull(key, "key must not be null");
        if (value == null) {
            attributes.remove(key);
        } else {
            attributes.put(key, value);
        }
    }

    // --- for the built-in stages ---

    StageClock clock() {
        return clock;
    }

    ConversationKey conversation() {
        return conversation;
    }

    void conversation(ConversationKey conversation) {
        this.conversation = conversation;
    }

    void parameters(dev.langchain4j.model.chat.request.ChatRequestParameters narrowed) {
        this.parameters = narrowed;
    }

    void embedded(Embedding embedding, String failure) {
        this.embedding = embedding;
        this.embeddingFailure = failure;
    }

    /** The embedding the cache files and looks up this request under: the query's, or a follow-up's with its context. */
    Embedding cacheEmbedding() {
        return cacheEmbedding != null ? cacheEmbedding : embedding;
    }

    void conversationSignals(ConversationSignals signals) {
        this.conversationSignals = Objects.requireNonNull(signals, "signals");
    }

    void cacheEmbedding(Embedding e) {
        this.cacheEmbedding = e;
    }

    String embeddingFailure() {
        return embeddingFailure;
    }

    Set<String> allowedModels() {
        return allowedModels;
    }

    void allowedModels(Set<String> allowed) {
        this.allowedModels = allowed;
    }

    void cacheOutcome(CacheOutcome outcome, String partition) {
        this.cacheOutcome = outcome;
        this.partition = partition;
    }

    void setAnswer(ChatResponse response, String model, Source source) {
        this.response = response;
        this.answeredBy = model;
        this.source = source;
    }

    Source source() {
        return source;
    }

    void failed(ModelFailure failure) {
        failures.add(failure);
    }

    List<ModelFailure> failureList() {
        return failures;
    }

    /** The consumer of a streamed request, or {@code null} for a blocking one. */
    RoutedStreamHandler streamHandler() {
        return streamHandler;
    }

    RoutedStream stream() {
        return stream;
    }

    /** The rest of the path waits for the stream, which resumes it when the model has finished. */
    void suspend(RoutedStream stream) {
        this.stream = stream;
        this.suspended = true;
    }

    /** Runs the rest of the path after a suspension and returns the trace. */
    java.util.function.Supplier<RoutedResponse> remainder() {
        return remainder;
    }

    void remainder(java.util.function.Supplier<RoutedResponse> remainder) {
        this.remainder = remainder;
    }

    boolean suspended() {
        return suspended;
    }

    int position() {
        return position;
    }

    void position(int position) {
        this.position = position;
    }

    /** Why the cache write refused this request's model answer, or {@code null} when it may be stored. */
    String storeRefusal() {
        return storeRefusal;
    }

    void storeRefusal(String refusal) {
        this.storeRefusal = refusal;
    }

    /** The flight this request leads (its model call is shared with identical requests), or {@code null}. */
    Flight leading() {
        return leading;
    }

    void leading(Flight flight) {
        this.leading = flight;
    }

    /** The flight a streamed request follows instead of calling a model, or {@code null}. */
    Flight following() {
        return following;
    }

    void following(Flight flight) {
        this.following = flight;
    }

    /** Runs {@code hook} if the request ends without an answer (an exception, a failed or cancelled stream). */
    void whenUnanswered(java.util.function.Consumer<Throwable> hook) {
        unansweredHooks.add(hook);
    }

    /** The request ended without an answer: runs the hooks, once. */
    void unanswered(Throwable cause) {
        if (unanswered.compareAndSet(false, true)) {
            unansweredHooks.forEach(h -> h.accept(cause));
        }
    }

    /** What the answer cost and what a hit saved ({@link SpendStage}). */
    void spend(double cost, double costSaved) {
        this.cost = cost;
        this.costSaved = costSaved;
    }

    /** The trace of the finished request. */
    RoutedResponse trace(long end) {
        return new RoutedResponse(response, decision, answeredBy, cacheOutcome, List.copyOf(failures), clock.timings(end),
                source == Source.COALESCED, cost, costSaved, conversationSignals);
    }
}
