package io.semanticrouter.server.config;

import io.semanticrouter.cache.memory.EvictionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading and validating the YAML file: no embedder, no network. */
class RouterConfigTest {

    static final Path EXAMPLE = Path.of("config/router.example.yaml");
    static final Path MILVUS_EXAMPLE = Path.of("config/milvus.example.yaml");

    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();

    private Path write(String name, String yaml) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, yaml);
        return f;
    }

    private RouterConfig load(String yaml) throws IOException {
        return RouterConfig.load(write("router.yaml", yaml), env::get);
    }

    private ConfigException error(String yaml) throws IOException {
        Path f = write("router.yaml", yaml);
        try {
            RouterConfig.load(f, env::get);
        } catch (ConfigException e) {
            assertThat(e.file()).isEqualTo(f.toAbsolutePath().normalize());
            assertThat(e.getMessage()).startsWith(f.toAbsolutePath().normalize().toString());
            return e;
        }
        throw new AssertionError("expected a ConfigException for:\n" + yaml);
    }

    private static final String TWO_DEMO_MODELS = """
            models:
              - name: small
                type: demo
              - name: strong
                type: demo
            default_model: small
            """;

    // --- the shipped example ---

    @Test
    void exampleConfigLoadsWithItsDocumentedValues() {
        RouterConfig c = RouterConfig.load(EXAMPLE, env::get);

        assertThat(c.models()).extracting(ModelConfig::name).containsExactly("small", "strong");
        assertThat(c.models()).allSatisfy(m -> assertThat(m.type()).isEqualTo(ModelConfig.Type.DEMO));
        assertThat(c.model("small").orElseThrow().model()).isEqualTo("small");
        assertThat(c.defaultModel()).isEqualTo("small");
        assertThat(c.categories()).extracting(CategoryConfig::name).containsExactly("coding", "math", "small_talk");
        assertThat(c.categories().get(1).modelScores()).containsEntry("strong", 0.95).containsEntry("small", 0.3);
        assertThat(c.keywordRules()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("billing");
            assertThat(r.models()).containsExactly("strong");
        });
        assertThat(c.decisions()).isEmpty();
        SemanticCacheConfig cache = c.semanticCache();
        assertThat(cache.enabled()).isTrue();
        assertThat(cache.backendType()).isEqualTo(SemanticCacheConfig.Backend.MEMORY);
        assertThat(cache.similarityThreshold()).isEqualTo(0.8);
        assertThat(cache.ttlSeconds()).isEqualTo(3600L);
        assertThat(cache.evictionPolicy()).isEqualTo(EvictionPolicy.LRU);
        assertThat(c.guards().pii().allow()).containsOnlyKeys("strong");
        assertThat(c.guards().jailbreak().threshold()).isEqualTo(0.8);
        ServerSettings s = c.serverSettings();
        assertThat(s.port()).isEqualTo(8080);
        assertThat(s.maxBodyBytes()).isEqualTo(1 << 20);
        assertThat(s.requestTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(s.tenantHeader()).isEqualTo("X-Tenant");
        assertThat(s.auth().enabled()).isFalse();
    }

    /**
     * The example shows decisions as a commented alternative to model_scores and keyword overrides: with the
     * block uncommented, and model_scores and the rule's models left out as its comment says, the file loads.
     */
    @Test
    void exampleConfigsCommentedDecisionsAreAValidAlternative() throws IOException {
        StringBuilder b = new StringBuilder();
        boolean inDecisions = false;
        for (String line : Files.readAllLines(EXAMPLE)) {
            inDecisions |= line.startsWith("# decisions:");
            if (inDecisions && line.startsWith("#")) {
                b.append(line.substring(2)).append('\n');
                continue;
            }
            inDecisions = false;
            b.append(line).append('\n');
        }
        String text = b.toString()
                .replaceAll("    model_scores:\n(      .*\n)+", "")
                .replace("    none_of: [\"refund policy\"]\n    models: [strong]\n", "    none_of: [\"refund policy\"]\n");

        RouterConfig c = load(text);

        assertThat(c.decisions()).extracting(DecisionConfig::name).containsExactly("hard-math", "billing", "chat");
        assertThat(c.decisions().get(0).reasoning()).isEqualTo("high");
        assertThat(c.categories()).allSatisfy(cat -> assertThat(cat.modelScores()).isEmpty());
        assertThat(c.keywordRules().get(0).models()).isEmpty();
    }

    @Test
    void leftOutSectionsTakeTheirDefaults() throws IOException {
        RouterConfig c = load("""
                models:
                  - name: only
                    type: demo
                """);

        assertThat(c.defaultModel()).isEqualTo("only");
        assertThat(c.server().host()).isEqualTo("127.0.0.1");
        assertThat(c.server().port()).isEqualTo(8080);
        assertThat(c.embedder().model()).isEqualTo("minilm");
        assertThat(c.semanticCache().enabled()).isFalse();
        assertThat(c.guards().pii()).isNull();
        assertThat(c.classifier().minConfidence()).isEqualTo(0.5);
        assertThat(c.model("only").orElseThrow().latencyMs()).isZero();
    }

    @Test
    void toolSelectionRanksThroughTheQueryAdapterUnlessTheFileTurnsItOff() throws IOException {
        String models = "models:\n  - name: only\n    type: demo\n";
        RouterConfig on = load(models + "tool_selection:\n  top_k: 5\n");
        assertThat(on.toolSelection().selection(Refusals.THROW).queryAdapter()).isTrue();
        RouterConfig off = load(models + "tool_selection:\n  top_k: 5\n  query_adapter: false\n");
        assertThat(off.toolSelection().selection(Refusals.THROW).queryAdapter()).isFalse();
        assertThat(off.toolSelection().selection(Refusals.THROW).topK()).isEqualTo(5);
        assertThatThrownBy(() -> load(models + "tool_selection:\n  query_adapter: sometimes\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("tool_selection.query_adapter");
    }

    @Test
    void openAiModelReadsItsKeyFromTheEnvironmentAndNeverPrintsIt() throws IOException {
        env.put("UPSTREAM_KEY", "sk-test-0123456789");
        RouterConfig c = load("""
                models:
                  - name: gpt
                    type: openai
                    base_url: https://api.openai.com/v1
                    model: gpt-4o-mini
                    api_key_env: UPSTREAM_KEY
                    timeout_seconds: 30
                    max_retries: 0
                    temperature: 0.3
                    reasoning: reasoning_effort
                """);

        ModelConfig m = c.model("gpt").orElseThrow();
        assertThat(m.type()).isEqualTo(ModelConfig.Type.OPENAI);
        assertThat(m.model()).isEqualTo("gpt-4o-mini");
        assertThat(m.reasoning()).isEqualTo(ModelConfig.Reasoning.REASONING_EFFORT);
        assertThat(m.latencyMs()).isNull();
        assertThat(c.secret("UPSTREAM_KEY")).isEqualTo("sk-test-0123456789");
        assertThat(c.toString()).doesNotContain("sk-test");
        assertThat(m.toString()).doesNotContain("sk-test");
    }

    // --- binding errors: unknown keys, wrong types ---

    @Test
    void unknownKeyNamesItsPathLineAndTheLikelyKey() throws IOException {
        ConfigException e = error("""
                models:
                  - name: small
                    type: demo
                  - name: big
                    type: openai
                    base_urll: http://localhost:8000/v1
                default_model: small
                """);

        assertThat(e.path()).isEqualTo("models[1].base_urll");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.getMessage()).contains(":6: models[1].base_urll: unknown key 'base_urll'; did you mean 'base_url'?");
    }

    @Test
    void unknownTopLevelSectionIsRefused() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + "semantic_cach:\n  enabled: true\n");

        assertThat(e.path()).isEqualTo("semantic_cach");
        assertThat(e.getMessage()).contains("did you mean 'semantic_cache'?");
    }

    @Test
    void aKeyWrittenIntoTheFileIsRefusedWithoutRepeatingIt() throws IOException {
        ConfigException e = error("""
                models:
                  - name: gpt
                    type: openai
                    base_url: https://api.openai.com/v1
                    api_key: sk-live-secret-value
                """);

        assertThat(e.path()).isEqualTo("models[0].api_key");
        assertThat(e.getMessage()).contains("secrets never go in this file").contains("api_key_env")
                .doesNotContain("sk-live-secret-value");
    }

    @Test
    void wrongTypeNamesThePathTheLineAndWhatWasExpected() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                server:
                  port: eighty
                """);

        assertThat(e.path()).isEqualTo("server.port");
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.getMessage()).endsWith("server.port: must be a whole number, was 'eighty'");
    }

    @Test
    void quotedNumberIsNotSilentlyConverted() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                semantic_cache:
                  similarity_threshold: "0.9"
                """);

        assertThat(e.path()).isEqualTo("semantic_cache.similarity_threshold");
        assertThat(e.getMessage()).contains("must be a number, was '0.9'");
    }

    @Test
    void numberWhereTextBelongsIsRefused() throws IOException {
        ConfigException e = error("""
                models:
                  - name: 42
                    type: demo
                """);

        assertThat(e.path()).isEqualTo("models[0].name");
        assertThat(e.getMessage()).contains("must be text");
    }

    @Test
    void mappingWhereAListBelongsIsRefused() throws IOException {
        ConfigException e = error("""
                models:
                  name: small
                  type: demo
                """);

        assertThat(e.path()).isEqualTo("models");
        assertThat(e.getMessage()).contains("must be a list, was a mapping");
    }

    @Test
    void unknownEnumValueListsTheAcceptedOnes() throws IOException {
        ConfigException e = error("""
                models:
                  - name: small
                    type: bedrock
                """);

        assertThat(e.path()).isEqualTo("models[0].type");
        assertThat(e.getMessage()).contains("must be one of openai, anthropic, demo, was 'bedrock'");
    }

    @Test
    void evictionPolicyUsesTheCacheVocabulary() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                semantic_cache:
                  eviction_policy: random
                """);

        assertThat(e.path()).isEqualTo("semantic_cache.eviction_policy");
        assertThat(e.getMessage()).contains("must be one of fifo, lru, lfu, was 'random'");
    }

    @Test
    void annIndexPicksTheInMemoryIndexAndRefusesOtherNames() throws IOException {
        assertThat(load(TWO_DEMO_MODELS + "semantic_cache:\n  enabled: true\n").semanticCache().annIndex()).isNull();
        SemanticCacheConfig c = load(TWO_DEMO_MODELS + "semantic_cache:\n  ann_index: clusters\n").semanticCache();
        assertThat(c.annIndex()).isEqualTo(io.semanticrouter.cache.memory.AnnIndex.CLUSTERS);
        try (io.semanticrouter.cache.memory.InMemorySemanticCache cache = c.memory(Refusals.THROW).build()) {
            assertThat(cache.annIndex()).isEqualTo(io.semanticrouter.cache.memory.AnnIndex.CLUSTERS);
        }

        ConfigException e = error(TWO_DEMO_MODELS + "semantic_cache:\n  ann_index: hnsw\n");
        assertThat(e.path()).isEqualTo("semantic_cache.ann_index");
        assertThat(e.getMessage()).contains("graph").contains("clusters").contains("hnsw");
    }

    @Test
    void coalescingIsOnByDefaultAndTheCacheSectionCanTurnItOff() throws IOException {
        assertThat(load(TWO_DEMO_MODELS + "semantic_cache:\n  enabled: true\n").semanticCache().coalesceMisses()).isTrue();
        assertThat(load(TWO_DEMO_MODELS + "semantic_cache:\n  coalesce_misses: false\n").semanticCache()
                .coalesceMisses()).isFalse();

        ConfigException e = error(TWO_DEMO_MODELS + "semantic_cache:\n  coalesce_misses: sometimes\n");
        assertThat(e.path()).isEqualTo("semantic_cache.coalesce_misses");
    }

    @Test
    void duplicateKeyIsAnError() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + "default_model: strong\n");

        assertThat(e.path()).isEqualTo("default_model");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.getMessage()).endsWith(":7: default_model: appears twice at the same level; each key may be given once");
    }

    @Test
    void brokenYamlReportsTheLine() throws IOException {
        ConfigException e = error("models:\n  - name: small\n    type: demo\n  - name: \"strong\n    type: demo\n");

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("not valid YAML");
    }

    @Test
    void emptyAndMissingFilesAreClearErrors() throws IOException {
        assertThat(error("# nothing here\n").getMessage()).contains("no settings");
        assertThatThrownBy(() -> RouterConfig.load(dir.resolve("absent.yaml"), env::get))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("absent.yaml")
                .hasMessageContaining("cannot read the configuration file");
    }

    // --- semantic checks ---

    @Test
    void defaultModelMustBeConfigured() throws IOException {
        ConfigException e = error("""
                models:
                  - name: small
                    type: demo
                default_model: huge
                """);

        assertThat(e.path()).isEqualTo("default_model");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("'huge' is not a configured model; configured: [small]");
    }

    @Test
    void defaultModelIsRequiredWithSeveralModels() throws IOException {
        ConfigException e = error("""
                models:
                  - name: small
                    type: demo
                  - name: strong
                    type: demo
                """);

        assertThat(e.path()).isEqualTo("default_model");
        assertThat(e.getMessage()).contains("is required when more than one model is configured");
    }

    @Test
    void modelScoresMustNameConfiguredModels() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                categories:
                  - name: math
                    exemplars: ["Solve 2x + 1 = 5"]
                    model_scores:
                      strong: 0.9
                      gigantic: 0.8
                """);

        assertThat(e.path()).isEqualTo("categories[0].model_scores.gigantic");
        assertThat(e.line()).isEqualTo(12);
        assertThat(e.getMessage()).contains("'gigantic' is not a configured model; configured: [small, strong]");
    }

    @Test
    void modelScoreOutOfRangeIsRefused() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                categories:
                  - name: math
                    exemplars: ["Solve 2x + 1 = 5"]
                    model_scores: {strong: 1.5}
                """);

        assertThat(e.path()).isEqualTo("categories[0].model_scores.strong");
        assertThat(e.getMessage()).contains("score of model 'strong' in category 'math' must be in [0, 1], was 1.5");
    }

    @Test
    void duplicateModelAndCategoryNamesAreRefused() throws IOException {
        ConfigException e = error("""
                models:
                  - name: small
                    type: demo
                  - name: small
                    type: demo
                default_model: small
                categories:
                  - name: math
                    exemplars: ["Solve 2x + 1 = 5"]
                  - name: math
                    exemplars: ["What is 7 times 8?"]
                """);

        assertThat(e.problems()).extracting(ConfigException.Problem::path)
                .containsExactly("models[1].name", "categories[1].name");
        assertThat(e.problems().get(0).message()).contains("duplicate model name 'small' (also models[0])");
        assertThat(e.problems().get(1).message()).contains("duplicate category name 'math'");
        assertThat(e.getMessage()).contains("2 problems");
    }

    @Test
    void missingEnvironmentVariableIsNamed() throws IOException {
        ConfigException e = error("""
                models:
                  - name: gpt
                    type: openai
                    base_url: https://api.openai.com/v1
                    api_key_env: OPENAI_API_KEY
                """);

        assertThat(e.path()).isEqualTo("models[0].api_key_env");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("environment variable OPENAI_API_KEY is not set");
    }

    @Test
    void emptyEnvironmentVariableIsAnError() throws IOException {
        env.put("OPENAI_API_KEY", "  ");
        ConfigException e = error("""
                models:
                  - name: gpt
                    type: openai
                    base_url: https://api.openai.com/v1
                    api_key_env: OPENAI_API_KEY
                """);

        assertThat(e.getMessage()).contains("environment variable OPENAI_API_KEY is empty");
    }

    @Test
    void aKeyPastedIntoApiKeyEnvIsNotRepeated() throws IOException {
        ConfigException e = error("""
                models:
                  - name: gpt
                    type: openai
                    base_url: https://api.openai.com/v1
                    api_key_env: sk-proj-abc123-secret
                """);

        assertThat(e.path()).isEqualTo("models[0].api_key_env");
        assertThat(e.getMessage()).contains("must be the name of an environment variable")
                .doesNotContain("sk-proj-abc123-secret");
    }

    @Test
    void openAiModelNeedsAUsableBaseUrl() throws IOException {
        ConfigException missing = error("""
                models:
                  - name: gpt
                    type: openai
                """);
        ConfigException bad = error("""
                models:
                  - name: gpt
                    type: openai
                    base_url: localhost:8000/v1
                """);

        assertThat(missing.path()).isEqualTo("models[0].base_url");
        assertThat(missing.getMessage()).contains("is required for type openai").contains("http://localhost:8000/v1");
        assertThat(bad.path()).isEqualTo("models[0].base_url");
        assertThat(bad.getMessage()).contains("must start with http:// or https://");
        ConfigException more = error("""
                models:
                  - name: a
                    type: openai
                    base_url: "http:///v1"
                  - name: b
                    type: openai
                    base_url: http://user:pw@localhost:8000/v1
                  - name: c
                    type: openai
                    base_url: "http://local host/v1"
                default_model: a
                """);
        assertThat(more.problems()).extracting(p -> p.path() + ": " + p.message()).containsExactly(
                "models[0].base_url: must name a host, was 'http:///v1'",
                "models[1].base_url: must not carry credentials (user:password@); use api_key_env",
                "models[2].base_url: must be a valid URL, was 'http://local host/v1' (Illegal character in authority)");
    }

    @Test
    void demoAndOpenAiKeysDoNotMix() throws IOException {
        ConfigException e = error("""
                models:
                  - name: small
                    type: demo
                    base_url: http://localhost:8000/v1
                  - name: gpt
                    type: openai
                    base_url: http://localhost:8000/v1
                    latency_ms: 20
                default_model: small
                """);

        assertThat(e.problems()).extracting(ConfigException.Problem::path)
                .containsExactly("models[0].base_url", "models[1].latency_ms");
        assertThat(e.problems().get(0).message()).isEqualTo("only applies to types openai and anthropic");
        assertThat(e.problems().get(1).message()).isEqualTo("only applies to type demo");
    }

    @Test
    void anthropicModelsNeedAKeyAndTakeTheirOwnTemperatureRangeAndMaxTokens() throws IOException {
        ConfigException e = error("""
                models:
                  - name: claude
                    type: anthropic
                    temperature: 1.5
                    max_tokens: 0
                    latency_ms: 5
                  - name: claude-local
                    type: anthropic
                    base_url: "http://local host/v1"
                    api_key_env: NO_SUCH_VARIABLE_FOR_THIS_TEST
                  - name: gpt
                    type: openai
                    base_url: http://localhost:8000/v1
                    max_tokens: 100
                default_model: gpt
                """);

        assertThat(e.problems()).extracting(ConfigException.Problem::path).containsExactlyInAnyOrder(
                "models[0].api_key_env", "models[0].latency_ms", "models[0].max_tokens", "models[0].temperature",
                "models[1].api_key_env", "models[1].base_url", "models[2].max_tokens");
        assertThat(e.getMessage()).contains("is required for type anthropic")
                .contains("must be in [0, 1] for type anthropic, was 1.5")
                .contains("must be 1 to 1000000, was 0")
                .contains("only applies to type anthropic");

        env.put("CLAUDE_KEY", "sk-ant-test");
        RouterConfig fine = load("""
                models:
                  - name: claude
                    type: anthropic
                    api_key_env: CLAUDE_KEY
                    model: claude-sonnet-4-5
                """);
        ModelConfig claude = fine.models().get(0);
        assertThat(claude.type()).isEqualTo(ModelConfig.Type.ANTHROPIC);
        assertThat(claude.maxTokens()).isEqualTo(ModelConfig.DEFAULT_ANTHROPIC_MAX_TOKENS);
        assertThat(claude.baseUrl()).isNull(); // Anthropic's own, https://api.anthropic.com/v1
    }

    @Test
    void reservedAndOutOfRangeModelSettingsAreRefused() throws IOException {
        ConfigException e = error("""
                models:
                  - name: auto
                    type: demo
                  - name: gpt
                    type: openai
                    base_url: http://localhost:8000/v1
                    timeout_seconds: 0
                    temperature: 3.5
                default_model: gpt
                """);

        assertThat(e.problems()).extracting(ConfigException.Problem::path)
                .containsExactly("models[0].name", "models[1].timeout_seconds", "models[1].temperature");
        assertThat(e.getMessage()).contains("'auto' is reserved").contains("must be in [0, 2], was 3.5");
    }

    @Test
    void modelRangesAndNamesAreCheckedWhereTheModelsAreBuilt() throws IOException {
        ConfigException e = error("""
                models:
                  - name: " "
                    type: demo
                    latency_ms: 700000
                    max_retries: 11
                  - name: gpt
                    type: openai
                    base_url: http://localhost:8000/v1
                    model: " "
                default_model: gpt
                """);

        assertThat(e.problems()).extracting(p -> p.path() + ": " + p.message()).containsExactly(
                "models[0].name: model name must not be blank, was ' '",
                "models[0].model: must not be blank (leave it out to send the name)", // the name is sent upstream
                "models[0].latency_ms: must be in 0..600000, was 700000",
                "models[0].max_retries: must be in 0..10, was 11",
                "models[1].model: must not be blank (leave it out to send the name)");
    }

    @Test
    void complexityExamplesComeInPairsAndAreNotBlank() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                complexity:
                  easy: ["What is 2 + 2?", " "]
                """);

        assertThat(e.problems()).extracting(p -> p.path() + ": " + p.message()).containsExactly(
                "complexity.hard: examples need both labels 'easy' and 'hard'; none for hard" // at complexity's line
                        + " (or give neither, to use the shipped ones)",
                "complexity.easy[1]: example text of 'easy' must not be blank");
    }

    @Test
    void aComplexityModelIsCheckedAtItsKeyAndExcludesExamples() throws IOException {
        Files.writeString(dir.resolve("wrong.json"), "{\"kind\": \"strong-weak-selector\", \"format_version\": 7}");
        ConfigException e = error(TWO_DEMO_MODELS + """
                complexity:
                  model: wrong.json
                  threshold: 0.7
                  hard: ["Prove it"]
                """);

        assertThat(e.problems()).extracting(p -> p.path() + ": " + p.message()).containsExactly(
                "complexity.model: " + dir.resolve("wrong.json").toAbsolutePath().normalize()
                        + " has format_version 7; this library reads format_version 1",
                "complexity.threshold: threshold is only used with examples; a complexity model carries its own threshold"
                        + " and training (give model or threshold/easy/hard, not both)",
                "complexity.hard: hard examples is only used with examples; a complexity model carries its own"
                        + " threshold and training (give model or threshold/easy/hard, not both)");
        assertThat(error(TWO_DEMO_MODELS + """
                complexity:
                  model: missing.json
                """).problems()).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("complexity.model");
                    assertThat(p.message()).contains("missing.json: no such complexity model file");
                });
        assertThat(error(TWO_DEMO_MODELS + """
                complexity:
                  model: " "
                """).problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("must be routellm-mmlu or a complexity model file, was blank"));
        RouterConfig shipped = load(TWO_DEMO_MODELS + """
                complexity:
                  model: routellm-mmlu
                """);
        assertThat(shipped.complexity().model()).isEqualTo("routellm-mmlu");
        assertThat(shipped.complexity().threshold()).isNull();
    }

    @Test
    void similarityThresholdAboveOneIsExplained() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                semantic_cache:
                  backend_type: memory
                  similarity_threshold: 1.7
                """);

        assertThat(e.path()).isEqualTo("semantic_cache.similarity_threshold");
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.getMessage()).contains("semantic_cache.similarity_threshold: must be in (0, 1], was 1.7");
    }

    @Test
    void followUpContextAndChatVerifierAreReadWithTheirDefaults() throws IOException {
        SemanticCacheConfig plain = load(TWO_DEMO_MODELS + "semantic_cache:\n  backend_type: memory\n").semanticCache();
        assertThat(plain.followUpContext()).isTrue();
        assertThat(plain.spelling()).isTrue();
        assertThat(plain.chatVerifier()).isNull();

        SemanticCacheConfig set = load(TWO_DEMO_MODELS + """
                semantic_cache:
                  follow_up_context: false
                  spelling: false
                  chat_verifier:
                    model: small
                    grey_zone: [0.82, 0.95]
                    timeout_ms: 500
                """).semanticCache();
        assertThat(set.followUpContext()).isFalse();
        assertThat(set.spelling()).isFalse();
        assertThat(set.chatVerifier().model()).isEqualTo("small");
        assertThat(set.chatVerifier().greyZone()).containsExactly(0.82, 0.95);
        assertThat(set.chatVerifier().timeoutMs()).isEqualTo(500L);
    }

    @Test
    void followUpContextMustBeTrueOrFalse() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                semantic_cache:
                  follow_up_context: maybe
                """);

        assertThat(e.path()).isEqualTo("semantic_cache.follow_up_context");
        assertThat(e.getMessage()).contains("true or false");
    }

    @Test
    void spellingMustBeTrueOrFalse() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                semantic_cache:
                  spelling: sometimes
                """);

        assertThat(e.path()).isEqualTo("semantic_cache.spelling");
        assertThat(e.getMessage()).contains("true or false");
    }

    @Test
    void chatVerifierValuesAreCheckedByItsBuilderAndItsModelMustBeConfigured() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                semantic_cache:
                  chat_verifier:
                    model: tiny
                    grey_zone: [0.9, 0.8]
                    timeout_ms: 0
                """);

        assertThat(e.problems()).extracting(ConfigException.Problem::path).containsExactly(
                "semantic_cache.chat_verifier.model", "semantic_cache.chat_verifier.grey_zone",
                "semantic_cache.chat_verifier.timeout_ms");
        assertThat(e.getMessage()).contains("'tiny' is not a configured model")
                .contains("semantic_cache.chat_verifier.grey_zone: must satisfy 0 <= from < to <= 1, was [0.9, 0.8)")
                .contains("semantic_cache.chat_verifier.timeout_ms: must be positive");

        ConfigException one = error(TWO_DEMO_MODELS + """
                semantic_cache:
                  chat_verifier:
                    model: small
                    grey_zone: [0.8]
                """);
        assertThat(one.path()).isEqualTo("semantic_cache.chat_verifier.grey_zone");
        assertThat(one.getMessage()).contains("must be two similarities [from, to]");
    }

    @Test
    void aCategorysCacheSettingsAreReadAndEachRefusalIsReportedAtItsKey() throws IOException {
        String categories = TWO_DEMO_MODELS + """
                semantic_cache:
                  similarity_threshold: 0.8
                categories:
                  - name: news
                    exemplars: ["What happened in the election?"]
                    model_scores: {small: 1.0}
                    semantic_cache:
                      similarity_threshold: %s
                      ttl_seconds: %s
                      enabled: %s
                """;
        CategoryConfig.CacheSettings read = load(categories.formatted("0.7", "120", "false")).categories().get(0)
                .semanticCache();
        assertThat(read).isEqualTo(new CategoryConfig.CacheSettings(0.7, 120L, false));

        ConfigException e = error(categories.formatted("1.5", "0", "sometimes"));
        assertThat(e.problems()).extracting(ConfigException.Problem::path)
                .containsExactly("categories[0].semantic_cache.enabled");
        ConfigException ranges = error(categories.formatted("1.5", "0", "true"));
        assertThat(ranges.problems()).extracting(ConfigException.Problem::path).containsExactly(
                "categories[0].semantic_cache.similarity_threshold", "categories[0].semantic_cache.ttl_seconds");
        assertThat(ranges.getMessage()).contains("categories[0].semantic_cache.ttl_seconds: must be positive");

        ConfigException unknown = error(categories.formatted("0.9", "60", "true").replace("enabled:", "enable:"));
        assertThat(unknown.path()).isEqualTo("categories[0].semantic_cache.enable");
    }

    @Test
    void classifierTypeNeedsItsPartsAndRefusesTheOthersAtTheirKeys() throws IOException {
        Path export = dir.resolve("export");
        Files.createDirectories(export);
        Files.writeString(export.resolve("model.onnx"), "not read while validating");
        Files.writeString(export.resolve("config.json"), "{}");
        ConfigException missing = error(TWO_DEMO_MODELS + "classifier:\n  type: onnx\n");
        assertThat(missing.path()).isEqualTo("classifier.onnx.path");
        assertThat(missing.getMessage()).contains("is required with type: onnx");

        ConfigException wrong = error(TWO_DEMO_MODELS + """
                classifier:
                  type: exemplars
                  onnx: {path: export}
                  weights: {embedding: 1.0}
                """);
        assertThat(wrong.problems()).extracting(ConfigException.Problem::path)
                .containsExactly("classifier.onnx", "classifier.weights");

        ConfigException ensemble = error(TWO_DEMO_MODELS + """
                classifier:
                  type: ensemble
                  onnx: {path: nowhere, max_tokens: 1}
                  weights: {embedding: -1.0, rules: 1.0}
                """);
        assertThat(ensemble.problems()).extracting(p -> p.path() + ": " + p.message()).anySatisfy(
                m -> assertThat(m).startsWith("classifier.onnx.path: the directory ").endsWith("nowhere does not exist"))
                .contains("classifier.onnx.max_tokens: must be at least 2, was 1")
                .anySatisfy(m -> assertThat(m).startsWith("classifier.weights.embedding: ").contains("positive"))
                .anySatisfy(m -> assertThat(m).startsWith("classifier.weights.rules: unknown ensemble member"));

        ConfigException onnxWithExemplars = error(TWO_DEMO_MODELS + """
                classifier:
                  type: onnx
                  onnx: {path: export}
                  use_default_categories: true
                categories:
                  - name: math
                    exemplars: ["What is 2 + 2?"]
                """);
        assertThat(onnxWithExemplars.problems()).extracting(ConfigException.Problem::path)
                .containsExactly("classifier.type", "categories[0].exemplars");

        ConfigException unknownType = error(TWO_DEMO_MODELS + "classifier:\n  type: neural\n");
        assertThat(unknownType.path()).isEqualTo("classifier.type");
        assertThat(unknownType.getMessage()).contains("exemplars").contains("onnx").contains("ensemble");

        ClassifierConfig ok = load(TWO_DEMO_MODELS + """
                classifier:
                  type: ensemble
                  onnx: {path: export, max_tokens: 128}
                  weights: {onnx: 3.0}
                """).classifier();
        assertThat(ok.type()).isEqualTo(ClassifierConfig.Type.ENSEMBLE);
        assertThat(ok.weight("onnx")).isEqualTo(3.0);
        assertThat(ok.weight("embedding")).isEqualTo(1.0);
        assertThat(ok.onnx().tokens()).isEqualTo(128);
    }

    @Test
    void aModelsQualityScoresAreInRangeReadByCostQualityAndGivenOnce() throws IOException {
        String yaml = """
                models:
                  - name: small
                    type: demo
                    pricing: {prompt_per_1m: 0.1, completion_per_1m: 0.4}
                    quality: %s
                  - name: strong
                    type: demo
                    pricing: {prompt_per_1m: 3, completion_per_1m: 15}
                default_model: small
                categories:
                  - name: math
                    exemplars: ["What is 2 + 2?"]
                    model_scores: {strong: 0.9}
                decisions:
                  - name: all
                    when: {always: true}
                    models: [strong, small]
                    %s
                """;
        String costQuality = "strategy: cost_quality\n    min_quality: 0.5";
        assertThat(load(yaml.formatted("{math: 0.6}", costQuality)).models().get(0).quality()).containsEntry("math", 0.6);
        assertThat(load(yaml.formatted("{}", costQuality)).models().get(1).quality()).isEmpty();

        ConfigException range = error(yaml.formatted("{math: 1.5}", costQuality));
        assertThat(range.path()).isEqualTo("models[0].quality.math");
        assertThat(range.getMessage()).contains("[0, 1]");
        ConfigException unused = error(yaml.formatted("{math: 0.6}", "min_quality: 0.5").replace(
                "    model_scores: {strong: 0.9}\n", ""));
        assertThat(unused.problems()).extracting(p -> p.path() + ": " + p.message()).contains(
                "models[0].quality: is only read by decisions with strategy: cost_quality, and none has it");
        ConfigException twice = error(yaml.formatted("{math: 0.6}", costQuality).replace("{strong: 0.9}",
                "{strong: 0.9, small: 0.7}"));
        assertThat(twice.path()).isEqualTo("models[0].quality.math");
        assertThat(twice.getMessage()).contains("is also given in the model_scores of category 'math'; give the score once");
    }

    @Test
    void costQualityNeedsPricesABarAndReadsModelScoresWithDecisions() throws IOException {
        String yaml = """
                models:
                  - name: small
                    type: demo
                    pricing: {prompt_per_1m: %s, completion_per_1m: 0.4}
                  - name: strong
                    type: demo
                    %s
                default_model: small
                categories:
                  - name: math
                    exemplars: ["What is 2 + 2?"]
                    model_scores: {strong: 0.9, small: 0.6}
                decisions:
                  - name: all
                    when: {always: true}
                    models: [strong, small]
                    %s
                """;
        RouterConfig ok = load(yaml.formatted("0.1", "pricing: {prompt_per_1m: 3, completion_per_1m: 15}",
                "strategy: cost_quality\n    min_quality: 0.5"));
        assertThat(ok.models().get(0).pricing()).isEqualTo(new ModelConfig.Pricing(0.1, 0.4));
        assertThat(ok.decisions().get(0).strategy()).isEqualTo(DecisionConfig.Strategy.COST_QUALITY);

        ConfigException e = error(yaml.formatted("-1", "latency_ms: 0", "strategy: cost_quality"));
        assertThat(e.problems()).extracting(p -> p.path() + ": " + p.message()).anySatisfy(
                m -> assertThat(m).startsWith("models[0].pricing: ").contains("prompt_per_1m must be a price"))
                .anySatisfy(m -> assertThat(m).startsWith("decisions[0].min_quality: is required"))
                .anySatisfy(m -> assertThat(m).startsWith("decisions[0].models: ").contains("'strong' has no"));

        ConfigException ordered = error(yaml.formatted("0.1", "latency_ms: 0", "min_quality: 0.5"));
        assertThat(ordered.problems()).extracting(p -> p.path() + ": " + p.message()).containsExactly(
                "categories[0].model_scores: is not used when decisions are configured, unless a decision has"
                        + " strategy: cost_quality; route the category with a decision ({category: math}) instead",
                "decisions[0].min_quality: is only used with strategy: cost_quality");
        ConfigException bar = error(yaml.formatted("0.1", "pricing: {prompt_per_1m: 1}",
                "strategy: cost_quality\n    min_quality: 1.5"));
        assertThat(bar.path()).isEqualTo("decisions[0].min_quality");
        assertThat(bar.getMessage()).contains("decisions[0].min_quality: must be in [0, 1], was 1.5");
    }

    @Test
    void negativeTtlIsRefused() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                semantic_cache:
                  ttl_seconds: -60
                """);

        assertThat(e.path()).isEqualTo("semantic_cache.ttl_seconds");
        assertThat(e.getMessage()).contains("semantic_cache.ttl_seconds: must be positive, was PT-1M"
                + " (a number of seconds; leave it out for no expiry)");
    }

    @Test
    void milvusBackendNeedsItsConfigPath() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                semantic_cache:
                  backend_type: milvus
                """);

        assertThat(e.path()).isEqualTo("semantic_cache.backend_config_path");
        assertThat(e.getMessage()).contains("is required for backend_type: milvus");
    }

    @Test
    void milvusConfigPathMustExistRelativeToTheConfigFile() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                semantic_cache:
                  backend_type: milvus
                  backend_config_path: conf/milvus.yaml
                """);

        assertThat(e.path()).isEqualTo("semantic_cache.backend_config_path");
        assertThat(e.getMessage()).contains("file not found: " + dir.resolve("conf/milvus.yaml").toAbsolutePath());
    }

    @Test
    void milvusFileIsResolvedRelativeToTheConfigFileAndRead() throws IOException {
        Files.createDirectories(dir.resolve("conf"));
        Files.copy(MILVUS_EXAMPLE, dir.resolve("conf/milvus.yaml"));

        RouterConfig c = load(TWO_DEMO_MODELS + """
                semantic_cache:
                  backend_type: milvus
                  backend_config_path: conf/milvus.yaml
                  similarity_threshold: 0.9
                """);

        assertThat(c.resolve("conf/milvus.yaml")).isEqualTo(dir.resolve("conf/milvus.yaml").toAbsolutePath().normalize());
        assertThat(c.milvus().collection().name()).isEqualTo("semantic_cache");
        assertThat(c.milvus().collection().dimension()).isEqualTo(384);
        assertThat(c.milvus().connection().uri()).isEqualTo("http://localhost:19530");
    }

    @Test
    void aBrokenMilvusFileFailsTheLoadNamingBothFiles() throws IOException {
        write("milvus.yaml", "connection:\n  host: localhost\n  prot: 19530\n");

        ConfigException e = error(TWO_DEMO_MODELS + """
                semantic_cache:
                  backend_type: milvus
                  backend_config_path: milvus.yaml
                """);

        assertThat(e.path()).isEqualTo("semantic_cache.backend_config_path");
        assertThat(e.getMessage()).contains("milvus.yaml: unknown key 'connection.prot'");
    }

    @Test
    void aDisabledMilvusCacheNeedsNoFile() throws IOException {
        RouterConfig c = load(TWO_DEMO_MODELS + """
                semantic_cache:
                  enabled: false
                  backend_type: milvus
                  backend_config_path: only-in-production/milvus.yaml
                """);

        assertThat(c.semanticCache().enabled()).isFalse();
        assertThat(c.milvus()).isNull();
    }

    @Test
    void memoryBackendRefusesAMilvusFile() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                semantic_cache:
                  backend_config_path: milvus.yaml
                """);

        assertThat(e.path()).isEqualTo("semantic_cache.backend_config_path");
        assertThat(e.getMessage()).contains("only applies to backend_type: milvus");
    }

    @Test
    void severalProblemsAreReportedTogetherInFileOrder() throws IOException {
        ConfigException e = error("""
                server:
                  port: 70000
                models:
                  - name: small
                    type: demo
                default_model: big
                semantic_cache:
                  similarity_threshold: 0
                  max_entries: 0
                """);

        assertThat(e.problems()).extracting(ConfigException.Problem::path).containsExactly(
                "server.port", "default_model", "semantic_cache.similarity_threshold", "semantic_cache.max_entries");
        assertThat(e.problems()).extracting(ConfigException.Problem::line).containsExactly(2, 6, 8, 9);
        assertThat(e.getMessage()).contains("4 problems").contains("line 2: server.port: must be in 0..65535");
    }

    @Test
    void everyRangeIsTheBuildersAndEveryRefusalIsReportedAtItsKey() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                server:
                  host: " "
                  request_timeout_seconds: 0
                  tenant_header: "X Tenant"
                classifier:
                  min_confidence: 1.5
                  min_margin: 2.5
                  min_similarity: -2
                categories:
                  - name: math
                    exemplars: ["Solve 2x + 1 = 5"]
                complexity:
                  threshold: 0.2
                decisions:
                  - name: math
                    when: {category: math, min_confidence: -0.1}
                    models: [strong]
                semantic_cache:
                  similarity_threshold: 1.7
                  max_entries: -5
                guards:
                  jailbreak:
                    threshold: 1.1
                """);

        assertThat(e.problems()).extracting(p -> p.path() + ": " + p.message()).containsExactly(
                "server.host: must not be blank",
                "server.request_timeout_seconds: must be at least 1 s, was 0 ms",
                "server.tenant_header: must be an HTTP header name (letters, digits, '-'), was 'X Tenant'",
                "classifier.min_confidence: must be in [0, 1], was 1.5",
                "classifier.min_margin: must be in [0, 2] (a gap between two cosine similarities), was 2.5",
                "classifier.min_similarity: must be in [-1, 1], was -2.0",
                "complexity.threshold: must be in [0.5, 1], was 0.2",
                "decisions[0].when.min_confidence: must be in [0, 1], was -0.1",
                "semantic_cache.similarity_threshold: must be in (0, 1], was 1.7"
                        + " (a cosine similarity: 1 serves only identical questions)",
                "semantic_cache.max_entries: must be > 0, was -5",
                "guards.jailbreak.threshold: must be in [0.5, 1], was 1.1");
        // the same rules, in code
        assertThatThrownBy(() -> ServerSettings.builder().port(70_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("port must be in 0..65535 (0 picks a free port), was 70000");
        assertThatThrownBy(() -> ServerSettings.builder().requestTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("requestTimeout must be at least 1 s, was 0 ms");
    }

    // --- categories, keyword rules, decisions ---

    @Test
    void categoryWithoutExemplarsNeedsTheDefaultSetOrAFile() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                categories:
                  - name: coding
                    model_scores: {strong: 1.0}
                """);
        RouterConfig withDefaults = load(TWO_DEMO_MODELS + """
                classifier:
                  use_default_categories: true
                categories:
                  - name: coding
                    model_scores: {strong: 1.0}
                """);

        assertThat(e.path()).isEqualTo("categories[0].exemplars");
        assertThat(e.getMessage()).contains("use_default_categories");
        assertThat(withDefaults.classifier().useDefaultCategories()).isTrue();
    }

    @Test
    void theShippedMmluProModelIsNamedByDefaultCategoriesAndNeedsNoExemplars() throws IOException {
        RouterConfig c = load(TWO_DEMO_MODELS + """
                classifier:
                  default_categories: mmlu-pro
                categories:
                  - name: law
                    model_scores: {strong: 1.0}
                """);

        assertThat(c.classifier().defaultCategories()).isEqualTo("mmlu-pro");
    }

    @Test
    void anUnknownDefaultCategoriesModelFailsAtItsKey() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                classifier:
                  default_categories: mmlu-redux
                """);

        assertThat(e.path()).isEqualTo("classifier.default_categories");
        assertThat(e.getMessage()).contains("unknown shipped category model 'mmlu-redux'").contains("mmlu-pro");
    }

    @Test
    void theShippedModelTakesNoExemplars() throws IOException {
        ConfigException withExemplars = error(TWO_DEMO_MODELS + """
                classifier:
                  default_categories: mmlu-pro
                categories:
                  - name: law
                    exemplars: ["is a handshake deal binding?"]
                    model_scores: {strong: 1.0}
                """);
        ConfigException withDefaults = error(TWO_DEMO_MODELS + """
                classifier:
                  default_categories: mmlu-pro
                  use_default_categories: true
                """);

        assertThat(withExemplars.path()).isEqualTo("categories[0].exemplars");
        assertThat(withExemplars.getMessage()).contains("takes no exemplars");
        assertThat(withDefaults.path()).isEqualTo("classifier.default_categories");
        assertThat(withDefaults.getMessage()).contains("cannot be combined with use_default_categories");
    }

    @Test
    void keywordRulesNeedModelsWithoutDecisions() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                keyword_rules:
                  - name: refunds
                    any_of: [refund]
                """);

        assertThat(e.path()).isEqualTo("keyword_rules[0].models");
        assertThat(e.getMessage()).contains("is required");
    }

    @Test
    void keywordRuleWithABadRegexIsRefused() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                keyword_rules:
                  - name: ids
                    regex: ["ticket-[0-9+"]
                    models: [strong]
                """);

        assertThat(e.path()).isEqualTo("keyword_rules[0].regex[0]");
        assertThat(e.getMessage()).contains("bad regular expression");
    }

    @Test
    void decisionsAreCheckedAgainstModelsRulesAndCategories() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                categories:
                  - name: math
                    exemplars: ["Solve 2x + 1 = 5"]
                    model_scores: {strong: 1.0}
                keyword_rules:
                  - name: refunds
                    any_of: [refund]
                    models: [strong]
                decisions:
                  - name: billing
                    when: {keyword: refund}
                    models: [strong]
                  - name: sums
                    when: {category: algebra, min_confidence: 0.6}
                    models: [tiny]
                  - name: both
                    when: {category: math, complexity: hard}
                    models: [strong]
                    reasoning: high
                """);

        assertThat(e.problems()).extracting(ConfigException.Problem::path).containsExactly(
                "categories[0].model_scores",
                "keyword_rules[0].models",
                "decisions[0].when.keyword",
                "decisions[1].when.category",
                "decisions[1].models[0]",
                "decisions[2].when",
                "decisions[2].reasoning");
        assertThat(e.getMessage())
                .contains("is not used when decisions are configured")
                .contains("'refund' is not a keyword rule; rules: [refunds]")
                .contains("'algebra' is not a configured category; configured: [math]")
                .contains("'tiny' is not a configured model")
                .contains("has more than one form (category, complexity)")
                .contains("none of the decision's models [strong] says how to pass a reasoning mode");
    }

    @Test
    void nestedConditionsAreReadAndCheckedWithTheirPaths() throws IOException {
        RouterConfig ok = load(TWO_DEMO_MODELS + """
                categories:
                  - name: math
                    exemplars: ["Solve 2x + 1 = 5"]
                decisions:
                  - name: hard-math
                    priority: 5
                    when:
                      all:
                        - {category: math, min_confidence: 0.7}
                        - not: {complexity: easy}
                    models: [strong]
                  - name: rest
                    when: {always: true}
                    models: [small]
                """);
        ConfigException e = error(TWO_DEMO_MODELS + """
                decisions:
                  - name: odd
                    when:
                      any:
                        - {always: false}
                        - {min_confidence: 0.5}
                        - {complexity: medium}
                    models: [small]
                """);

        ConditionConfig when = ok.decisions().get(0).when();
        assertThat(ok.decisions().get(0).priority()).isEqualTo(5);
        assertThat(when.all()).hasSize(2);
        assertThat(when.all().get(0).minConfidence()).isEqualTo(0.7);
        assertThat(when.all().get(1).not().complexity()).isEqualTo(ConditionConfig.Level.EASY);
        assertThat(e.path()).isEqualTo("decisions[0].when.any[2].complexity");
        assertThat(e.getMessage()).contains("must be one of hard, easy, was 'medium'");
    }

    @Test
    void conditionFormsAreValidated() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                decisions:
                  - name: odd
                    when:
                      any:
                        - {always: false}
                        - {min_confidence: 0.5}
                        - {}
                    models: [small]
                """);

        assertThat(e.problems()).extracting(ConfigException.Problem::path).containsExactly(
                "decisions[0].when.any[0].always", "decisions[0].when.any[1]", "decisions[0].when.any[2]");
        assertThat(e.getMessage()).contains("must be true").contains("is empty: give one of category");
    }

    @Test
    void reaskConditionsAreReadAndValidatedLikeTheOtherForms() throws IOException {
        RouterConfig ok = load(TWO_DEMO_MODELS + """
                decisions:
                  - name: again
                    when: {reask: true}
                    models: [strong]
                  - name: rest
                    when: {not: {reask: true}}
                    models: [small]
                """);
        ConfigException e = error(TWO_DEMO_MODELS + """
                decisions:
                  - name: odd
                    when: {reask: true, always: true}
                    models: [small]
                """);

        assertThat(ok.decisions().get(0).when().reask()).isTrue();
        assertThat(ok.decisions().get(1).when().not().reask()).isTrue();
        assertThat(e.path()).isEqualTo("decisions[0].when");
        assertThat(e.getMessage()).contains("more than one form (always, reask)");
    }

    @Test
    void aCategorysCacheSettingsNeedASemanticCacheSection() throws IOException {
        String category = """
                categories:
                  - name: news
                    exemplars: ["What happened in the markets today?"]
                    semantic_cache: {enabled: false}
                """;
        ConfigException none = error(TWO_DEMO_MODELS + category);
        assertThat(none.path()).isEqualTo("categories[0].semantic_cache");
        assertThat(none.getMessage()).contains("has no cache to set: the file has no semantic_cache section");
        assertThat(load(TWO_DEMO_MODELS + category + "semantic_cache:\n  enabled: false\n").categories().get(0)
                .semanticCache()).as("a cache switched off for a while keeps its category settings").isNotNull();
    }

    @Test
    void calibrateIsOnlyForTheExemplarClassifier() throws IOException {
        assertThat(load(TWO_DEMO_MODELS + "classifier:\n  calibrate: true\n  use_default_categories: true\n")
                .classifier().calibrate()).isTrue();
        ConfigException shipped = error(TWO_DEMO_MODELS
                + "classifier:\n  calibrate: true\n  default_categories: mmlu-pro\n");
        assertThat(shipped.path()).isEqualTo("classifier.calibrate");
        assertThat(shipped.getMessage()).contains("only the exemplar classifier is calibrated");
    }

    @Test
    void aReaskTestThatCanNeverHoldIsRefusedAtItsDecision() throws IOException {
        String decisions = """
                decisions:
                  - name: again
                    when: {not: {reask: true}}
                    models: [strong]
                  - name: rest
                    when: {always: true}
                    models: [small]
                """;
        ConfigException off = error(TWO_DEMO_MODELS + "conversation:\n  enabled: false\n" + decisions);
        ConfigException none = error(TWO_DEMO_MODELS + "conversation:\n  reask_turns: 0\n" + decisions);

        for (ConfigException e : java.util.List.of(off, none)) {
            assertThat(e.path()).isEqualTo("decisions[0].when");
        }
        assertThat(off.getMessage()).contains("tests reask, which never holds here: conversation.enabled is false");
        assertThat(none.getMessage()).contains("tests reask, which never holds here: conversation.reask_turns is 0");
    }

    @Test
    void theConversationSectionIsReadAndEachValueCheckedAtItsKey() throws IOException {
        RouterConfig ok = load(TWO_DEMO_MODELS + """
                conversation:
                  follow_ups: false
                  reask_threshold: 0.8
                  reask_turns: 2
                """);
        ConfigException e = error(TWO_DEMO_MODELS + """
                conversation:
                  context_turns: 4
                  reask_threshold: 1.2
                  reask_turns: -1
                """);

        assertThat(ok.conversation().followUps()).isFalse();
        assertThat(ok.conversation().enabled()).isTrue();
        assertThat(ok.conversation().reaskThreshold()).isEqualTo(0.8);
        assertThat(load(TWO_DEMO_MODELS).conversation().enabled()).isTrue();
        assertThat(e.problems()).extracting(ConfigException.Problem::path).containsExactly(
                "conversation.context_turns", "conversation.reask_threshold", "conversation.reask_turns");
        assertThat(e.getMessage()).contains("conversation.context_turns: must be in [1, 3], was 4")
                .contains("conversation.reask_threshold: must be in (0, 1], was 1.2")
                .contains("conversation.reask_turns: must be in [0, 3], was -1");
    }

    // --- server, guards, embedder ---

    @Test
    void bearerTokensComeFromTheEnvironmentAndMapToTenants() throws IOException {
        env.put("ROUTER_TOKENS", "alpha-token, beta-token");
        env.put("TEAM_A_TOKEN", "team-a-token");
        RouterConfig c = load(TWO_DEMO_MODELS + """
                server:
                  auth:
                    bearer_tokens_env: ROUTER_TOKENS
                    tokens:
                      - token_env: TEAM_A_TOKEN
                        tenant: team-a
                """);

        TokenAuth auth = c.serverSettings().auth();
        assertThat(auth.enabled()).isTrue();
        assertThat(auth.size()).isEqualTo(3);
        assertThat(auth.authenticate("beta-token")).contains(new TokenAuth.Grant(null));
        assertThat(auth.authenticate("team-a-token")).contains(new TokenAuth.Grant("team-a"));
        assertThat(auth.authenticate("gamma-token")).isEmpty();
        assertThat(auth.authenticate(null)).isEmpty();
        assertThat(auth.toString()).doesNotContain("token,").doesNotContain("alpha").contains("3 tokens");
        assertThat(c.serverSettings().toString()).doesNotContain("alpha-token").doesNotContain("team-a-token");
    }

    @Test
    void aTokenGivenTwiceIsRefusedWithoutPrintingIt() throws IOException {
        env.put("ROUTER_TOKENS", "shared-token");
        env.put("TEAM_A_TOKEN", "shared-token");
        ConfigException e = error(TWO_DEMO_MODELS + """
                server:
                  auth:
                    bearer_tokens_env: ROUTER_TOKENS
                    tokens:
                      - token_env: TEAM_A_TOKEN
                        tenant: team-a
                """);

        assertThat(e.path()).isEqualTo("server.auth.tokens[0].token_env");
        assertThat(e.getMessage()).contains("also given by ROUTER_TOKENS").doesNotContain("shared-token");
    }

    @Test
    void serverValuesOutOfRangeAreRefused() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                server:
                  port: -1
                  max_body_bytes: 0
                  tenant_header: "X Tenant"
                  auth: {}
                """);

        assertThat(e.problems()).extracting(ConfigException.Problem::path).containsExactly(
                "server.port", "server.max_body_bytes", "server.tenant_header", "server.auth");
    }

    @Test
    void piiGuardChecksModelsAndTypes() throws IOException {
        ConfigException e = error(TWO_DEMO_MODELS + """
                guards:
                  pii:
                    allow:
                      strong: ["*"]
                      small: [EMAIL, PASSPORT]
                      local: [EMAIL]
                  jailbreak:
                    threshold: 0.3
                """);

        assertThat(e.problems()).extracting(ConfigException.Problem::path).containsExactly(
                "guards.pii.allow.small[1]", "guards.pii.allow.local", "guards.jailbreak.threshold");
        assertThat(e.getMessage()).contains("was 'PASSPORT'").contains("'local' is not a configured model")
                .contains("must be in [0.5, 1], was 0.3");
    }

    @Test
    void jailbreakGuardCategoriesAndLearnedThresholdAreReadAndChecked() throws IOException {
        RouterConfig c = load(TWO_DEMO_MODELS + """
                guards:
                  jailbreak:
                    categories: [jailbreak]
                    learned_threshold: 0.6
                    exemplars: true
                """);
        assertThat(c.guards().jailbreak().categories()).containsExactly("jailbreak");
        assertThat(c.guards().jailbreak().learnedThreshold()).isEqualTo(0.6);
        assertThat(c.guards().jailbreak().exemplars()).isTrue();

        ConfigException e = error(TWO_DEMO_MODELS + """
                guards:
                  jailbreak:
                    categories: [jailbreak, violence]
                    learned_threshold: 1.5
                """);
        assertThat(e.problems()).extracting(p -> p.path() + ": " + p.message()).containsExactly(
                "guards.jailbreak.categories[1]: unknown jailbreak guard category 'violence'; known: jailbreak, unsafe",
                "guards.jailbreak.learned_threshold: must be in (0, 1), was 1.5");
    }

    @Test
    void jailbreakEncoderSettingsAreReadAndChecked() throws IOException {
        RouterConfig off = load(TWO_DEMO_MODELS + """
                guards:
                  jailbreak:
                    encoder: false
                    encoder_gate: 0.1
                """);
        assertThat(off.guards().jailbreak().encoder()).isEqualTo(false);
        assertThat(off.guards().jailbreak().encoderGate()).isEqualTo(0.1);

        Files.write(dir.resolve("broken.bin"), new byte[] {'S', 'R', 'J', 'X', 0, 0, 0, 2, '{', '}'});
        ConfigException e = error(TWO_DEMO_MODELS + """
                guards:
                  jailbreak:
                    encoder: broken.bin
                    encoder_gate: 1.0
                """);
        assertThat(e.problems()).extracting(p -> p.path() + ": " + p.message()).containsExactlyInAnyOrder(
                "guards.jailbreak.encoder_gate: must be in [0, 1), was 1.0",
                "guards.jailbreak.encoder: " + dir.resolve("broken.bin").toAbsolutePath().normalize()
                        + ": not a jailbreak encoder file: it does not start with SRJE");
        ConfigException missing = error(TWO_DEMO_MODELS + "guards:\n  jailbreak:\n    encoder: nowhere.bin\n");
        assertThat(missing.path()).isEqualTo("guards.jailbreak.encoder");
        assertThat(missing.getMessage()).contains("nowhere.bin");
        ConfigException number = error(TWO_DEMO_MODELS + "guards:\n  jailbreak:\n    encoder: 3\n");
        assertThat(number.getMessage()).contains("guards.jailbreak.encoder: must be true, false or the path of an encoder file, was 3");
    }

    @Test
    void embedderDirectoryMustHoldAModel() throws IOException {
        Files.createDirectories(dir.resolve("models/bge"));
        ConfigException missing = error(TWO_DEMO_MODELS + "embedder:\n  model: models/e5\n");
        ConfigException empty = error(TWO_DEMO_MODELS + "embedder:\n  model: models/bge\n");

        assertThat(missing.path()).isEqualTo("embedder.model");
        assertThat(missing.getMessage()).contains("no directory " + dir.resolve("models/e5").toAbsolutePath());
        assertThat(empty.getMessage()).contains("has no model.onnx");
    }

    @Test
    void connectionLimitsHaveDefaultsTakeTheFilesValuesAndRefuseOutOfRangeOnesByKey() throws IOException {
        ConnectionLimits defaults = load(TWO_DEMO_MODELS).serverSettings().limits();
        assertThat(defaults.headerTimeout()).isEqualTo(java.time.Duration.ofSeconds(10));
        assertThat(defaults.bodyTimeout()).isEqualTo(java.time.Duration.ofSeconds(30));
        assertThat(defaults.idleTimeout()).isEqualTo(java.time.Duration.ofSeconds(60));
        assertThat(defaults.maxConnections()).isEqualTo(1024);
        assertThat(defaults.maxHeaderBytes()).isEqualTo(16 * 1024);
        assertThat(defaults.maxHeaders()).isEqualTo(100);
        assertThat(defaults.streamBufferBytes()).isEqualTo(64 * 1024);

        ConnectionLimits set = load(TWO_DEMO_MODELS + """
                server:
                  header_timeout_seconds: 5
                  body_timeout_seconds: 7
                  idle_timeout_seconds: 9
                  max_connections: 50
                  max_header_bytes: 4096
                  max_headers: 20
                  stream_buffer_bytes: 8192
                """).serverSettings().limits();
        assertThat(set.headerTimeout()).isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(set.bodyTimeout()).isEqualTo(java.time.Duration.ofSeconds(7));
        assertThat(set.idleTimeout()).isEqualTo(java.time.Duration.ofSeconds(9));
        assertThat(set.maxConnections()).isEqualTo(50);
        assertThat(set.maxHeaderBytes()).isEqualTo(4096);
        assertThat(set.maxHeaders()).isEqualTo(20);
        assertThat(set.streamBufferBytes()).isEqualTo(8192);

        ConfigException e = error(TWO_DEMO_MODELS + """
                server:
                  header_timeout_seconds: 0
                  body_timeout_seconds: 7200
                  idle_timeout_seconds: -3
                  max_connections: 0
                  max_header_bytes: 100
                  max_headers: 1
                  stream_buffer_bytes: 10
                """);
        assertThat(e.problems()).extracting(ConfigException.Problem::path).containsExactly(
                "server.header_timeout_seconds", "server.body_timeout_seconds", "server.idle_timeout_seconds",
                "server.max_connections", "server.max_header_bytes", "server.max_headers", "server.stream_buffer_bytes");
        assertThat(e.problems()).extracting(ConfigException.Problem::line).containsExactly(8, 9, 10, 11, 12, 13, 14);
        assertThat(e.getMessage()).contains("server.header_timeout_seconds: must be between 1 s and 1 hour, was 0 ms")
                .contains("server.max_headers: must be in [8, 10000], was 1");
        // the builder is the one rule: the same values fail the same way in code
        assertThatThrownBy(() -> ConnectionLimits.builder().maxConnections(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxConnections must be in [1, 1000000], was 0");
    }

    @Test
    void aTokenTenantThatReadsAsAnotherKindOfScopeIsRefusedWithItsKeyPath() throws IOException {
        env.put("A_TOKEN", "tok-a");
        env.put("B_TOKEN", "tok-b");
        env.put("C_TOKEN", "tok-c");
        ConfigException e = error(TWO_DEMO_MODELS + """
                server:
                  auth:
                    tokens:
                      - token_env: A_TOKEN
                        tenant: "header:team-a"
                      - token_env: B_TOKEN
                        tenant: "team-b "
                      - token_env: C_TOKEN
                        tenant: "Token:team-c"
                """);

        assertThat(e.problems()).extracting(ConfigException.Problem::path).containsExactly(
                "server.auth.tokens[0].tenant", "server.auth.tokens[1].tenant", "server.auth.tokens[2].tenant");
        assertThat(e.problems()).extracting(ConfigException.Problem::line).containsExactly(11, 13, 15);
        assertThat(e.getMessage()).contains("is ambiguous: 'header:team-a' starts with 'header:'")
                .contains("must not begin or end with whitespace, was 'team-b '")
                .contains("'Token:team-c' starts with 'token:'");
    }

    @Test
    void tokenAndHeaderTenantsOfTheSameNameGetScopesThatNeverCoincide() {
        assertThat(TenantScope.ofToken("team-a")).isNotEqualTo(TenantScope.ofHeader("team-a"));
        // the old string prefix made these two the same scope
        assertThat(TenantScope.ofToken("header:team-a")).isNotEqualTo(TenantScope.ofHeader("team-a"));
        assertThat(TenantScope.ofHeader("token:6:x")).isNotEqualTo(TenantScope.ofToken("x"));
        assertThat(TenantScope.ofHeader("team-a")).isNotEqualTo(TenantScope.SHARED);
    }
}
