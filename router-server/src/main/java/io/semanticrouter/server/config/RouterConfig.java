package io.semanticrouter.server.config;

import io.semanticrouter.cache.milvus.MilvusCacheConfig;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A validated router configuration, read from one YAML file with {@link #load(Path)}; turn it into a running
 * router with {@link RouterFactory#create(RouterConfig)}.
 *
 * <p>Top-level keys (snake_case; each section's record documents its own keys and defaults):
 * <ul>
 *   <li>{@code server} ({@link ServerConfig}): address, body limit, timeout, tenant header, bearer tokens</li>
 *   <li>{@code embedder} ({@link EmbedderConfig}): the sentence-embedding model</li>
 *   <li>{@code models} ({@link ModelConfig}, required): the models requests can go to</li>
 *   <li>{@code default_model}: the model used when routing has no opinion (required with several models)</li>
 *   <li>{@code classifier} ({@link ClassifierConfig}) and {@code categories} ({@link CategoryConfig}): the
 *       category classifier and, without decisions, its {@code model_scores}</li>
 *   <li>{@code keyword_rules} ({@link KeywordRuleConfig}), {@code decisions} ({@link DecisionConfig}) and
 *       {@code complexity} ({@link ComplexityConfig}): rule-based routing on several signals</li>
 *   <li>{@code semantic_cache} ({@link SemanticCacheConfig}): memory or Milvus</li>
 *   <li>{@code guards} ({@link GuardsConfig}): PII and jailbreak</li>
 *   <li>{@code conversation} ({@link ConversationConfig}): follow-ups and re-asks read from earlier turns</li>
 *   <li>{@code tool_selection} ({@link ToolSelectionConfig}): sends a model only the tools most relevant to the
 *       question (also per decision)</li>
 * </ul>
 *
 * <p>Loading fails at once, with a {@link ConfigException} naming the file, the line and the key path, on an
 * unknown key, a value of the wrong type, a value out of range, a reference to a model, category or keyword
 * rule that is not configured, a file that does not exist, or an environment variable that is not set.
 * Secrets (API keys, bearer tokens) are read from environment variables named in the file, never from the file
 * itself, and never appear in {@link #toString()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class RouterConfig {

    private final Path file;
    private final ConfigDocument doc;
    private final ConfigValidator.Resolved resolved;
    private final Map<String, Integer> lines;

    private RouterConfig(Path file, ConfigDocument doc, ConfigValidator.Resolved resolved, Map<String, Integer> lines) {
        this.file = file;
        this.doc = doc;
        this.resolved = resolved;
        this.lines = lines;
    }

    /**
     * Reads and validates a configuration file, taking environment variables from the process environment.
     *
     * @throws ConfigException      if the file cannot be read or is not a valid configuration
     * @throws NullPointerException if file is null
     */
    public static RouterConfig load(Path file) {
        return load(file, System::getenv);
    }

    /**
     * Reads and validates a configuration file, looking environment variables up with {@code environment}
     * (tests pass a map's {@code get}).
     *
     * @param environment returns a variable's value, or {@code null} when it is not set
     * @throws ConfigException      if the file cannot be read or is not a valid configuration
     * @throws NullPointerException if an argument is null
     */
    public static RouterConfig load(Path file, Function<String, String> environment) {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(environment, "environment must not be null");
        Path absolute = file.toAbsolutePath().normalize();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(absolute)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ConfigException.of(absolute, "", 0, "is not UTF-8 text", e);
        } catch (IOException e) {
            throw ConfigException.of(absolute, "", 0, "cannot read the configuration file: " + e, e);
        }
        Map<String, Integer> lines = Map.copyOf(ConfigReader.lines(text));
        ConfigDocument doc = ConfigReader.read(text, absolute, lines);
        ConfigValidator.Resolved resolved = ConfigValidator.validate(doc, absolute, lines, environment);
        return new RouterConfig(absolute, doc, resolved, lines);
    }

    /** The configuration file (absolute); relative paths in it are resolved against its directory. */
    public Path file() {
        return file;
    }

    /** The {@code server} section, with defaults when the file has none. */
    public ServerConfig server() {
        return doc.server() == null ? ServerConfig.defaults() : doc.server();
    }

    /** The {@code embedder} section, with defaults when the file has none. */
    public EmbedderConfig embedder() {
        return doc.embedder() == null ? EmbedderConfig.defaults() : doc.embedder();
    }

    /** The configured models, in file order. */
    public List<ModelConfig> models() {
        return doc.models();
    }

    /** The model called {@code name}, if configured. */
    public Optional<ModelConfig> model(String name) {
        return doc.models().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The default model: {@code default_model}, or the only model when there is one and the key is left out. */
    public String defaultModel() {
        String d = doc.defaultModel();
        return d == null || d.isBlank() ? doc.models().get(0).name() : d;
    }

    /** The {@code classifier} section, with defaults when the file has none. */
    public ClassifierConfig classifier() {
        return doc.classifier() == null ? ClassifierConfig.defaults() : doc.classifier();
    }

    /** The {@code categories}, in file order (empty when none). */
    public List<CategoryConfig> categories() {
        return doc.categories();
    }

    /** The {@code conversation} section, with defaults when the file has none. */
    public ConversationConfig conversation() {
        return doc.conversation() == null ? ConversationConfig.defaults() : doc.conversation();
    }

    /** The {@code tool_selection} section, or {@code null} when the file has none (selection off). */
    public ToolSelectionConfig toolSelection() {
        return doc.toolSelection();
    }

    /** The {@code complexity} section, with defaults when the file has none. */
    public ComplexityConfig complexity() {
        return doc.complexity() == null ? ComplexityConfig.defaults() : doc.complexity();
    }

    /** The {@code keyword_rules}, in file order (empty when none). */
    public List<KeywordRuleConfig> keywordRules() {
        return doc.keywordRules();
    }

    /** The {@code decisions}, in file order (empty when none). */
    public List<DecisionConfig> decisions() {
        return doc.decisions();
    }

    /** The {@code semantic_cache} section; disabled when the file has none. */
    public SemanticCacheConfig semanticCache() {
        return doc.semanticCache() == null ? SemanticCacheConfig.disabled() : doc.semanticCache();
    }

    /** The {@code guards} section; no guards when the file has none. */
    public GuardsConfig guards() {
        return doc.guards() == null ? GuardsConfig.none() : doc.guards();
    }

    /**
     * A path named in the file, resolved against the file's directory (absolute paths stay as they are).
     *
     * @throws NullPointerException if path is null
     */
    public Path resolve(String path) {
        Objects.requireNonNull(path, "path must not be null");
        return resolve(file, path);
    }

    /** {@code path} resolved against the directory of the configuration file {@code file}. */
    static Path resolve(Path file, String path) {
        Path dir = file.getParent();
        return (dir == null ? Path.of(path) : dir.resolve(path)).toAbsolutePath().normalize();
    }

    /** The server settings with defaults applied and tokens read from the environment. */
    public ServerSettings serverSettings() {
        ServerConfig s = server();
        TokenAuth auth = s.auth() == null ? TokenAuth.disabled() : TokenAuth.of(resolved.tokens());
        return s.settings(Refusals.THROW).auth(auth).build();
    }

    /**
     * The admin API's token check ({@code server.admin.token_env}), or empty when the file sets no admin token (then
     * the gateway has no admin endpoints). The token itself is kept as a digest only.
     */
    public Optional<TokenAuth> adminAuth() {
        String token = resolved.adminToken();
        return token == null ? Optional.empty() : Optional.of(TokenAuth.of(List.of(new TokenAuth.Entry(token, null))));
    }

    /** The file as bound (absent sections null), for {@link EffectiveConfig}. */
    ConfigDocument document() {
        return doc;
    }

    /** The value of an environment variable the file names (read and checked at load time). */
    String secret(String variable) {
        return resolved.secrets().get(variable);
    }

    /** The Milvus file's settings, when the cache is an enabled Milvus cache. */
    MilvusCacheConfig milvus() {
        return resolved.milvus();
    }

    /** The embedder directory, when {@code embedder.model} names one. */
    Path embedderDirectory() {
        return resolved.embedderDirectory();
    }

    /** The exemplar file, when {@code classifier.exemplars_file} names one. */
    Path exemplarsFile() {
        return resolved.exemplarsFile();
    }

    /** The resolved {@code classifier.onnx.path}, or {@code null}. */
    Path classifierModel() {
        return resolved.classifierModel();
    }

    /** An error found while building from this (valid) file, located like a load-time one. */
    ConfigException problem(KeyPath path, String message, Throwable cause) {
        return ConfigException.of(file, path.toString(), path.line(lines), message, cause);
    }

    /** A summary: the file, the models and what is switched on; no secrets. */
    @Override
    public String toString() {
        return "RouterConfig[file=" + file + ", models=" + doc.models().stream().map(ModelConfig::name).toList()
                + ", default_model=" + defaultModel() + ", categories=" + categories().size()
                + ", decisions=" + decisions().size() + ", keyword_rules=" + keywordRules().size()
                + ", semantic_cache=" + (semanticCache().enabled() ? semanticCache().backendType() : "off") + "]";
    }
}
