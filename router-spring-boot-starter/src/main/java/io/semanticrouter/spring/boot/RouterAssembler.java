package io.semanticrouter.spring.boot;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import io.semanticrouter.CategoryClassifier;
import io.semanticrouter.ConversationAnalyzer;
import io.semanticrouter.Embedder;
import io.semanticrouter.EmbeddingException;
import io.semanticrouter.FollowUpDetector;
import io.semanticrouter.ModelPrice;
import io.semanticrouter.ModelSelector;
import io.semanticrouter.OpenAiReasoning;
import io.semanticrouter.RouterStats;
import io.semanticrouter.SemanticCache;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.SemanticRouterBuilder;
import io.semanticrouter.ToolSelection;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import io.semanticrouter.classifier.CategoryModelSelector;
import io.semanticrouter.classifier.EnsembleCategoryClassifier;
import io.semanticrouter.classifier.ExemplarClassifier;
import io.semanticrouter.classifier.JailbreakGuard;
import io.semanticrouter.classifier.LinearCategoryClassifier;
import io.semanticrouter.classifier.OnnxCategoryClassifier;
import io.semanticrouter.classifier.PiiGuard;
import io.semanticrouter.classifier.RoutingVocabulary;
import io.semanticrouter.demo.DemoChatModel;
import io.semanticrouter.embeddings.OnnxEmbedder;
import io.semanticrouter.verify.ChatModelHitVerifier;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.util.ClassUtils;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Turns {@link SemanticRouterProperties} into the library's objects by calling its builders, as the gateway's
 * YAML reader does: the builders hold the rules, and a value they refuse becomes a
 * {@link SemanticRouterConfigurationException} at the property's name.
 */
final class RouterAssembler {

    static final String PREFIX = "semantic-router.";
    /** A builder message's leading Java name of the setting, which the property name already says. */
    private static final Pattern SETTING_NAME = Pattern.compile("^[a-z][A-Za-z]* (?=must )");
    private static final boolean SPRING_AI = ClassUtils.isPresent(
            "io.semanticrouter.spring.ai.SpringAiChatModelAdapter", RouterAssembler.class.getClassLoader());
    private static final String OPENAI_CLASS = "dev.langchain4j.model.openai.OpenAiChatModel";

    private final SemanticRouterProperties props;
    /** What building opened and the router does not close (the ONNX category model): closed with the context. */
    private final List<AutoCloseable> opened = new ArrayList<>();
    /** Each priced model's {@code models[].pricing}, for the router and the cost-quality order. */
    private final Map<String, ModelPrice> prices = new LinkedHashMap<>();

    RouterAssembler(SemanticRouterProperties props) {
        this.props = props;
    }

    /** What {@link #router} opened besides the router, for the context to close. */
    /** The blocking face of each configured model, by name: what the chat verifier can be given. */
    private final Map<String, ChatModel> chatModels = new LinkedHashMap<>();

    List<AutoCloseable> opened() {
        return List.copyOf(opened);
    }

    /** Hands a value to a builder setter; a refusal names the property. */
    static <T> void set(String property, T value, Consumer<T> setter) {
        if (value == null) {
            return;
        }
        try {
            setter.accept(value);
        } catch (IllegalArgumentException e) {
            throw refused(property, e);
        }
    }

    static SemanticRouterConfigurationException refused(String property, RuntimeException e) {
        String why = e.getMessage() == null ? e.toString() : SETTING_NAME.matcher(e.getMessage()).replaceFirst("");
        return new SemanticRouterConfigurationException(PREFIX + property, why, e);
    }

    // --- embedder and cache ---

    Embedder embedder() {
        String model = props.getEmbedder().getModel();
        try {
            if (model == null || model.isBlank()) {
                throw new IllegalArgumentException("must be minilm, minilm-q or a model directory, was blank");
            }
            return switch (model) {
                case "minilm" -> OnnxEmbedder.builder().modelCacheDirectory(modelCacheDir()).build();
                case "minilm-q" -> OnnxEmbedder.builder().quantizedMiniLm().modelCacheDirectory(modelCacheDir()).build();
                default -> OnnxEmbedder.fromDirectory(Path.of(model));
            };
        } catch (IllegalArgumentException | EmbeddingException e) {
            throw refused("embedder.model", e);
        }
    }

    /** {@code embedder.model-cache-dir}: unset is ~/.cache/semantic-router/models, empty is none. */
    Path modelCacheDir() {
        String dir = props.getEmbedder().getModelCacheDir();
        if (dir == null) {
            String home = System.getProperty("user.home");
            return home == null || home.isBlank() || home.equals("?") ? null
                    : Path.of(home, ".cache", "semantic-router", "models");
        }
        return dir.isBlank() ? null : Path.of(dir);
    }

    InMemorySemanticCache memoryCache(Embedder embedder) {
        SemanticRouterProperties.SemanticCache c = props.getSemanticCache();
        InMemorySemanticCache.Builder b = InMemorySemanticCache.builder().dimension(embedder.dimension());
        set("semantic-cache.eviction-policy", c.getEvictionPolicy(), b::evictionPolicy);
        set("semantic-cache.ann-index", c.getAnnIndex(), b::annIndex);
        set("semantic-cache.similarity-threshold", c.getSimilarityThreshold(), b::similarityThreshold);
        set("semantic-cache.max-entries", c.getMaxEntries(), b::maxEntries);
        set("semantic-cache.ttl-seconds", c.getTtlSeconds(), s -> b.ttl(Duration.ofSeconds(s)));
        return b.build();
    }

    // --- the router ---

    SemanticRouter router(BeanFactory beans, Embedder embedder, SemanticCache cache, RouterStats stats) {
        try {
            return build(beans, embedder, cache, stats);
        } catch (RuntimeException e) {
            for (AutoCloseable c : opened) {
                try {
                    c.close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            opened.clear();
            throw e;
        }
    }

    private SemanticRouter build(BeanFactory beans, Embedder embedder, SemanticCache cache, RouterStats stats) {
        List<SemanticRouterProperties.Model> models = props.getModels();
        if (models.isEmpty()) {
            throw new SemanticRouterConfigurationException(PREFIX + "models", "configure at least one model", null);
        }
        SemanticRouterBuilder b = SemanticRouter.builder().embedder(embedder);
        if (stats != null) {
            b.stats(stats);
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < models.size(); i++) {
            String name = addModel(b, beans, models.get(i), "models[" + i + "]");
            if (!names.add(name)) {
                throw new SemanticRouterConfigurationException(PREFIX + "models[" + i + "].name",
                        "'" + name + "' is configured twice", null);
            }
            price(name, models.get(i).getPricing(), "models[" + i + "].pricing");
        }
        prices.forEach(b::price);
        String defaultModel = props.getDefaultModel() == null ? names.iterator().next() : props.getDefaultModel();
        if (!names.contains(defaultModel)) {
            throw new SemanticRouterConfigurationException(PREFIX + "default-model", "'" + defaultModel
                    + "' is not one of the configured models " + names, null);
        }
        b.defaultModel(defaultModel);
        conversation(b);
        ModelSelector selector = selector(embedder, names, defaultModel);
        if (selector != null) {
            b.selector(selector);
        }
        toolSelection(b);
        if (cache != null) {
            b.cache(cache);
            SemanticRouterProperties.SemanticCache c = props.getSemanticCache();
            set("semantic-cache.coalesce-misses", c.getCoalesceMisses(), b::coalesceMisses);
            set("semantic-cache.follow-up-context", c.getFollowUpContext(), b::followUpContext);
            set("semantic-cache.spelling", c.getSpelling(), b::cacheSpelling);
            set("semantic-cache.cache-tool-calls", c.getCacheToolCalls(), b::cacheToolCalls);
            set("semantic-cache.pair-head", c.getPairHead(), b::pairHead);
            categoryCaches(b);
            chatVerifier(b, names);
        }
        guards(b, embedder, names);
        try {
            return b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new SemanticRouterConfigurationException(PREFIX.substring(0, PREFIX.length() - 1),
                    "cannot build the router: " + e.getMessage(), e);
        }
    }

    /** {@code models[].pricing}, checked by {@link ModelPrice}; a missing number counts as 0, as in the gateway. */
    private void price(String model, SemanticRouterProperties.Pricing p, String at) {
        if (p != null) {
            set(at, p, x -> prices.put(model, new ModelPrice(x.getPromptPer1m() == null ? 0 : x.getPromptPer1m(),
                    x.getCompletionPer1m() == null ? 0 : x.getCompletionPer1m())));
        }
    }

    /** {@code conversation}: the follow-up and re-ask settings, checked by {@link ConversationAnalyzer.Builder}. */
    private void conversation(SemanticRouterBuilder b) {
        SemanticRouterProperties.Conversation c = props.getConversation();
        ConversationAnalyzer.Builder a = ConversationAnalyzer.builder();
        set("conversation.context-turns", c.getContextTurns(), a::contextTurns);
        set("conversation.reask-threshold", c.getReaskThreshold(), a::reaskThreshold);
        set("conversation.reask-turns", c.getReaskTurns(), a::reaskTurns);
        a.detector(c.isFollowUps() ? FollowUpDetector.defaults() : null);
        b.conversation(c.isEnabled() ? a.build() : ConversationAnalyzer.off());
    }

    /**
     * {@code semantic-cache.chat-verifier}: the named configured model checks grey-zone hits, as the gateway's
     * {@code chat_verifier}; router-core's {@link ChatModelHitVerifier.Builder} checks the values.
     */
    private void chatVerifier(SemanticRouterBuilder b, Set<String> names) {
        SemanticRouterProperties.ChatVerifier c = props.getSemanticCache().getChatVerifier();
        if (c == null) {
            return;
        }
        String at = "semantic-cache.chat-verifier.";
        if (c.getModel() == null || c.getModel().isBlank()) {
            throw new SemanticRouterConfigurationException(PREFIX + at + "model", "is required: the configured model"
                    + " to ask, one of " + names, null);
        }
        if (!chatModels.containsKey(c.getModel())) {
            throw new SemanticRouterConfigurationException(PREFIX + at + "model", "'" + c.getModel()
                    + "' is not one of the configured models " + names, null);
        }
        ChatModelHitVerifier.Builder v = ChatModelHitVerifier.builder().model(chatModels.get(c.getModel()));
        set(at + "grey-zone", c.getGreyZone(), v::greyZone);
        set(at + "timeout-ms", c.getTimeoutMs(), ms -> v.timeout(Duration.ofMillis(ms)));
        b.hitVerifier(v.build());
    }

    /** {@code tool-selection} and each decision's own {@code tool-selection}, as the gateway's {@code tool_selection}. */
    private void toolSelection(SemanticRouterBuilder b) {
        if (props.getToolSelection() != null) {
            b.toolSelection(toolSelection(props.getToolSelection(), "tool-selection"));
        }
        List<SemanticRouterProperties.Decision> decisions = props.getDecisions();
        for (int i = 0; i < decisions.size(); i++) {
            SemanticRouterProperties.Decision d = decisions.get(i);
            if (d.getToolSelection() != null) {
                b.toolSelection(d.getName(), toolSelection(d.getToolSelection(), "decisions[" + i + "].tool-selection"));
            }
        }
    }

    /** One tool-selection section, checked by router-core's {@link ToolSelection.Builder}; off when not enabled. */
    private static ToolSelection toolSelection(SemanticRouterProperties.ToolSelectionSettings s, String at) {
        ToolSelection.Builder t = ToolSelection.builder();
        set(at + ".top-k", s.getTopK(), t::topK);
        set(at + ".min-similarity", s.getMinSimilarity(), t::minSimilarity);
        List<String> keep = s.getAlwaysKeep();
        for (int i = 0; i < keep.size(); i++) {
            if (keep.get(i) == null) {
                throw new SemanticRouterConfigurationException(PREFIX + at + ".always-keep[" + i + "]",
                        "must be a tool name, was empty", null);
            }
            set(at + ".always-keep[" + i + "]", keep.get(i), t::alwaysKeep);
        }
        set(at + ".language-gate", s.getLanguageGate(), t::languageGate);
        set(at + ".min-english-share", s.getMinEnglishShare(), t::minEnglishShare);
        set(at + ".widen-below", s.getWidenBelow(), t::widenBelow);
        int k = s.getTopK() != null ? s.getTopK() : ToolSelection.DEFAULT_TOP_K;
        set(at + ".widen-to", s.getWidenTo(), n -> {
            if (n < k) {
                throw new IllegalArgumentException("must be >= top-k (" + k + "), was " + n);
            }
            t.widenTo(n);
        });
        return s.isEnabled() ? t.build() : ToolSelection.off();
    }

    /**
     * Each category's {@code semantic-cache} settings, checked by the router builder's setters; the time to live comes
     * from {@code ttl} (a duration) or {@code ttl-seconds} (the gateway's {@code ttl_seconds}), never both.
     */
    private void categoryCaches(SemanticRouterBuilder b) {
        List<SemanticRouterProperties.Category> categories = props.getCategories();
        for (int i = 0; i < categories.size(); i++) {
            SemanticRouterProperties.CategoryCache c = categories.get(i).getSemanticCache();
            String name = categories.get(i).getName();
            if (c == null || name == null) {
                continue;
            }
            String at = "categories[" + i + "].semantic-cache.";
            set(at + "similarity-threshold", c.getSimilarityThreshold(), t -> b.categoryThreshold(name, t));
            if (c.getTtl() != null && c.getTtlSeconds() != null) {
                throw new SemanticRouterConfigurationException(PREFIX + at + "ttl-seconds", "is set together with "
                        + PREFIX + at + "ttl; give one of the two (ttl takes a duration such as 10m, ttl-seconds a"
                        + " number of seconds)", null);
            }
            set(at + "ttl", c.getTtl(), t -> b.categoryTtl(name, t));
            set(at + "ttl-seconds", c.getTtlSeconds(), s -> b.categoryTtl(name, Duration.ofSeconds(s)));
            set(at + "enabled", c.getEnabled(), on -> b.categoryCaching(name, on));
        }
    }

    /** Registers one model (a bean, the demo stand-in or an OpenAI-compatible server) and returns its name. */
    /** The name the router knows a model by: {@code name}, or else its bean's name; null when neither is set. */
    static String modelName(SemanticRouterProperties.Model m) {
        return m.getName() != null ? m.getName() : m.getBean();
    }

    private String addModel(SemanticRouterBuilder b, BeanFactory beans, SemanticRouterProperties.Model m, String at) {
        String type = checkType(m, at);
        boolean demo = type.equals("demo");
        String name = modelName(m);
        if (name == null || name.isBlank()) {
            throw new SemanticRouterConfigurationException(PREFIX + at + ".name", "is required for a " + type
                    + " model", null);
        }
        try {
            if (type.equals("openai")) {
                if (!openAiPresent(beans)) {
                    throw new SemanticRouterConfigurationException(PREFIX + at + ".type", "is openai, but"
                            + " langchain4j-open-ai is not on the class path; add the dependency"
                            + " dev.langchain4j:langchain4j-open-ai", null);
                }
                chatModels.put(name, OpenAiModels.register(b, name, m, at));
            } else if (demo) {
                int ms = m.getLatencyMs() == null ? 0 : m.getLatencyMs();
                if (ms < 0) {
                    throw new SemanticRouterConfigurationException(PREFIX + at + ".latency-ms",
                            "must be at least 0, was " + ms, null);
                }
                DemoChatModel model = m.getReasoning() == null ? new DemoChatModel(name, Duration.ofMillis(ms))
                        : new DemoChatModel(name, Duration.ofMillis(ms), OpenAiReasoning::mode);
                b.model(name, model).streamingModel(name, model.streaming());
                chatModels.put(name, model);
            } else {
                chatModels.put(name, addBeanModel(b, beans, name, m, at));
            }
        } catch (IllegalArgumentException e) {
            throw refused(at + ".name", e);
        }
        reasoning(b, beans, name, m.getReasoning(), at);
        return name;
    }

    /** {@code models[].reasoning}: router-core's {@link OpenAiReasoning} mapping, which needs langchain4j-open-ai. */
    private static void reasoning(SemanticRouterBuilder b, BeanFactory beans, String name,
                                  SemanticRouterProperties.Reasoning style, String at) {
        if (style == null) {
            return;
        }
        if (!openAiPresent(beans)) {
            throw new SemanticRouterConfigurationException(PREFIX + at + ".reasoning", "needs langchain4j-open-ai on"
                    + " the class path (the mode is sent as OpenAI request parameters); add the dependency"
                    + " dev.langchain4j:langchain4j-open-ai", null);
        }
        b.reasoning(name, OpenAiReasoning.valueOf(style.name()).mapping());
    }

    private static boolean openAiPresent(BeanFactory beans) {
        ClassLoader loader = beans instanceof org.springframework.beans.factory.config.ConfigurableBeanFactory f
                ? f.getBeanClassLoader() : RouterAssembler.class.getClassLoader();
        return ClassUtils.isPresent(OPENAI_CLASS, loader);
    }

    /** The model's type (bean, demo or openai), checked against the keys given with it. */
    private static String checkType(SemanticRouterProperties.Model m, String at) {
        String type = m.getType() == null ? "bean" : m.getType().toLowerCase(java.util.Locale.ROOT);
        if (m.getType() != null && !type.equals("demo") && !type.equals("openai")) {
            throw new SemanticRouterConfigurationException(PREFIX + at + ".type", "must be demo or openai (or"
                    + " left out, with bean naming a ChatModel bean), was '" + m.getType() + "'", null);
        }
        if (type.equals("bean") == (m.getBean() == null)) {
            throw new SemanticRouterConfigurationException(PREFIX + at, "give either bean (a ChatModel bean's name)"
                    + " or type: demo or openai", null);
        }
        onlyFor(m.getLatencyMs(), type.equals("demo"), at + ".latency-ms", "type demo");
        boolean openAi = type.equals("openai");
        onlyFor(m.getBaseUrl(), openAi, at + ".base-url", "type openai");
        onlyFor(m.getApiKey(), openAi, at + ".api-key", "type openai");
        onlyFor(m.getModel(), openAi, at + ".model", "type openai");
        onlyFor(m.getTimeoutSeconds(), openAi, at + ".timeout-seconds", "type openai");
        onlyFor(m.getMaxRetries(), openAi, at + ".max-retries", "type openai");
        onlyFor(m.getTemperature(), openAi, at + ".temperature", "type openai");
        onlyFor(m.getStreamingBean(), type.equals("bean"), at + ".streaming-bean", "bean models");
        return type;
    }

    private static void onlyFor(Object value, boolean applies, String at, String what) {
        if (value != null && !applies) {
            throw new SemanticRouterConfigurationException(PREFIX + at, "only applies to " + what, null);
        }
    }

    /** Registers a bean model; returns the blocking LangChain4j face the router calls. */
    private static ChatModel addBeanModel(SemanticRouterBuilder b, BeanFactory beans, String name,
                                          SemanticRouterProperties.Model m, String at) {
        Object bean = bean(beans, m.getBean(), at + ".bean");
        ChatModel registered;
        if (bean instanceof ChatModel chat) {
            registered = chat;
            b.model(name, chat);
            if (m.getStreamingBean() == null && bean instanceof StreamingChatModel streaming) {
                b.streamingModel(name, streaming);
            }
        } else if (SPRING_AI && SpringAiModels.isSpringAiModel(bean)) {
            registered = SpringAiModels.register(b, name, bean);
        } else {
            throw new SemanticRouterConfigurationException(PREFIX + at + ".bean", "bean '" + m.getBean() + "' is a "
                    + bean.getClass().getName() + ", not a LangChain4j ChatModel" + (SPRING_AI ? " or a Spring AI"
                    + " ChatModel" : " (a Spring AI ChatModel needs io.semanticrouter:router-spring-ai)"), null);
        }
        if (m.getStreamingBean() != null) {
            Object s = bean(beans, m.getStreamingBean(), at + ".streaming-bean");
            if (!(s instanceof StreamingChatModel streaming)) {
                throw new SemanticRouterConfigurationException(PREFIX + at + ".streaming-bean", "bean '"
                        + m.getStreamingBean() + "' is not a LangChain4j StreamingChatModel", null);
            }
            b.streamingModel(name, streaming);
        }
        return registered;
    }

    private static Object bean(BeanFactory beans, String name, String at) {
        if (name.equals(SemanticRouterAutoConfiguration.CHAT_MODEL)
                || name.equals(SemanticRouterAutoConfiguration.STREAMING_CHAT_MODEL)) {
            throw new SemanticRouterConfigurationException(PREFIX + at, "'" + name + "' is the router itself", null);
        }
        try {
            return beans.getBean(name);
        } catch (NoSuchBeanDefinitionException e) {
            throw new SemanticRouterConfigurationException(PREFIX + at, "there is no bean named '" + name + "'", e);
        }
    }

    // --- classifier and selector ---

    private ModelSelector selector(Embedder embedder, Set<String> models, String defaultModel) {
        checkClassifier();
        checkModelQuality();
        DecisionAssembler rules = new DecisionAssembler(props, models, defaultModel);
        if (complexitySet()) {
            rules.complexity(embedder); // checks the values even when no decision tests the complexity
        }
        if (!props.getDecisions().isEmpty()) {
            boolean costQuality = costQualityDecisions();
            List<SemanticRouterProperties.Category> categories = props.getCategories();
            for (int i = 0; i < categories.size(); i++) {
                String at = PREFIX + "categories[" + i + "].model-scores";
                RoutingVocabulary.categoryModelScores(categories.get(i).getName(),
                        !categories.get(i).getModelScores().isEmpty(), true, costQuality).ifPresent(m -> {
                    throw new SemanticRouterConfigurationException(at, m, null);
                });
            }
            return rules.decisions(embedder, classifierConfigured() ? classifier(embedder) : null, prices);
        }
        return rules.keywordsBefore(categorySelector(embedder, models));
    }

    /** Whether a decision has {@code strategy: cost-quality} (then prices and quality scores are read). */
    private boolean costQualityDecisions() {
        return props.getDecisions().stream().anyMatch(d -> d.getStrategy() == SemanticRouterProperties.Strategy.COST_QUALITY);
    }

    /** {@code models[].quality}: the shared rules (read by a cost-quality decision, in range, not also in model-scores). */
    private void checkModelQuality() {
        boolean costQuality = costQualityDecisions();
        Map<String, Map<String, Double>> scores = new java.util.HashMap<>();
        props.getCategories().stream().filter(c -> c.getName() != null)
                .forEach(c -> scores.put(c.getName(), c.getModelScores()));
        List<SemanticRouterProperties.Model> models = props.getModels();
        for (int i = 0; i < models.size(); i++) {
            String at = PREFIX + "models[" + i + "].quality";
            RoutingVocabulary.modelQuality(modelName(models.get(i)), models.get(i).getQuality(), costQuality, scores)
                    .stream().findFirst().ifPresent(p -> {
                        throw new SemanticRouterConfigurationException(p.key().isEmpty() ? at : at + "." + p.key(),
                                p.message(), null);
                    });
        }
    }

    private boolean complexitySet() {
        SemanticRouterProperties.Complexity c = props.getComplexity();
        return c.getModel() != null || c.getThreshold() != null || !c.getEasy().isEmpty() || !c.getHard().isEmpty();
    }

    /** Whether anything gives the classifier categories: a model, the shipped sets, a file or categories' exemplars. */
    private boolean classifierConfigured() {
        SemanticRouterProperties.Classifier c = props.getClassifier();
        return type() != RoutingVocabulary.ClassifierType.EXEMPLARS || c.isUseDefaultCategories() || c.getExemplarsFile() != null || c.getDefaultCategories() != null
                || props.getCategories().stream().anyMatch(cat -> !cat.getExemplars().isEmpty());
    }

    private ModelSelector categorySelector(Embedder embedder, Set<String> models) {
        List<SemanticRouterProperties.Category> categories = props.getCategories();
        if (categories.stream().noneMatch(c -> !c.getModelScores().isEmpty())) {
            return null;
        }
        CategoryClassifier classifier = classifier(embedder);
        SemanticRouterProperties.Classifier c = props.getClassifier();
        CategoryModelSelector.Builder b = CategoryModelSelector.builder().classifier(classifier);
        set("classifier.min-confidence", c.getMinConfidence(), b::minConfidence);
        set("classifier.min-margin", c.getMinMargin(), b::minMargin);
        set("classifier.min-similarity", c.getMinSimilarity(), b::minSimilarity);
        for (int i = 0; i < categories.size(); i++) {
            SemanticRouterProperties.Category cat = categories.get(i);
            String at = "categories[" + i + "]";
            if (!classifier.categories().contains(cat.getName())) {
                throw new SemanticRouterConfigurationException(PREFIX + at + ".name", "'" + cat.getName()
                        + "' has no exemplars and is not one of the classifier's categories " + classifier.categories(), null);
            }
            for (String model : cat.getModelScores().keySet()) {
                if (!models.contains(model)) {
                    throw new SemanticRouterConfigurationException(PREFIX + at + ".model-scores", "'" + model
                            + "' is not one of the configured models " + models, null);
                }
            }
            if (!cat.getModelScores().isEmpty()) {
                set(at + ".model-scores", cat.getModelScores(), s -> b.category(cat.getName(), s));
            }
        }
        return b.build();
    }

    private RoutingVocabulary.ClassifierType type() {
        RoutingVocabulary.ClassifierType t = props.getClassifier().getType();
        return t == null ? RoutingVocabulary.ClassifierType.EXEMPLARS : t;
    }

    /** {@code classifier.type}, {@code onnx} and {@code weights}, and the categories' exemplars: the shared rules. */
    private void checkClassifier() {
        SemanticRouterProperties.Classifier c = props.getClassifier();
        SemanticRouterProperties.ClassifierOnnx o = c.getOnnx();
        List<RoutingVocabulary.Problem> problems = RoutingVocabulary.classifierType(type(), o != null,
                o == null ? null : o.getPath(), o == null ? null : o.getMaxTokens(), c.getWeights(),
                c.isUseDefaultCategories() || c.getExemplarsFile() != null || c.getDefaultCategories() != null);
        if (!problems.isEmpty()) {
            RoutingVocabulary.Problem p = problems.get(0);
            throw new SemanticRouterConfigurationException(PREFIX + "classifier." + p.key().replace('_', '-'),
                    p.message(), null);
        }
        RoutingVocabulary.calibrate(type(), c.isCalibrate(), c.getDefaultCategories() != null).ifPresent(m -> {
            throw new SemanticRouterConfigurationException(PREFIX + "classifier.calibrate", m, null);
        });
        List<SemanticRouterProperties.Category> categories = props.getCategories();
        for (int i = 0; i < categories.size(); i++) {
            String at = PREFIX + "categories[" + i + "].exemplars";
            RoutingVocabulary.categoryExemplars(type(), !categories.get(i).getExemplars().isEmpty()).ifPresent(m -> {
                throw new SemanticRouterConfigurationException(at, m, null);
            });
        }
    }

    /** The category classifier {@code classifier.type} names. */
    private CategoryClassifier classifier(Embedder embedder) {
        return switch (type()) {
            case EXEMPLARS -> embeddingClassifier(embedder);
            case ONNX -> onnx();
            case ENSEMBLE -> {
                Map<String, Double> w = props.getClassifier().getWeights();
                yield EnsembleCategoryClassifier.builder()
                        .member(embeddingClassifier(embedder), w.getOrDefault("embedding", 1.0))
                        .member(onnx(), w.getOrDefault("onnx", 1.0)).build();
            }
        };
    }

    /** The export of {@code classifier.onnx.path} (relative to the working directory), closed with the context. */
    private OnnxCategoryClassifier onnx() {
        SemanticRouterProperties.ClassifierOnnx o = props.getClassifier().getOnnx();
        Path dir = Path.of(o.getPath());
        RoutingVocabulary.onnxExport(dir).ifPresent(m -> {
            throw new SemanticRouterConfigurationException(PREFIX + "classifier.onnx.path", m, null);
        });
        try {
            OnnxCategoryClassifier model = o.getMaxTokens() == null ? OnnxCategoryClassifier.load(dir)
                    : OnnxCategoryClassifier.load(dir, o.getMaxTokens());
            opened.add(model);
            return model;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw refused("classifier.onnx.path", e);
        }
    }

    /** The classifier over the router's embedding: the shipped model of default-categories, or exemplars. */
    private CategoryClassifier embeddingClassifier(Embedder embedder) {
        SemanticRouterProperties.Classifier c = props.getClassifier();
        if (c.getDefaultCategories() != null) {
            if (!c.getDefaultCategories().equals("mmlu-pro")) {
                throw new SemanticRouterConfigurationException(PREFIX + "classifier.default-categories",
                        "must be mmlu-pro, was '" + c.getDefaultCategories() + "'", null);
            }
            return LinearCategoryClassifier.mmluPro(embedder);
        }
        ExemplarClassifier.Builder b = ExemplarClassifier.builder(embedder);
        if (c.isUseDefaultCategories()) {
            b.defaults();
        }
        if (c.getExemplarsFile() != null) {
            try {
                b.yaml(Path.of(c.getExemplarsFile()));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw refused("classifier.exemplars-file", e);
            }
        }
        List<SemanticRouterProperties.Category> categories = props.getCategories();
        for (int i = 0; i < categories.size(); i++) {
            SemanticRouterProperties.Category cat = categories.get(i);
            if (cat.getName() == null || cat.getName().isBlank()) {
                throw new SemanticRouterConfigurationException(PREFIX + "categories[" + i + "].name", "is required", null);
            }
            for (String text : cat.getExemplars()) {
                set("categories[" + i + "].exemplars", text, t -> b.example(cat.getName(), t));
            }
        }
        if (c.isCalibrate()) {
            b.calibrateConfidence();
        }
        try {
            return b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw refused("categories", e);
        }
    }

    // --- guards ---

    private void guards(SemanticRouterBuilder b, Embedder embedder, Set<String> models) {
        SemanticRouterProperties.Jailbreak j = props.getGuards().getJailbreak();
        if (j.isEnabled()) {
            JailbreakGuard.Builder g = JailbreakGuard.builder(embedder);
            set("guards.jailbreak.threshold", j.getThreshold(), g::threshold);
            set("guards.jailbreak.exemplars", j.isExemplars(), g::exemplarSignal);
            set("guards.jailbreak.learned-threshold", j.getLearnedThreshold(), g::learnedThreshold);
            set("guards.jailbreak.encoder-gate", j.getEncoderGate(), g::encoderGate);
            if (!j.isEncoder()) {
                g.encoder(null);
            }
            if (j.getCategories() != null) {
                Set<JailbreakGuard.Category> chosen = EnumSet.noneOf(JailbreakGuard.Category.class);
                set("guards.jailbreak.categories", j.getCategories(),
                        l -> l.forEach(c -> chosen.add(JailbreakGuard.Category.of(c))));
                set("guards.jailbreak.categories", chosen, g::categories);
            }
            b.guard(g.build());
        }
        SemanticRouterProperties.Pii pii = props.getGuards().getPii();
        if (pii.isEnabled()) {
            PiiGuard.Builder g = PiiGuard.builder();
            for (Map.Entry<String, List<String>> e : pii.getAllow().entrySet()) {
                String at = "guards.pii.allow." + e.getKey();
                if (!models.contains(e.getKey())) {
                    throw new SemanticRouterConfigurationException(PREFIX + at, "'" + e.getKey()
                            + "' is not one of the configured models " + models, null);
                }
                if (e.getValue().contains("*")) {
                    g.allowAll(e.getKey());
                } else {
                    set(at, e.getValue(), types -> g.allow(e.getKey(), types.toArray(String[]::new)));
                }
            }
            b.guard(g.build());
        }
    }
}
