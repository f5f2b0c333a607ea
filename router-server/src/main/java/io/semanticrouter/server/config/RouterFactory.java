package io.semanticrouter.server.config;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.semanticrouter.MicrometerRouterStats;
import io.semanticrouter.ModelPrice;
import io.semanticrouter.Embedder;
import io.semanticrouter.EmbeddingException;
import io.semanticrouter.ModelSelector;
import io.semanticrouter.ReasoningMapping;
import io.semanticrouter.SemanticCache;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.SemanticRouterBuilder;
import io.semanticrouter.cache.milvus.MilvusCacheConfig;
import io.semanticrouter.cache.milvus.MilvusSemanticCache;
import io.semanticrouter.CategoryClassifier;
import io.semanticrouter.classifier.CategoryModelSelector;
import io.semanticrouter.classifier.ComplexitySignal;
import io.semanticrouter.classifier.CostQualityOrder;
import io.semanticrouter.classifier.DecisionSelector;
import io.semanticrouter.classifier.DecisionSelector.Condition;
import io.semanticrouter.classifier.EnsembleCategoryClassifier;
import io.semanticrouter.classifier.ExemplarClassifier;
import io.semanticrouter.classifier.JailbreakEncoder;
import io.semanticrouter.classifier.JailbreakGuard;
import io.semanticrouter.classifier.LinearCategoryClassifier;
import io.semanticrouter.classifier.OnnxCategoryClassifier;
import io.semanticrouter.classifier.KeywordRule;
import io.semanticrouter.classifier.KeywordSelector;
import io.semanticrouter.classifier.PiiGuard;
import io.semanticrouter.demo.DemoChatModel;
import io.semanticrouter.embeddings.OnnxEmbedder;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a running router from a validated {@link RouterConfig}: the embedder, the models (blocking and
 * streaming), the classifier, the selector (category {@code model_scores}, keyword overrides, or decisions),
 * the semantic cache, the guards, and a Prometheus registry for every meter.
 *
 * <pre>{@code
 * try (ConfiguredRouter built = RouterFactory.create(RouterConfig.load(Path.of("router.yaml")))) {
 *     ChatResponse answer = built.router().chat(UserMessage.from("How do I reverse a list in Python?"));
 * }
 * }</pre>
 *
 * <p>Everything the file names is built now, so mistakes surface at start-up; the one exception is a Milvus
 * server that is down, which the cache treats as misses until it answers (the gateway still serves). When
 * building fails, whatever was already opened is closed again.
 */
public final class RouterFactory {

    private RouterFactory() {
    }

    /**
     * Builds the router and everything beside it, loading the embedder the file names.
     *
     * @throws ConfigException      if something the file names cannot be built (the message names the key)
     * @throws NullPointerException if config is null
     */
    public static ConfiguredRouter create(RouterConfig config) {
        Objects.requireNonNull(config, "config must not be null");
        return new Build(config).run(null, null);
    }

    /**
     * Builds the router with an embedder the caller already has (for instance one shared by several routers or
     * test classes) instead of the one {@code embedder.model} names. The caller keeps owning it: closing the
     * result leaves it open.
     *
     * @throws ConfigException      if something the file names cannot be built
     * @throws NullPointerException if an argument is null
     */
    public static ConfiguredRouter create(RouterConfig config, Embedder embedder) {
        Objects.requireNonNull(config, "config must not be null");
        Objects.requireNonNull(embedder, "embedder must not be null");
        return new Build(config).run(new Shared<>(embedder, null), null);
    }

    /**
     * Builds the router of a changed file, taking over from {@code previous} what the change leaves alone, so that
     * a reload is cheap and keeps the cache's entries:
     * <ul>
     *   <li>the meter registry, always (counters go on counting across reloads);</li>
     *   <li>the embedder, when {@code embedder} is unchanged (same model name or directory);</li>
     *   <li>the cache with its entries, when the embedder was taken over and the settings that make the cache are
     *       unchanged ({@code semantic_cache}'s {@code enabled}, {@code backend_type}, {@code ttl_seconds},
     *       {@code max_entries}, {@code eviction_policy}, and the Milvus file's settings). A changed
     *       {@code similarity_threshold} alone keeps the cache: the new router looks up with its own threshold.
     *       Otherwise a new cache is built; a new Milvus cache opens the same collection when the Milvus file still
     *       names it (it is never dropped or recreated).</li>
     * </ul>
     * Everything else (models, classifier, decisions, guards...) is built anew. {@code previous} stays usable;
     * closing either router leaves the parts the other holds open. {@link ConfiguredRouter#reused()} says what was
     * taken over.
     *
     * @throws ConfigException      if something the file names cannot be built (nothing of previous is closed)
     * @throws NullPointerException if an argument is null
     */
    public static ConfiguredRouter reload(RouterConfig config, ConfiguredRouter previous) {
        Objects.requireNonNull(config, "config must not be null");
        Objects.requireNonNull(previous, "previous must not be null");
        return new Build(config).run(null, previous);
    }

    /** Whether two files make the same embedder. */
    static boolean sameEmbedder(RouterConfig a, RouterConfig b) {
        return a.embedder().equals(b.embedder()) && Objects.equals(a.embedderDirectory(), b.embedderDirectory());
    }

    /**
     * Whether two files make the same cache (given the same embedder); the similarity threshold may differ, since
     * each router looks up with its own ({@link NonClosingCache}).
     */
    static boolean sameCache(RouterConfig a, RouterConfig b) {
        SemanticCacheConfig x = a.semanticCache();
        SemanticCacheConfig y = b.semanticCache();
        return x.enabled().equals(y.enabled()) && x.backendType() == y.backendType()
                && Objects.equals(x.ttlSeconds(), y.ttlSeconds())
                && x.maxEntries().equals(y.maxEntries()) && x.evictionPolicy() == y.evictionPolicy()
                && Objects.equals(a.milvus(), b.milvus());
    }

    /** How a decision's reasoning mode reaches a model that declares {@code reasoning: style} (router-core's rule). */
    static ReasoningMapping reasoning(ModelConfig.Reasoning style) {
        return io.semanticrouter.OpenAiReasoning.valueOf(style.name()).mapping();
    }

    /**
     * The reasoning mode that {@link #reasoning} put into a request's parameters, as a {@code type: demo} model
     * names it in its answer ({@code high}, {@code thinking}, {@code no-thinking}...); null when none.
     */
    static String reasoningMode(ChatRequestParameters p) {
        return io.semanticrouter.OpenAiReasoning.mode(p);
    }

    /** One build: remembers what it opened so that a failure can close it again. */
    private static final class Build {
        private final RouterConfig config;
        private final List<AutoCloseable> opened = new ArrayList<>();
        /** What the router alone holds and closes (also in {@link #opened}, for a failed build). */
        private final List<AutoCloseable> owned = new ArrayList<>();
        private Map<String, ModelPrice> prices;

        Build(RouterConfig config) {
            this.config = config;
        }

        ConfiguredRouter run(Shared<Embedder> supplied, ConfiguredRouter previous) {
            try {
                ConfiguredRouter.Parts parts = parts(supplied, previous);
                Embedder embedder = new NonClosingEmbedder(parts.embedder().value());
                SemanticRouterBuilder b = SemanticRouter.builder().embedder(embedder)
                        .stats(parts.stats());
                Map<String, String> upstream = new LinkedHashMap<>();
                Map<String, StreamingChatModel> streaming = new LinkedHashMap<>();
                Map<String, ChatModel> chat = models(b, upstream, streaming);
                b.defaultModel(config.defaultModel()).conversation(config.conversation().analyzer(Refusals.THROW));
                toolSelection(b.coalesceMisses(config.semanticCache().coalesceMisses()).coalesceWait(longestModelCall()));

                CategoryClassifier classifier = classifier(embedder);
                ModelSelector selector = config.decisions().isEmpty()
                        ? categorySelector(classifier) : decisionSelector(embedder, classifier);
                if (selector != null) {
                    b.selector(selector);
                }
                if (parts.cache() != null) {
                    b.cache(new NonClosingCache(parts.cache().value(), config.semanticCache().similarityThreshold()));
                    verification(b, chat);
                }
                guards(b, embedder);
                SemanticRouter router;
                try {
                    router = b.build();
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw config.problem(KeyPath.ROOT, "cannot build the router: " + e.getMessage(), e);
                }
                return new ConfiguredRouter(config, router, Collections.unmodifiableMap(upstream),
                        Collections.unmodifiableMap(streaming), classifier, parts, owned);
            } catch (RuntimeException e) {
                closeOpened(e);
                throw e;
            }
        }

        /**
         * The registry with its router meters, the embedder and the cache: taken over from {@code previous} where
         * unchanged, else made (each added to what a failure closes again). The router meters go with the registry:
         * one {@link MicrometerRouterStats} per registry, so that its gauge is registered once and counts the
         * requests of every generation (a second one on the same registry would get a gauge that Micrometer drops,
         * with a warning, while the first keeps reading the old generation).
         */
        private ConfiguredRouter.Parts parts(Shared<Embedder> supplied, ConfiguredRouter previous) {
            Set<String> reused = new java.util.TreeSet<>();
            ConfiguredRouter.Parts before = previous == null ? null : previous.parts();
            Shared<PrometheusMeterRegistry> registry;
            MicrometerRouterStats stats;
            if (before != null) {
                registry = before.registry().retain();
                stats = before.stats();
                reused.add("meter_registry");
            } else {
                PrometheusMeterRegistry r = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
                registry = new Shared<>(r, r::close);
                stats = new MicrometerRouterStats(r);
            }
            opened.add(registry::release);
            Shared<Embedder> embedder;
            boolean sameEmbedder = before != null && sameEmbedder(previous.config(), config);
            if (sameEmbedder) {
                embedder = before.embedder().retain();
                reused.add("embedder");
            } else if (supplied != null) {
                embedder = supplied;
            } else {
                Embedder e = embedder();
                embedder = new Shared<>(e, e);
            }
            opened.add(embedder::release);
            Shared<SemanticCache> cache = null;
            if (sameEmbedder && before.cache() != null && sameCache(previous.config(), config)) {
                cache = before.cache().retain();
                reused.add("cache");
            } else {
                if (before != null && before.cache() != null) {
                    forgetCacheMeters(registry.value());
                }
                SemanticCache c = cache(embedder.value(), registry.value());
                cache = c == null ? null : new Shared<>(c, c);
            }
            if (cache != null) {
                opened.add(cache::release);
            }
            return new ConfiguredRouter.Parts(embedder, cache, registry, stats, reused);
        }

        /**
         * Removes the Milvus cache's meters of the router before a reload (its cache is being replaced): they read
         * that cache's counters, and the new cache's meters of the same names would otherwise not be registered.
         */
        private static void forgetCacheMeters(PrometheusMeterRegistry registry) {
            registry.getMeters().stream().filter(m -> "milvus".equals(m.getId().getTag("backend"))).toList()
                    .forEach(registry::remove);
        }

        /** Registers every configured model, blocking and streaming; returns the blocking ones by name. */
        private Map<String, ChatModel> models(SemanticRouterBuilder b, Map<String, String> upstream,
                                              Map<String, StreamingChatModel> streaming) {
            Map<String, ChatModel> chat = new HashMap<>();
            for (ModelConfig m : config.models()) {
                chat.put(m.name(), chatModel(m));
                b.model(m.name(), chat.get(m.name()));
                StreamingChatModel s = streamingModel(m);
                b.streamingModel(m.name(), s);
                streaming.put(m.name(), s);
                upstream.put(m.name(), m.model());
                if (m.reasoning() != null) {
                    b.reasoning(m.name(), RouterFactory.reasoning(m.reasoning()));
                }
            }
            prices().forEach(b::price);
            return chat;
        }

        private void guards(SemanticRouterBuilder b, Embedder embedder) {
            GuardsConfig guards = config.guards();
            if (guards.jailbreak() != null && guards.jailbreak().enabled()) {
                b.guard(jailbreakGuard(guards.jailbreak(), embedder));
            }
            if (guards.pii() != null && guards.pii().enabled()) {
                b.guard(piiGuard(guards.pii()));
            }
        }

        /** The jailbreak guard; an encoder file ({@code guards.jailbreak.encoder}) is loaded here and closed with the router. */
        private JailbreakGuard jailbreakGuard(GuardsConfig.Jailbreak settings, Embedder embedder) {
            JailbreakGuard.Builder b = settings.guard(embedder, Refusals.THROW);
            if (settings.encoder() instanceof String path) {
                try {
                    JailbreakEncoder encoder = JailbreakEncoder.load(config.resolve(path), OnnxEmbedder.builder());
                    opened.add(encoder);
                    owned.add(encoder);
                    b.encoder(encoder);
                } catch (RuntimeException e) {
                    throw config.problem(KeyPath.of("guards").key("jailbreak").key("encoder"), e.getMessage(), e);
                }
            }
            return b.build();
        }

        /** The top-level {@code tool_selection} and each decision's own (checked when the file was loaded). */
        private void toolSelection(SemanticRouterBuilder b) {
            if (config.toolSelection() != null) {
                b.toolSelection(config.toolSelection().selection(Refusals.THROW));
            }
            for (DecisionConfig d : config.decisions()) {
                if (d.toolSelection() != null) {
                    b.toolSelection(d.name(), d.toolSelection().selection(Refusals.THROW));
                }
            }
        }

        private void closeOpened(RuntimeException failure) {
            for (int i = opened.size() - 1; i >= 0; i--) {
                try {
                    opened.get(i).close();
                } catch (Exception e) {
                    failure.addSuppressed(e);
                }
            }
        }

        // --- embedder ---

        private Embedder embedder() {
            String model = config.embedder().model();
            KeyPath at = KeyPath.of("embedder").key("model");
            try {
                if (model.equals(EmbedderConfig.MINILM)) {
                    return OnnxEmbedder.allMiniLmL6V2();
                }
                if (model.equals(EmbedderConfig.MINILM_QUANTIZED)) {
                    return OnnxEmbedder.allMiniLmL6V2Quantized();
                }
                return OnnxEmbedder.fromDirectory(config.embedderDirectory());
            } catch (IllegalArgumentException | EmbeddingException e) {
                throw config.problem(at, "cannot load the embedding model: " + e.getMessage(), e);
            }
        }

        // --- models ---

        private static DemoChatModel demoModel(ModelConfig m) {
            return new DemoChatModel(m.name(), Duration.ofMillis(m.latencyMs()), RouterFactory::reasoningMode);
        }

        private ChatModel chatModel(ModelConfig m) {
            if (m.type() == ModelConfig.Type.DEMO) {
                return demoModel(m);
            }
            if (m.type() == ModelConfig.Type.ANTHROPIC) {
                try {
                    return m.anthropic().apiKey(apiKey(m)).build();
                } catch (RuntimeException e) {
                    throw config.problem(modelPath(m), "cannot build the Anthropic model: " + e.getMessage(), e);
                }
            }
            try {
                return m.openAi(Refusals.THROW).apiKey(apiKey(m)).build();
            } catch (RuntimeException e) {
                throw config.problem(modelPath(m), "cannot build the OpenAI model: " + e.getMessage(), e);
            }
        }

        private StreamingChatModel streamingModel(ModelConfig m) {
            if (m.type() == ModelConfig.Type.DEMO) {
                return demoModel(m).streaming();
            }
            if (m.type() == ModelConfig.Type.ANTHROPIC) {
                try {
                    return m.anthropicStreaming().apiKey(apiKey(m)).build();
                } catch (RuntimeException e) {
                    throw config.problem(modelPath(m), "cannot build the Anthropic streaming model: " + e.getMessage(), e);
                }
            }
            try {
                return m.openAiStreaming().apiKey(apiKey(m)).build();
            } catch (RuntimeException e) {
                throw config.problem(modelPath(m), "cannot build the OpenAI streaming model: " + e.getMessage(), e);
            }
        }

        private String apiKey(ModelConfig m) {
            return m.apiKeyEnv() == null ? null : config.secret(m.apiKeyEnv());
        }

        private KeyPath modelPath(ModelConfig m) {
            return KeyPath.of("models").index(config.models().indexOf(m));
        }

        // --- classifier and selectors ---

        private CategoryClassifier classifier(Embedder embedder) {
            ClassifierConfig c = config.classifier();
            boolean any = c.extendsCategories()
                    || config.categories().stream().anyMatch(cat -> !cat.exemplars().isEmpty());
            if (!any) {
                return null;
            }
            CategoryClassifier classifier = switch (c.type()) {
                case EXEMPLARS -> embeddingClassifier(embedder);
                case ONNX -> onnx();
                case ENSEMBLE -> EnsembleCategoryClassifier.builder()
                        .member(embeddingClassifier(embedder), c.weight("embedding"))
                        .member(onnx(), c.weight("onnx")).build();
            };
            Set<String> known = classifier.categories();
            for (int i = 0; i < config.categories().size(); i++) {
                String name = config.categories().get(i).name();
                if (!known.contains(name)) {
                    throw config.problem(KeyPath.of("categories").index(i).key("name"), "'" + name + "' "
                            + (config.classifier().type() == ClassifierConfig.Type.ONNX
                            ? "is not one of the ONNX model's labels " + known
                            : "has no exemplars here and is not one of the classifier's categories " + known), null);
                }
            }
            for (int i = 0; i < config.decisions().size(); i++) {
                checkCategories(config.decisions().get(i).when(), KeyPath.of("decisions").index(i).key("when"), known);
            }
            for (int i = 0; i < config.models().size(); i++) {
                for (String category : config.models().get(i).quality().keySet()) {
                    if (!known.contains(category)) {
                        throw config.problem(KeyPath.of("models").index(i).key("quality").key(category), "'" + category
                                + "' is not one of the classifier's categories " + known, null);
                    }
                }
            }
            return classifier;
        }

        /** The classifier over the router's embedding: the shipped model of default_categories, or exemplars. */
        private CategoryClassifier embeddingClassifier(Embedder embedder) {
            return config.classifier().defaultCategories() != null ? shipped(embedder) : exemplars(embedder);
        }

        /** The ONNX export of classifier.onnx (the validator found its files); closed with the router. */
        private OnnxCategoryClassifier onnx() {
            try {
                OnnxCategoryClassifier model = OnnxCategoryClassifier.load(config.classifierModel(),
                        config.classifier().onnx().tokens());
                opened.add(model);
                return model;
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw config.problem(KeyPath.of("classifier").key("onnx").key("path"), e.getMessage(), e);
            }
        }

        /** The shipped trained model that classifier.default_categories names (the validator checked the name). */
        private CategoryClassifier shipped(Embedder embedder) {
            try {
                return LinearCategoryClassifier.mmluPro(embedder);
            } catch (IllegalArgumentException e) {
                throw config.problem(KeyPath.of("classifier").key("default_categories"), e.getMessage(), e);
            }
        }

        /** The exemplar classifier over the shipped set, the exemplar file and the categories' exemplars. */
        private ExemplarClassifier exemplars(Embedder embedder) {
            ClassifierConfig c = config.classifier();
            ExemplarClassifier.Builder b = ExemplarClassifier.builder(embedder);
            if (c.useDefaultCategories()) {
                b.defaults();
            }
            if (config.exemplarsFile() != null) {
                try {
                    b.yaml(config.exemplarsFile());
                } catch (IllegalArgumentException | UncheckedIOException e) {
                    throw config.problem(KeyPath.of("classifier").key("exemplars_file"), e.getMessage(), e);
                }
            }
            for (CategoryConfig cat : config.categories()) {
                cat.exemplars().forEach(text -> b.example(cat.name(), text));
            }
            if (Boolean.TRUE.equals(c.calibrate())) {
                b.calibrateConfidence();
            }
            return b.build();
        }

        private void checkCategories(ConditionConfig c, KeyPath at, Set<String> known) {
            if (c.category() != null && !known.contains(c.category())) {
                throw config.problem(at.key("category"), "'" + c.category() + "' is not one of the classifier's"
                        + " categories " + known, null);
            }
            List<ConditionConfig> children = c.all() != null ? c.all() : c.any();
            if (children != null) {
                for (int i = 0; i < children.size(); i++) {
                    checkCategories(children.get(i), at.key(c.all() != null ? "all" : "any").index(i), known);
                }
            }
            if (c.not() != null) {
                checkCategories(c.not(), at.key("not"), known);
            }
        }

        /** Without decisions: keyword overrides in front of the category model_scores (either may be absent). */
        private ModelSelector categorySelector(CategoryClassifier classifier) {
            ModelSelector base = null;
            if (classifier != null && config.categories().stream().anyMatch(c -> !c.modelScores().isEmpty())) {
                CategoryModelSelector.Builder b = config.classifier().selector(Refusals.THROW).classifier(classifier);
                for (CategoryConfig c : config.categories()) {
                    if (!c.modelScores().isEmpty()) {
                        b.category(c.name(), c.modelScores());
                    }
                }
                base = b.build();
            }
            List<KeywordRule> rules = keywordRules();
            return rules.isEmpty() ? base : new KeywordSelector(rules, base);
        }

        /** Prices from models[].pricing; quality scores from categories[].model_scores and models[].quality. */
        private CostQualityOrder costQuality() {
            CostQualityOrder.Builder b = CostQualityOrder.builder();
            prices().forEach(b::price);
            for (CategoryConfig c : config.categories()) {
                c.modelScores().forEach((model, score) -> b.quality(c.name(), model, score));
            }
            for (ModelConfig m : config.models()) {
                m.quality().forEach((category, score) -> b.quality(category, m.name(), score));
            }
            return b.build();
        }

        private ModelSelector decisionSelector(Embedder embedder, CategoryClassifier classifier) {
            DecisionSelector.Builder b = DecisionSelector.builder();
            if (classifier != null) {
                b.categories(classifier);
            }
            if (config.decisions().stream().anyMatch(d -> usesComplexity(d.when()))) {
                b.complexity(complexity(embedder));
            }
            b.keywords(keywordRules().toArray(KeywordRule[]::new));
            double minConfidence = config.classifier().minConfidence();
            for (DecisionConfig d : config.decisions()) {
                b.decision(d.name(), d.priority(), condition(d.when(), minConfidence), d.models(), d.reasoning(),
                        d.minQuality());
            }
            if (config.decisions().stream().anyMatch(d -> d.strategy() == DecisionConfig.Strategy.COST_QUALITY)) {
                b.costQuality(costQuality()).costQualityMinConfidence(minConfidence);
            }
            try {
                return b.build();
            } catch (IllegalStateException e) {
                throw config.problem(KeyPath.of("decisions"), e.getMessage(), e);
            }
        }

        /**
         * The complexity model the file names, checked against the router's embedder (a file from another embedder
         * is reported at {@code complexity.model}), or the example-based signal.
         */
        private ComplexitySignal complexity(Embedder embedder) {
            ComplexityConfig c = config.complexity();
            if (c.model() == null) {
                return c.signal(embedder, Refusals.THROW).build();
            }
            return c.model(config::resolve, embedder, (key, e) -> {
                throw config.problem(KeyPath.of("complexity").plus(key), e.getMessage(), e);
            });
        }

        private static boolean usesComplexity(ConditionConfig c) {
            return c.spec().usesComplexity();
        }

        static Condition condition(ConditionConfig c, double defaultMinConfidence) {
            return c.spec().toCondition(defaultMinConfidence);
        }

        /**
         * The keyword rules. With decisions they are only signals, but {@link KeywordRule} insists on a route,
         * so they get the default model, which nothing reads.
         */
        private List<KeywordRule> keywordRules() {
            List<KeywordRule> rules = new ArrayList<>();
            for (KeywordRuleConfig r : config.keywordRules()) {
                KeywordRule.Builder b = r.terms(KeywordRule.builder(r.name()), Refusals.THROW);
                b.route(r.models().isEmpty() ? new String[]{config.defaultModel()} : r.models().toArray(String[]::new));
                rules.add(b.build());
            }
            return rules;
        }

        /** Each priced model's {@code models[].pricing}, built once for the router and the cost-quality order. */
        private Map<String, ModelPrice> prices() {
            if (prices == null) {
                Map<String, ModelPrice> p = new LinkedHashMap<>();
                for (ModelConfig m : config.models()) {
                    if (m.pricing() != null) {
                        p.put(m.name(), m.pricing().price());
                    }
                }
                prices = Collections.unmodifiableMap(p);
            }
            return prices;
        }

        // --- cache and guards ---

        /** The longest one model call may take: the slowest model's timeout, once per try. */
        private Duration longestModelCall() {
            long seconds = 0;
            for (ModelConfig m : config.models()) {
                seconds = Math.max(seconds, (long) m.timeoutSeconds() * (m.maxRetries() + 1));
            }
            return Duration.ofSeconds(Math.max(1, seconds));
        }

        private SemanticCache cache(Embedder embedder, PrometheusMeterRegistry registry) {
            SemanticCacheConfig c = config.semanticCache();
            if (!c.enabled()) {
                return null;
            }
            if (c.backendType() == SemanticCacheConfig.Backend.MEMORY) {
                return c.memory(Refusals.THROW).dimension(embedder.dimension()).build();
            }
            MilvusCacheConfig milvus = config.milvus();
            int dimension = milvus.collection().dimension();
            if (dimension != 0 && dimension != embedder.dimension()) {
                throw config.problem(KeyPath.of("semantic_cache").key("backend_config_path"), "the Milvus file sets"
                        + " collection.vector_field.dimension " + dimension + " but the embedder ("
                        + embedder.modelId() + ") makes " + embedder.dimension() + "-dimensional vectors", null);
            }
            MilvusSemanticCache.Builder b = MilvusSemanticCache.builder()
                    .config(milvus)
                    .similarityThreshold(c.similarityThreshold())
                    .meterRegistry(registry);
            if (c.ttl() != null) {
                b.ttl(c.ttl());
            }
            return b.build(); // connects in the background; a server that is down means misses, not a failed start
        }

        /**
         * {@code semantic_cache.follow_up_context}, {@code cache_tool_calls}, {@code spelling}, {@code pair_head},
         * the optional {@code chat_verifier} and
         * each category's {@code semantic_cache} settings, on the router's builder.
         */
        private void verification(SemanticRouterBuilder b, Map<String, ChatModel> chat) {
            SemanticCacheConfig c = config.semanticCache();
            b.followUpContext(c.followUpContext()).cacheToolCalls(c.cacheToolCalls()).cacheSpelling(c.spelling());
            if (c.pairHead() != null) {
                b.pairHead(c.pairHead());
            }
            for (CategoryConfig cat : config.categories()) {
                if (cat.semanticCache() != null) {
                    cat.semanticCache().apply(cat.name(), b, Refusals.THROW);
                }
            }
            if (c.chatVerifier() != null) {
                b.hitVerifier(c.chatVerifier().verifier(chat.get(c.chatVerifier().model()), Refusals.THROW).build());
            }
        }

        private static PiiGuard piiGuard(GuardsConfig.Pii pii) {
            PiiGuard.Builder b = PiiGuard.builder();
            pii.allow().forEach((model, types) -> {
                if (types.contains("*")) {
                    b.allowAll(model);
                } else {
                    b.allow(model, types.toArray(String[]::new));
                }
            });
            return b.build();
        }
    }
}
