package io.semanticrouter.server.config;

import dev.langchain4j.model.chat.ChatModel;
import io.semanticrouter.ConversationAnalyzer;
import io.semanticrouter.Embedder;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.SemanticRouterBuilder;
import io.semanticrouter.demo.DemoChatModel;
import io.semanticrouter.cache.milvus.MilvusCacheConfig;
import io.semanticrouter.classifier.CategoryModelSelector;
import io.semanticrouter.classifier.DecisionSelector;
import io.semanticrouter.classifier.DecisionSelector.Condition;
import io.semanticrouter.classifier.ExemplarClassifier;
import io.semanticrouter.classifier.ConditionSpec;
import io.semanticrouter.classifier.KeywordRule;
import io.semanticrouter.classifier.RoutingVocabulary;

import java.time.Duration;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The checks that binding cannot make: values the builders refuse, references between sections (default model,
 * model scores, decisions, guards), files that must exist, and environment variables that must be set. Collects
 * every problem, then throws one {@link ConfigException} listing them in file order.
 *
 * <p>No range rule is written here: as Caffeine's {@code CaffeineSpec} does, each value is handed to the builder
 * setter that takes it when the router is built (through the config records, see {@link Refusals}), and what a
 * setter refuses becomes a problem at the value's key, without its Java name (the key path says which setting).
 */
final class ConfigValidator {

    static final Set<String> PII_TYPES = Set.of("EMAIL", "PHONE", "CREDIT_CARD", "SSN", "IBAN", "IP_ADDRESS");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** A builder message's leading Java name of the setting, which the key path already says. */
    private static final Pattern SETTING_NAME = Pattern.compile("^[a-z][A-Za-z_]* (?=must )");
    /** What a builder's message cannot know about the file's key. */
    private static final Map<String, String> HINTS = Map.of(
            "complexity.easy", " (or give neither, to use the shipped ones)",
            "complexity.hard", " (or give neither, to use the shipped ones)",
            "semantic_cache.similarity_threshold", " (a cosine similarity: 1 serves only identical questions)",
            "semantic_cache.ttl_seconds", " (a number of seconds; leave it out for no expiry)");
    /** Stands in for the embedder in builders the checks create but never build. */
    private static final Embedder NOT_CALLED = new CheckOnlyEmbedder();
    /** Stands in for the chat model when a name is offered to the router's builder to check it. */
    private static final ChatModel NAME_CHECK = new DemoChatModel("name check", Duration.ZERO);

    /** What validation found out beyond the document itself. */
    record Resolved(Map<String, String> secrets, List<TokenAuth.Entry> tokens, MilvusCacheConfig milvus,
                    Path embedderDirectory, Path exemplarsFile, Path classifierModel, String adminToken) {
    }

    private final ConfigDocument doc;
    private final Path file;
    private final Map<String, Integer> lines;
    private final Function<String, String> env;
    private final List<ConfigException.Problem> problems = new ArrayList<>();

    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final List<TokenAuth.Entry> tokens = new ArrayList<>();
    private final Map<String, String> tokenSource = new HashMap<>(); // token -> where it came from
    private MilvusCacheConfig milvus;
    private ConversationAnalyzer conversation = ConversationAnalyzer.defaults();
    private Path embedderDirectory;
    private Path exemplarsFile;
    private Path classifierModel;
    private String adminToken;
    private final Map<String, ModelConfig> models = new LinkedHashMap<>();
    private final Set<String> categoryNames = new java.util.LinkedHashSet<>();
    private final Set<String> ruleNames = new java.util.LinkedHashSet<>();

    private ConfigValidator(ConfigDocument doc, Path file, Map<String, Integer> lines, Function<String, String> env) {
        this.doc = doc;
        this.file = file;
        this.lines = lines;
        this.env = env;
    }

    /**
     * @throws ConfigException listing every problem found
     */
    static Resolved validate(ConfigDocument doc, Path file, Map<String, Integer> lines, Function<String, String> env) {
        ConfigValidator v = new ConfigValidator(doc, file, lines, env);
        v.run();
        if (!v.problems.isEmpty()) {
            List<ConfigException.Problem> sorted = new ArrayList<>(v.problems);
            sorted.sort(Comparator.comparingInt(p -> p.line() == 0 ? Integer.MAX_VALUE : p.line()));
            throw new ConfigException(file, sorted);
        }
        return new Resolved(Map.copyOf(v.secrets), List.copyOf(v.tokens), v.milvus, v.embedderDirectory, v.exemplarsFile,
                v.classifierModel, v.adminToken);
    }

    private void problem(KeyPath path, String message) {
        problems.add(new ConfigException.Problem(path.toString(), path.line(lines), message));
    }

    /** Records a builder's refusal of a value of the section at {@code at} as a problem at the value's key. */
    private Refusals refusals(KeyPath at) {
        return (key, e) -> {
            KeyPath p = at.plus(key);
            problem(p, SETTING_NAME.matcher(e.getMessage()).replaceFirst("") + HINTS.getOrDefault(p.toString(), ""));
        };
    }

    private void run() {
        server(doc.server() == null ? ServerConfig.defaults() : doc.server(), KeyPath.of("server"));
        embedder(doc.embedder() == null ? EmbedderConfig.defaults() : doc.embedder(), KeyPath.of("embedder"));
        models();
        defaultModel();
        ClassifierConfig classifier = doc.classifier() == null ? ClassifierConfig.defaults() : doc.classifier();
        classifier(classifier, KeyPath.of("classifier"));
        categories(classifier);
        modelQuality();
        if (doc.complexity() != null) {
            complexity(doc.complexity(), KeyPath.of("complexity"));
        }
        if (doc.conversation() != null) {
            conversation = doc.conversation().analyzer(refusals(KeyPath.of("conversation")));
        }
        if (doc.toolSelection() != null) {
            doc.toolSelection().selection(refusals(KeyPath.of("tool_selection")));
        }
        keywordRules();
        decisions(classifier);
        if (doc.semanticCache() != null) {
            semanticCache(doc.semanticCache(), KeyPath.of("semantic_cache"));
        }
        if (doc.guards() != null) {
            guards(doc.guards(), KeyPath.of("guards"));
        }
    }

    // --- server ---

    private void server(ServerConfig s, KeyPath at) {
        s.settings(refusals(at));
        if (s.auth() != null) {
            auth(s.auth(), at.key("auth"));
        }
        if (s.admin() != null) {
            KeyPath p = at.key("admin").key("token_env");
            if (s.admin().tokenEnv() == null) {
                problem(p, "is required: the environment variable holding the admin token (or leave admin out)");
            } else {
                String token = secret(p, s.admin().tokenEnv());
                if (token != null) {
                    adminToken = token.strip();
                }
            }
        }
    }

    private void auth(ServerConfig.Auth a, KeyPath at) {
        if (a.bearerTokensEnv() == null && a.tokens().isEmpty()) {
            problem(at, "names no token: give bearer_tokens_env, tokens, or both (or leave auth out)");
        }
        if (a.bearerTokensEnv() != null) {
            KeyPath p = at.key("bearer_tokens_env");
            String value = secret(p, a.bearerTokensEnv());
            if (value != null) {
                int n = 0;
                for (String t : value.split(",")) {
                    if (!t.isBlank()) {
                        addToken(p, a.bearerTokensEnv(), t.strip(), null);
                        n++;
                    }
                }
                if (n == 0) {
                    problem(p, "environment variable " + a.bearerTokensEnv() + " holds no token (comma-separated)");
                }
            }
        }
        for (int i = 0; i < a.tokens().size(); i++) {
            KeyPath p = at.key("tokens").index(i);
            ServerConfig.TenantToken t = a.tokens().get(i);
            if (t == null) {
                problem(p, "must be a mapping {token_env, tenant}, was empty");
                continue;
            }
            if (t.tenant() == null || t.tenant().isBlank()) {
                problem(p.key("tenant"), "is required: the tenant every request with this token belongs to");
            } else {
                try {
                    TenantScope.checkName(t.tenant());
                } catch (IllegalArgumentException e) {
                    problem(p.key("tenant"), e.getMessage());
                }
            }
            if (t.tokenEnv() == null) {
                problem(p.key("token_env"), "is required: the environment variable holding the token");
                continue;
            }
            String value = secret(p.key("token_env"), t.tokenEnv());
            if (value != null && t.tenant() != null && !t.tenant().isBlank()) {
                addToken(p.key("token_env"), t.tokenEnv(), value.strip(), t.tenant());
            }
        }
    }

    private void addToken(KeyPath at, String variable, String token, String tenant) {
        String earlier = tokenSource.putIfAbsent(token, variable);
        if (earlier != null) {
            // never print the token; say where both copies come from
            problem(at, "the token in " + variable + " is also given by " + earlier
                    + "; each token must stand for one caller");
            return;
        }
        tokens.add(new TokenAuth.Entry(token, tenant));
    }

    /** Reads a secret from the environment; null (with a problem) when the variable is unusable. */
    private String secret(KeyPath at, String variable) {
        if (!ENV_NAME.matcher(variable).matches()) {
            // it may be the secret itself, pasted by mistake: do not repeat it
            problem(at, "must be the name of an environment variable (letters, digits and '_'), not the secret"
                    + " itself; was a value of " + variable.length() + " characters");
            return null;
        }
        String value = env.apply(variable);
        if (value == null) {
            problem(at, "environment variable " + variable + " is not set");
            return null;
        }
        if (value.isBlank()) {
            problem(at, "environment variable " + variable + " is empty");
            return null;
        }
        secrets.put(variable, value);
        return value;
    }

    // --- embedder ---

    private void embedder(EmbedderConfig e, KeyPath at) {
        String m = e.model();
        if (m.isBlank()) {
            problem(at.key("model"), "must be minilm, minilm-q or a model directory, was blank");
            return;
        }
        if (m.equals(EmbedderConfig.MINILM) || m.equals(EmbedderConfig.MINILM_QUANTIZED)) {
            return;
        }
        Path dir = resolve(m);
        if (!Files.isDirectory(dir)) {
            problem(at.key("model"), "must be minilm, minilm-q or a directory with model.onnx and tokenizer.json;"
                    + " no directory " + dir);
            return;
        }
        for (String f : List.of("model.onnx", "tokenizer.json")) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                problem(at.key("model"), "model directory " + dir + " has no " + f);
                return;
            }
        }
        embedderDirectory = dir;
    }

    // --- models ---

    private void models() {
        KeyPath at = KeyPath.of("models");
        if (doc.models().isEmpty()) {
            problem(at, "at least one model is required");
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        SemanticRouterBuilder router = SemanticRouter.builder();
        for (int i = 0; i < doc.models().size(); i++) {
            KeyPath p = at.index(i);
            ModelConfig m = doc.models().get(i);
            if (m == null) {
                problem(p, "must be a mapping with at least name and type, was empty");
                continue;
            }
            modelName(m, p.key("name"), seen, i, router);
            if (m.type() == null) {
                problem(p.key("type"), "is required: openai, anthropic or demo");
            } else if (m.type() == ModelConfig.Type.OPENAI) {
                openAi(m, p);
            } else if (m.type() == ModelConfig.Type.ANTHROPIC) {
                anthropic(m, p);
            } else {
                onlyFor(m.baseUrl(), p.key("base_url"), "types openai and anthropic");
                onlyFor(m.apiKeyEnv(), p.key("api_key_env"), "type openai");
                onlyFor(m.maxTokens(), p.key("max_tokens"), "type anthropic");
                refusals(p).call("latency_ms", m::latency);
            }
            m.openAi(refusals(p));
            if (m.pricing() != null) {
                refusals(p).call("pricing", () -> m.pricing().price());
            }
        }
    }

    /** Whether a decision has {@code strategy: cost_quality} (then prices and quality scores are read). */
    private boolean costQualityDecisions() {
        return doc.decisions().stream().anyMatch(d -> d != null && d.strategy() == DecisionConfig.Strategy.COST_QUALITY);
    }

    /** {@code models[].quality}: scores in range, read by a cost_quality decision, not also in model_scores. */
    private void modelQuality() {
        boolean costQuality = costQualityDecisions();
        Map<String, Map<String, Double>> scores = new HashMap<>();
        doc.categories().stream().filter(c -> c != null && c.name() != null)
                .forEach(c -> scores.put(c.name(), c.modelScores()));
        for (int i = 0; i < doc.models().size(); i++) {
            ModelConfig m = doc.models().get(i);
            if (m == null || m.name() == null) {
                continue;
            }
            KeyPath at = KeyPath.of("models").index(i).key("quality");
            RoutingVocabulary.modelQuality(m.name(), m.quality(), costQuality, scores)
                    .forEach(p -> problem(p.key().isEmpty() ? at : at.key(p.key()), p.message()));
        }
    }

    /** A model's name: given, not yet taken, and one {@link SemanticRouterBuilder#model} accepts. */
    private void modelName(ModelConfig m, KeyPath at, Map<String, Integer> seen, int i, SemanticRouterBuilder router) {
        if (m.name() == null) {
            problem(at, "is required");
            return;
        }
        Integer first = seen.putIfAbsent(m.name(), i);
        if (first != null) {
            problem(at, "duplicate model name '" + m.name() + "' (also models[" + first + "])");
            return;
        }
        try {
            router.model(m.name(), NAME_CHECK);
            models.put(m.name(), m);
        } catch (IllegalArgumentException e) {
            problem(at, e.getMessage());
        }
    }

    private void openAi(ModelConfig m, KeyPath p) {
        if (m.baseUrl() == null) {
            problem(p.key("base_url"), "is required for type openai, e.g. http://localhost:8000/v1 (vLLM),"
                    + " http://localhost:11434/v1 (Ollama) or https://api.openai.com/v1");
        }
        if (m.apiKeyEnv() != null) {
            secret(p.key("api_key_env"), m.apiKeyEnv());
        }
        onlyFor(m.latencyMs(), p.key("latency_ms"), "type demo");
        onlyFor(m.maxTokens(), p.key("max_tokens"), "type anthropic");
    }

    /** An {@code anthropic} model: its own key and token limit, the checks of LangChain4j's builder. */
    private void anthropic(ModelConfig m, KeyPath p) {
        if (m.apiKeyEnv() == null) {
            problem(p.key("api_key_env"), "is required for type anthropic (LangChain4j's Anthropic client sends a key),"
                    + " e.g. ANTHROPIC_API_KEY");
        } else {
            secret(p.key("api_key_env"), m.apiKeyEnv());
        }
        onlyFor(m.latencyMs(), p.key("latency_ms"), "type demo");
        onlyFor(m.reasoning(), p.key("reasoning"), "types openai and demo");
        refusals(p).call("max_tokens", m::anthropicMaxTokens);
        refusals(p).set("temperature", m.temperature(), ModelConfig::anthropicTemperature);
    }

    private void onlyFor(Object value, KeyPath at, String what) {
        if (value != null) {
            problem(at, "only applies to " + what);
        }
    }

    private void defaultModel() {
        KeyPath at = KeyPath.of("default_model");
        String d = doc.defaultModel();
        if (d == null || d.isBlank()) {
            if (doc.models().size() > 1) {
                problem(at, "is required when more than one model is configured; configured: " + models.keySet());
            }
            return;
        }
        if (!models.containsKey(d) && !doc.models().isEmpty()) {
            problem(at, "'" + d + "' is not a configured model; configured: " + models.keySet());
        }
    }

    /** Whether {@code name} is a configured model; records a problem when not. */
    private boolean modelRef(KeyPath at, String name) {
        if (name == null || name.isBlank()) {
            problem(at, "must name a configured model, was empty");
            return false;
        }
        if (!models.containsKey(name)) {
            problem(at, "'" + name + "' is not a configured model; configured: " + models.keySet());
            return false;
        }
        return true;
    }

    // --- classifier and categories ---

    private void classifier(ClassifierConfig c, KeyPath at) {
        c.selector(refusals(at));
        if (c.defaultCategories() != null) {
            if (!ClassifierConfig.SHIPPED_MODELS.contains(c.defaultCategories())) {
                problem(at.key("default_categories"), "unknown shipped category model '" + c.defaultCategories()
                        + "'; known: " + ClassifierConfig.SHIPPED_MODELS);
            } else if (c.useDefaultCategories() || c.exemplarsFile() != null) {
                problem(at.key("default_categories"), "a shipped category model cannot be combined with"
                        + " use_default_categories or exemplars_file: it learns from no exemplars");
            }
        }
        classifierType(c, at);
        if (c.exemplarsFile() != null) {
            Path f = resolve(c.exemplarsFile());
            if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
                problem(at.key("exemplars_file"), "file not found or not readable: " + f);
            } else {
                exemplarsFile = f;
            }
        }
    }

    /** {@code type}, {@code onnx} and {@code weights}: which classifier, and the parts it needs (the shared rules). */
    private void classifierType(ClassifierConfig c, KeyPath at) {
        ClassifierConfig.Onnx onnx = c.onnx();
        List<RoutingVocabulary.Problem> problems = RoutingVocabulary.classifierType(c.sharedType(), onnx != null,
                onnx == null ? null : onnx.path(), onnx == null ? null : onnx.maxTokens(), c.weights(),
                c.useDefaultCategories() || c.exemplarsFile() != null || c.defaultCategories() != null);
        problems.forEach(p -> problem(at.plus(dotted(p.key())), p.message()));
        RoutingVocabulary.calibrate(c.sharedType(), Boolean.TRUE.equals(c.calibrate()), c.defaultCategories() != null)
                .ifPresent(m -> problem(at.key("calibrate"), m));
        if (c.type() != ClassifierConfig.Type.EXEMPLARS && onnx != null && onnx.path() != null) {
            Path dir = resolve(onnx.path());
            RoutingVocabulary.onnxExport(dir).ifPresentOrElse(m -> problem(at.key("onnx").key("path"), m),
                    () -> classifierModel = dir);
        }
    }

    /** A shared rule's dotted key ({@code onnx.max_tokens}) as a key path. */
    private static KeyPath dotted(String key) {
        String[] parts = key.split("\\.");
        KeyPath p = KeyPath.of(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            p = p.key(parts[i]);
        }
        return p;
    }

    private void categories(ClassifierConfig classifier) {
        KeyPath at = KeyPath.of("categories");
        boolean decisions = !doc.decisions().isEmpty();
        for (int i = 0; i < doc.categories().size(); i++) {
            KeyPath p = at.index(i);
            CategoryConfig c = doc.categories().get(i);
            if (c == null) {
                problem(p, "must be a mapping with at least a name, was empty");
                continue;
            }
            if (c.name() == null || c.name().isBlank()) {
                problem(p.key("name"), "is required");
            } else if (!categoryNames.add(c.name())) {
                problem(p.key("name"), "duplicate category name '" + c.name() + "'");
            }
            ExemplarClassifier.Builder exemplars = ExemplarClassifier.builder(NOT_CALLED);
            refusals(p).each("exemplars", c.exemplars(), text -> exemplars.example(usable(c.name()), text));
            RoutingVocabulary.categoryExemplars(classifier.sharedType(), !c.exemplars().isEmpty())
                    .ifPresent(m -> problem(p.key("exemplars"), m));
            if (!c.exemplars().isEmpty() && classifier.defaultCategories() != null) {
                problem(p.key("exemplars"), "the shipped category model (classifier.default_categories: "
                        + classifier.defaultCategories() + ") takes no exemplars; name one of its categories");
            }
            if (c.exemplars().isEmpty() && !classifier.extendsCategories()) {
                problem(p.key("exemplars"), "a category needs exemplars unless it comes from the shipped defaults"
                        + " (classifier.use_default_categories: true) or classifier.exemplars_file");
            }
            RoutingVocabulary.categoryModelScores(c.name(), !c.modelScores().isEmpty(), decisions, costQualityDecisions())
                    .ifPresent(m -> problem(p.key("model_scores"), m));
            if (c.semanticCache() != null) {
                if (doc.semanticCache() == null) {
                    problem(p.key("semantic_cache"), "has no cache to set: the file has no semantic_cache section"
                            + " (add one, or remove these settings)");
                }
                c.semanticCache().apply(usable(c.name()), SemanticRouter.builder(), refusals(p.key("semantic_cache")));
            }
            Refusals scores = refusals(p.key("model_scores"));
            c.modelScores().forEach((model, score) -> {
                if (modelRef(p.key("model_scores").key(String.valueOf(model)), model)) {
                    scores.call(model, () -> CategoryModelSelector.builder()
                            .category(usable(c.name()), Collections.singletonMap(model, score)));
                }
            });
        }
    }

    private void complexity(ComplexityConfig c, KeyPath at) {
        if (c.model() != null) {
            String why = " is only used with examples; a complexity model carries its own threshold and training";
            if (c.threshold() != null) {
                problem(at.key("threshold"), "threshold" + why + " (give model or threshold/easy/hard, not both)");
            }
            for (String key : List.of("easy", "hard")) {
                if (!(key.equals("easy") ? c.easy() : c.hard()).isEmpty()) {
                    problem(at.key(key), key + " examples" + why + " (give model or threshold/easy/hard, not both)");
                }
            }
            c.model(this::resolve, null, refusals(at));
            return;
        }
        c.signal(NOT_CALLED, refusals(at));
        ExemplarClassifier.Builder examples = ExemplarClassifier.builder(NOT_CALLED);
        refusals(at).each("easy", c.easy(), text -> examples.example("easy", text));
        refusals(at).each("hard", c.hard(), text -> examples.example("hard", text));
    }

    /** A name to hand a builder when the file's is missing (that problem is reported at the name's key). */
    private static String usable(String name) {
        return name == null || name.isBlank() ? "unnamed" : name;
    }

    // --- keyword rules and decisions ---

    private void keywordRules() {
        KeyPath at = KeyPath.of("keyword_rules");
        boolean decisions = !doc.decisions().isEmpty();
        for (int i = 0; i < doc.keywordRules().size(); i++) {
            KeyPath p = at.index(i);
            KeywordRuleConfig r = doc.keywordRules().get(i);
            if (r == null) {
                problem(p, "must be a mapping, was empty");
                continue;
            }
            if (r.name() == null || r.name().isBlank()) {
                problem(p.key("name"), "is required");
            } else if (!ruleNames.add(r.name())) {
                problem(p.key("name"), "duplicate keyword rule name '" + r.name() + "'");
            }
            if (r.anyOf().isEmpty() && r.allOf().isEmpty() && r.regex().isEmpty()) {
                problem(p, "needs any_of, all_of or regex terms; with none it would match every question");
            }
            r.terms(KeywordRule.builder(usable(r.name())), refusals(p));
            RoutingVocabulary.keywordRuleModels(r.name(), r.models(), decisions).ifPresent(m -> problem(p.key("models"), m));
            for (int j = 0; j < r.models().size(); j++) {
                modelRef(p.key("models").index(j), r.models().get(j));
            }
        }
    }

    private void decisions(ClassifierConfig classifier) {
        KeyPath at = KeyPath.of("decisions");
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < doc.decisions().size(); i++) {
            KeyPath p = at.index(i);
            DecisionConfig d = doc.decisions().get(i);
            if (d == null) {
                problem(p, "must be a mapping {name, when, models}, was empty");
                continue;
            }
            if (d.name() == null || d.name().isBlank()) {
                problem(p.key("name"), "is required");
            } else if (!names.add(d.name())) {
                problem(p.key("name"), "duplicate decision name '" + d.name() + "'");
            }
            if (d.when() == null) {
                problem(p.key("when"), "is required: the condition, e.g. {category: math} or {always: true}");
            } else {
                condition(d.when(), p.key("when"), classifier);
                if (d.when().spec().usesReask() && !conversation.findsReasks()) {
                    problem(p.key("when"), "tests reask, which never holds here: " + (doc.conversation() != null
                            && !doc.conversation().enabled() ? "conversation.enabled is false"
                            : "conversation.reask_turns is 0") + ", so no re-ask is ever found");
                }
            }
            if (d.models().isEmpty()) {
                problem(p.key("models"), "is required: where the request goes, best first");
            }
            for (int j = 0; j < d.models().size(); j++) {
                modelRef(p.key("models").index(j), d.models().get(j));
            }
            strategy(d, p);
            if (d.toolSelection() != null) {
                d.toolSelection().selection(refusals(p.key("tool_selection")));
            }
            RoutingVocabulary.decisionReasoning(d.reasoning(), d.models(), models.values().stream()
                            .filter(m -> m != null && m.reasoning() != null).map(ModelConfig::name).toList())
                    .ifPresent(m -> problem(p.key("reasoning"), m));
        }
    }

    /** {@code strategy} and {@code min_quality}: cost_quality needs the bar and a price for every model (shared rules). */
    private void strategy(DecisionConfig d, KeyPath p) {
        boolean costQuality = d.strategy() == DecisionConfig.Strategy.COST_QUALITY;
        List<String> known = d.models().stream().filter(models::containsKey).toList();
        Set<String> priced = new java.util.HashSet<>();
        models.forEach((name, m) -> {
            if (m.pricing() != null) {
                priced.add(name);
            }
        });
        RoutingVocabulary.decisionStrategy(costQuality, d.minQuality(), known, priced)
                .forEach(x -> problem(p.plus(dotted(x.key())), x.message()));
        if (costQuality && d.minQuality() != null) {
            refusals(p).call("min_quality", () -> new DecisionSelector.Decision("check", 0, NO_CONDITION,
                    List.of("m"), null, d.minQuality()));
        }
    }

    private static final DecisionSelector.Condition NO_CONDITION = DecisionSelector.Condition.always();

    private void condition(ConditionConfig c, KeyPath at, ClassifierConfig classifier) {
        if (c == null) {
            problem(at, "a condition is required, was empty");
            return;
        }
        // the shape rules are router-classifier's (ConditionSpec), shared with the Spring starter
        Optional<ConditionSpec.Problem> shape = c.spec().nodeProblem();
        shape.ifPresent(p -> problem(p.key().isEmpty() ? at : at.key(p.key()), p.message()));
        if (shape.isPresent() && shape.get().key().isEmpty()) {
            return;
        }
        String form = c.forms().get(0);
        boolean formOk = shape.isEmpty() || !shape.get().key().equals(form);
        switch (form) {
            case "category" -> {
                if (formOk && !classifier.extendsCategories() && !categoryNames.contains(c.category())) {
                    problem(at.key("category"), "'" + c.category() + "' is not a configured category; configured: "
                            + categoryNames);
                }
                refusals(at).set("min_confidence", c.minConfidence(), v -> Condition.category(c.category(), v));
            }
            case "keyword" -> {
                if (formOk && !ruleNames.contains(c.keyword())) {
                    problem(at.key("keyword"), "'" + c.keyword() + "' is not a keyword rule; rules: " + ruleNames);
                }
            }
            case "all", "any" -> {
                List<ConditionConfig> list = c.all() != null ? c.all() : c.any();
                for (int i = 0; i < list.size(); i++) {
                    condition(list.get(i), at.key(form).index(i), classifier);
                }
            }
            case "not" -> condition(c.not(), at.key("not"), classifier);
            default -> {
                // complexity: the enum binding already checked the value; always: checked by the shape rules
            }
        }
    }

    // --- semantic cache ---

    private void semanticCache(SemanticCacheConfig c, KeyPath at) {
        c.memory(refusals(at));
        if (c.chatVerifier() != null) {
            KeyPath v = at.key("chat_verifier");
            modelRef(v.key("model"), c.chatVerifier().model());
            c.chatVerifier().verifier(NAME_CHECK, refusals(v));
        }
        if (c.backendType() == SemanticCacheConfig.Backend.MEMORY) {
            onlyFor(c.backendConfigPath(), at.key("backend_config_path"), "backend_type: milvus");
            return;
        }
        if (!c.enabled()) {
            return; // a disabled Milvus cache needs no file (it may only exist where the cache is used)
        }
        KeyPath p = at.key("backend_config_path");
        if (c.backendConfigPath() == null || c.backendConfigPath().isBlank()) {
            problem(p, "is required for backend_type: milvus (the Milvus file: connection, collection, search...)");
            return;
        }
        Path f = resolve(c.backendConfigPath());
        if (!Files.isRegularFile(f)) {
            problem(p, "file not found: " + f);
            return;
        }
        try {
            milvus = MilvusCacheConfig.fromYaml(f);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            problem(p, "the Milvus file is not usable: " + e.getMessage());
        }
    }

    // --- guards ---

    private void guards(GuardsConfig g, KeyPath at) {
        if (g.pii() != null) {
            KeyPath p = at.key("pii").key("allow");
            g.pii().allow().forEach((model, types) -> {
                KeyPath m = p.key(String.valueOf(model));
                modelRef(m, model);
                if (types == null) {
                    problem(m, "must list PII types, e.g. [EMAIL, PHONE] or [\"*\"] for all");
                    return;
                }
                for (int i = 0; i < types.size(); i++) {
                    String t = types.get(i);
                    if (t == null || !(t.equals("*") || PII_TYPES.contains(t.toUpperCase(Locale.ROOT)))) {
                        problem(m.index(i), "must be one of " + new java.util.TreeSet<>(PII_TYPES)
                                + " or \"*\", was " + (t == null ? "empty" : "'" + t + "'"));
                    }
                }
            });
        }
        if (g.jailbreak() != null) {
            g.jailbreak().guard(NOT_CALLED, refusals(at.key("jailbreak")));
            if (g.jailbreak().encoder() instanceof String path && !path.isBlank()) {
                try {
                    io.semanticrouter.classifier.JailbreakEncoder.check(resolve(path));
                } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                    problem(at.key("jailbreak").key("encoder"), e.getMessage());
                }
            }
        }
    }

    private Path resolve(String p) {
        return RouterConfig.resolve(file, p);
    }
}
