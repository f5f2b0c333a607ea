package io.semanticrouter;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import io.semanticrouter.pii.PatternPiiDetector;
import io.semanticrouter.pii.PiiDetector;
import io.semanticrouter.spi.CacheArguments;
import io.semanticrouter.verify.HitVerifier;
import io.semanticrouter.verify.LexicalHitVerifier;
import io.semanticrouter.verify.PairHead;
import io.semanticrouter.verify.PairHeadHitVerifier;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builder of {@link SemanticRouter}, from {@link SemanticRouter#builder()}. Every method checks its argument at
 * once; {@link #build()} checks the combination (at least one model, a registered default, every model the
 * selector can return). Not thread-safe; the router it builds is.
 */
public final class SemanticRouterBuilder {
    Embedder embedder;
    SemanticCache cache;
    ModelSelector selector;
    final Map<String, ChatModel> models = new LinkedHashMap<>();
    final Map<String, StreamingChatModel> streamingModels = new LinkedHashMap<>();
    /** Every registered name, chat or streaming, in registration order. */
    final Set<String> names = new LinkedHashSet<>();
    String defaultModel;
    Ticker ticker = Ticker.system();
    int contextWindow = 16;
    boolean followUpContext = true;
    boolean cacheSpelling = true;
    ConversationAnalyzer conversation = ConversationAnalyzer.defaults();
    HitVerifier verifier = LexicalHitVerifier.defaults();
    Boolean pairHead;
    final CategoryCachePolicy categoryCache = new CategoryCachePolicy();
    boolean cacheTimeSensitive;
    boolean cacheToolCalls;
    PiiDetector piiDetector = PatternPiiDetector.INSTANCE;
    RouterStats stats = RouterStats.disabled();
    int verificationCandidates = 3;
    boolean coalesceMisses = true;
    java.time.Duration coalesceWait = Coalescing.DEFAULT_WAIT;
    final List<RequestGuard> guards = new ArrayList<>();
    final Map<String, ReasoningMapping> reasoningMappings = new LinkedHashMap<>();
    final Map<String, ModelPrice> prices = new LinkedHashMap<>();
    ToolSelection toolSelection = ToolSelection.off();
    final Map<String, ToolSelection> decisionToolSelection = new LinkedHashMap<>();
    int toolCacheSize = ToolSelector.DEFAULT_CACHE_SIZE;
    private final Map<RouterStage.Position, List<RouterStage>> stages = new EnumMap<>(RouterStage.Position.class);

    SemanticRouterBuilder() {
    }

    /**
     * The embedder used for every query (required).
     *
     * @throws NullPointerException if embedder is null
     */
    public SemanticRouterBuilder embedder(Embedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder must not be null");
        return this;
    }

    /** The semantic cache; without one the router only routes. Its dimension is not checked here. */
    public SemanticRouterBuilder cache(SemanticCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache must not be null");
        return this;
    }

    /** The model selector; without one every request goes to the default model. */
    public SemanticRouterBuilder selector(ModelSelector selector) {
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
    public SemanticRouterBuilder model(String name, ChatModel model) {
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
    public SemanticRouterBuilder streamingModel(String name, StreamingChatModel model) {
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
    public SemanticRouterBuilder defaultModel(String name) {
        this.defaultModel = Objects.requireNonNull(name, "defaultModel must not be null");
        return this;
    }

    /** Time source for stage timings (tests inject a fake). */
    public SemanticRouterBuilder ticker(Ticker ticker) {
        this.ticker = Objects.requireNonNull(ticker, "ticker must not be null");
        return this;
    }

    /**
     * How many messages before the query belong to its cache context (system messages always do).
     * Default 16. Larger is safer; 0 keys only on the system prompt and the question.
     *
     * @throws IllegalArgumentException if negative
     */
    public SemanticRouterBuilder contextWindow(int messages) {
        if (messages < 0) {
            throw new IllegalArgumentException("contextWindow must be >= 0, was " + messages);
        }
        this.contextWindow = messages;
        return this;
    }

    /**
     * Whether a short follow-up (at most 12 words, after an earlier user turn inside the context window) is
     * cached and looked up under the embedding of that turn, the start of the answer to it (300 characters) and
     * the question together, so that two ways of asking "Is it safe for dogs?" after the same turns find each
     * other. The hit verifier still compares the
     * questions themselves. Default true; false embeds the question alone, as for any other request.
     */
    public SemanticRouterBuilder followUpContext(boolean on) {
        this.followUpContext = on;
        return this;
    }

    /**
     * Whether misspelt words are corrected in the text the cache embeds and the hit verifier compares ("how to
     * cneter a div" is cached and looked up as "how to center a div"), on the store and the lookup path alike,
     * with {@link io.semanticrouter.verify.SpellingNormalizer}. Only words its vocabulary does not hold are
     * corrected, so two different correct words never become one. Routing and guards still see the question as
     * written. Costs one more embedding, only for a question in which a word was corrected. Default true.
     */
    public SemanticRouterBuilder cacheSpelling(boolean on) {
        this.cacheSpelling = on;
        return this;
    }

    /**
     * What the router reads from the earlier user turns before routing: whether the query is a follow-up ("and in
     * Java?"; the selector then decides the category from the earlier turn and the query together, embedded once)
     * and whether it is a re-ask of one of the last three user turns (decisions can test it). The signals are in
     * {@link RequestContext#conversation()} and in the trace ({@link RoutedResponse#conversation()}). Default
     * {@link ConversationAnalyzer#defaults()}; {@link ConversationAnalyzer#off()} reads nothing.
     *
     * @throws NullPointerException if analyzer is null
     */
    public SemanticRouterBuilder conversation(ConversationAnalyzer analyzer) {
        this.conversation = Objects.requireNonNull(analyzer, "conversation analyzer must not be null; use ConversationAnalyzer.off()");
        return this;
    }

    /**
     * The check every cache hit must pass before it is served. Default {@link LexicalHitVerifier#defaults()};
     * {@link HitVerifier#acceptAll()} serves every hit above the similarity threshold, as plain semantic
     * caches do. A verifier that throws refuses the hit.
     *
     * @throws NullPointerException if verifier is null
     */
    public SemanticRouterBuilder hitVerifier(HitVerifier verifier) {
        this.verifier = Objects.requireNonNull(verifier, "hitVerifier must not be null");
        return this;
    }

    /**
     * Whether a candidate the hit verifier refused may still be served when the library's learned
     * {@link io.semanticrouter.verify.PairHead} for the embedder ({@link Embedder#modelId()}) scores it at least its
     * threshold ({@link io.semanticrouter.verify.PairHeadHitVerifier}). It serves paraphrases the word rules cannot
     * relate (see docs/quality-verifier.md, "Pair model experiment").
     *
     * <p>Default (not called): on when the hit verifier is the default {@link LexicalHitVerifier#defaults()} and
     * a head ships for the embedder, off otherwise, so a custom verifier's refusals are never overridden.
     * {@code true} turns it on for any verifier, and then {@link #build()} fails when no head is trained for the
     * embedder; {@code false} turns it off.
     */
    public SemanticRouterBuilder pairHead(boolean on) {
        this.pairHead = on;
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
    public SemanticRouterBuilder reasoning(String model, ReasoningMapping mapping) {
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
    public SemanticRouterBuilder guard(RequestGuard guard) {
        guards.add(Objects.requireNonNull(guard, "guard must not be null"));
        return this;
    }

    /**
     * How many of the most similar cached questions the verifier may look at (default 3). When the nearest
     * is refused ("enable" cached, "disable" asked), the next one may be a true paraphrase.
     *
     * @throws IllegalArgumentException if below 1
     */
    public SemanticRouterBuilder verificationCandidates(int n) {
        this.verificationCandidates = CacheArguments.limit(n);
        return this;
    }

    /**
     * The similarity a hit must reach when the request was routed to {@code category}, in place of the cache's
     * own threshold: higher for a category where a near miss costs more, lower for one where paraphrases embed
     * further apart (YAML: {@code categories[].semantic_cache.similarity_threshold}). Calibrated values come from
     * {@code ThresholdCalibrator} (router-eval). The hit verifier still checks every candidate.
     *
     * @throws IllegalArgumentException if the category is blank or the threshold is not in (0, 1]
     * @throws NullPointerException     if category is null
     */
    public SemanticRouterBuilder categoryThreshold(String category, double threshold) {
        categoryCache.setThreshold(category(category), CacheArguments.threshold(threshold));
        return this;
    }

    /**
     * How long answers stored for requests routed to {@code category} live, unless the request sets its own
     * time to live (YAML: {@code categories[].semantic_cache.ttl_seconds}). Other categories keep the cache's
     * default. Both caches write the time to live per entry.
     *
     * @throws IllegalArgumentException if the category is blank or the duration is not positive
     * @throws NullPointerException     if category or ttl is null
     */
    public SemanticRouterBuilder categoryTtl(String category, java.time.Duration ttl) {
        Objects.requireNonNull(ttl, "ttl must not be null");
        if (ttl.isZero() || ttl.isNegative()) {
            throw new IllegalArgumentException("ttl must be positive, was " + ttl);
        }
        categoryCache.setTtl(category(category), ttl);
        return this;
    }

    /**
     * Whether requests routed to {@code category} may use the cache at all (default {@code true}; YAML:
     * {@code categories[].semantic_cache.enabled}). {@code false} suits time-sensitive topics: such a request
     * neither reads nor stores, and its trace says why.
     *
     * @throws IllegalArgumentException if the category is blank
     * @throws NullPointerException     if category is null
     */
    public SemanticRouterBuilder categoryCaching(String category, boolean enabled) {
        categoryCache.setEnabled(category(category), enabled);
        return this;
    }

    private static String category(String category) {
        Objects.requireNonNull(category, "category must not be null");
        if (category.isBlank()) {
            throw new IllegalArgumentException("category must not be blank");
        }
        return category;
    }

    /**
     * What a registered model costs (YAML {@code models[].pricing}): each answer's cost and each hit's saving are
     * then in the trace ({@link RoutedResponse#cost()}, {@link RoutedResponse#costSaved()}) and in the meters
     * {@code semantic_router.cost} and {@code semantic_router.cost.saved}. Models without a price meter tokens only.
     *
     * @throws NullPointerException if model or price is null
     */
    public SemanticRouterBuilder price(String model, ModelPrice price) {
        prices.put(Objects.requireNonNull(model, "model must not be null"),
                Objects.requireNonNull(price, "price must not be null"));
        return this;
    }

    /**
     * Whether questions that depend on the current time ("today", "latest", "current price", "weather") may
     * use the cache. Default {@code false}: they bypass it, since a stored answer goes stale.
     */
    public SemanticRouterBuilder cacheTimeSensitive(boolean allowed) {
        this.cacheTimeSensitive = allowed;
        return this;
    }

    /**
     * Whether answers that are tool calls may be stored and replayed. Default {@code false}: a tool call
     * usually depends on state the cache cannot see.
     */
    public SemanticRouterBuilder cacheToolCalls(boolean allowed) {
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
    public SemanticRouterBuilder piiDetector(PiiDetector detector) {
        this.piiDetector = Objects.requireNonNull(detector, "piiDetector must not be null");
        return this;
    }

    /** Stores answers in the shared scope even when they hold personal data (turns the PII check off). */
    public SemanticRouterBuilder storePiiInSharedScope() {
        this.piiDetector = null;
        return this;
    }

    /**
     * Whether identical misses in flight at the same time share one model call (request coalescing, default
     * {@code true}). The first such request calls the model; the others wait for its answer and are served with it
     * when the cache would store it, exactly as a cache hit would have served them a moment later; a streamed one
     * gets the chunks as they come. Identical: the same cache partition, the same question (after Unicode NFC and
     * whitespace normalisation) and the same candidate models and reasoning mode. Only requests that may read and
     * write the cache take part, and only with a cache. A leader that fails, is cancelled, or gets an answer the
     * cache would not store releases the others to call a model themselves; none waits longer than
     * {@link #coalesceWait}. Counted in {@link RouterStats#coalesceStarted()} and {@link RouterStats#coalesceEnded};
     * a follower's trace says {@link RoutedResponse#coalesced()}.
     */
    public SemanticRouterBuilder coalesceMisses(boolean on) {
        this.coalesceMisses = on;
        return this;
    }

    /**
     * The longest a coalesced request waits for the identical request it follows (a streamed one: for its first
     * chunk) before calling a model itself. Default 60 s, the gateway's default model timeout; set it to the
     * longest time one model call may take.
     *
     * @throws IllegalArgumentException if not positive
     * @throws NullPointerException     if wait is null
     */
    public SemanticRouterBuilder coalesceWait(java.time.Duration wait) {
        Objects.requireNonNull(wait, "coalesceWait must not be null");
        if (wait.isZero() || wait.isNegative()) {
            throw new IllegalArgumentException("coalesceWait must be positive, was " + wait);
        }
        this.coalesceWait = wait;
        return this;
    }

    /**
     * Tool auto-selection for every request (default {@link ToolSelection#off()}): a request offering more tools
     * than {@link ToolSelection#topK()} reaches the model with only the most relevant ones, chosen by the
     * similarity of each tool's text to the question (whose embedding routing already computed). Tools in
     * {@link ToolSelection#alwaysKeep()} and tools the conversation already called are never dropped. The cache
     * partition covers the tools the model is sent; the trace says what was dropped
     * ({@link RouteDecision#tools()}). It runs after routing and after the stages added at
     * {@link RouterStage.Position#BEFORE_CACHE_READ}.
     *
     * <pre>{@code
     * .toolSelection(ToolSelection.builder().topK(5).alwaysKeep("search_docs").build())
     * }</pre>
     *
     * @throws NullPointerException if selection is null (use {@link ToolSelection#off()})
     */
    public SemanticRouterBuilder toolSelection(ToolSelection selection) {
        this.toolSelection = Objects.requireNonNull(selection, "toolSelection must not be null; use ToolSelection.off()");
        return this;
    }

    /**
     * Tool selection for requests whose decision is named {@code decision} ({@link RouteDecision#name()}, set by
     * {@code DecisionSelector} to the matched decision's name), in place of the router-wide settings;
     * {@link ToolSelection#off()} turns it off for that decision.
     *
     * @throws NullPointerException     if decision or selection is null
     * @throws IllegalArgumentException if decision is blank
     */
    public SemanticRouterBuilder toolSelection(String decision, ToolSelection selection) {
        Objects.requireNonNull(decision, "decision must not be null");
        if (decision.isBlank()) {
            throw new IllegalArgumentException("decision must not be blank");
        }
        decisionToolSelection.put(decision, Objects.requireNonNull(selection,
                "toolSelection must not be null; use ToolSelection.off()"));
        return this;
    }

    /**
     * How many tool embeddings tool selection caches (default {@value ToolSelector#DEFAULT_CACHE_SIZE}); a tool
     * is embedded again only after it was evicted.
     *
     * @throws IllegalArgumentException if below 1
     */
    public SemanticRouterBuilder toolEmbeddingCacheSize(int tools) {
        if (tools < 1) {
            throw new IllegalArgumentException("toolEmbeddingCacheSize must be >= 1, was " + tools);
        }
        this.toolCacheSize = tools;
        return this;
    }

    /**
     * Where the router reports lookups, rejections, blocks, answers and failures. Default
     * {@link RouterStats#disabled()}; {@code new MicrometerRouterStats(registry)} counts them in a Micrometer
     * registry ({@code semantic_router.cache.lookups{outcome}}, {@code semantic_router.requests{...}}...).
     *
     * @throws NullPointerException if stats is null
     */
    public SemanticRouterBuilder stats(RouterStats stats) {
        this.stats = Objects.requireNonNull(stats, "stats must not be null");
        return this;
    }

    /**
     * Adds a stage of your own to the request path at {@code position}; stages at the same position run in the
     * order added. See {@link RouterStage} for what a stage may do.
     *
     * @throws NullPointerException if position or stage is null
     */
    public SemanticRouterBuilder stage(RouterStage.Position position, RouterStage stage) {
        Objects.requireNonNull(position, "position must not be null");
        Objects.requireNonNull(stage, "stage must not be null");
        stages.computeIfAbsent(position, p -> new ArrayList<>()).add(stage);
        return this;
    }

    /** The stages added at {@code position}, in order. */
    List<RouterStage> stages(RouterStage.Position position) {
        return List.copyOf(stages.getOrDefault(position, List.of()));
    }

    /** The hit verifier the router runs: the configured one, behind the learned pair head when it is on. */
    HitVerifier hitVerifierToUse() {
        if (pairHead == null) {
            return PairHead.byDefault(verifier == LexicalHitVerifier.defaults(), embedder.modelId())
                    .<HitVerifier>map(h -> PairHeadHitVerifier.of(verifier, h)).orElse(verifier);
        }
        if (!pairHead) {
            return verifier;
        }
        try {
            return PairHeadHitVerifier.of(verifier, PairHead.bundled(embedder.modelId()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("pairHead(true): " + e.getMessage(), e);
        }
    }

    /**
     * Builds the router.
     *
     * @throws IllegalStateException if no embedder or no model is set, the default model is missing or not
     *                               registered, the selector can return an unregistered model, or
     *                               {@link #pairHead(boolean)} is on and no head is trained for the embedder
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
        for (String m : prices.keySet()) {
            if (!names.contains(m)) {
                throw new IllegalStateException("price for model '" + m + "' which is not registered; registered: " + names);
            }
        }
        if (selector != null) {
            for (String m : selector.modelNames()) {
                if (!names.contains(m)) {
                    throw new IllegalStateException("selector refers to model '" + m
                            + "' which is not registered; registered: " + names);
                }
            }
            if (selector.readsReasks() && !conversation.findsReasks()) {
                throw new IllegalStateException("the selector tests the re-ask signal, but the conversation analyzer"
                        + " never finds a re-ask (" + conversation + "): the test would never hold");
            }
        }
        return new SemanticRouter(this);
    }
}
