package io.semanticrouter.server.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.semanticrouter.ModelPrice;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.semanticrouter.OpenAiModelSettings;

import java.time.Duration;
import java.util.Map;

/**
 * One entry of {@code models}: a model the router may send requests to, under the name the rest of the file
 * (and the caller's {@code model} field) uses.
 *
 * <pre>
 * models:
 *   - name: small                          # required, unique; "auto" is reserved for routed requests
 *     type: openai                         # required: openai | anthropic | demo
 *     base_url: http://localhost:8000/v1   # openai: required (vLLM, Ollama, OpenAI, any compatible server)
 *     model: Qwen/Qwen2.5-1.5B-Instruct    # the upstream model name; default: the name above
 *     api_key_env: OPENAI_API_KEY          # openai: the environment variable holding the key (optional)
 *     timeout_seconds: 60                  # openai: default 60
 *     max_retries: 1                       # openai: default 1 (the router also falls back to other models)
 *     temperature: 0.2                     # optional: the model's default temperature, 0 to 2
 *     reasoning: reasoning_effort          # optional: how a decision's reasoning mode reaches this model
 *   - name: claude
 *     type: anthropic                      # Anthropic's Messages API; base_url default https://api.anthropic.com/v1
 *     model: claude-sonnet-4-5             # api_key_env, timeout_seconds, max_retries, temperature (0 to 1) as above
 *     max_tokens: 4096                     # anthropic: the answer's limit when a request sets none, default 4096
 *   - name: strong
 *     type: demo                           # offline stand-in: answers name the model and echo the question
 *     latency_ms: 300                      # demo: simulated latency, default 0
 *     pricing: {prompt_per_1m: 0.5, completion_per_1m: 1.5}   # optional: price per million tokens
 *     quality: {math: 0.9, coding: 0.8}    # optional: how well it serves each category, 0 to 1, for
 *                                          # strategy: cost_quality (or give them in categories[].model_scores)
 * </pre>
 *
 * @param name           the name the router knows the model by
 * @param type           what kind of model it is
 * @param baseUrl        the OpenAI-compatible endpoint ({@code openai}), or the Anthropic one ({@code anthropic},
 *                       optional)
 * @param model          the model name sent upstream (defaults to {@code name})
 * @param apiKeyEnv      the environment variable that holds the API key ({@code openai} and {@code anthropic};
 *                       optional for local servers that need no key)
 * @param timeoutSeconds how long one call may take
 * @param maxRetries     how often LangChain4j retries a failed call (the blocking model only)
 * @param temperature    the model's default temperature, or {@code null} for the server's own default
 * @param reasoning      how a decision's reasoning mode is sent to this model, or {@code null} to ignore it
 * @param latencyMs      simulated latency of a {@code demo} model ({@code null} for other types)
 * @param pricing        the model's price per million tokens, or {@code null} when not given
 * @param maxTokens      the answer's token limit of an {@code anthropic} model when a request sets none
 *                       ({@code null} for other types)
 * @param quality        the model's quality score by category, read by {@code cost_quality} decisions (empty when
 *                       not given)
 */
public record ModelConfig(String name, Type type, String baseUrl, String model, String apiKeyEnv,
                          Integer timeoutSeconds, Integer maxRetries, Double temperature, Reasoning reasoning,
                          Integer latencyMs, Pricing pricing, @JsonProperty("max_tokens") Integer maxTokens,
                          Map<String, Double> quality) {

    /**
     * {@code models[].pricing}: what a million tokens cost, in one currency for all models. Decisions with
     * {@code strategy: cost_quality} use it to try the cheapest good-enough model first.
     *
     * @param promptPer1m     price of a million prompt tokens ({@code prompt_per_1m})
     * @param completionPer1m price of a million completion tokens ({@code completion_per_1m})
     */
    public record Pricing(@JsonProperty("prompt_per_1m") Double promptPer1m,
                          @JsonProperty("completion_per_1m") Double completionPer1m) {
        /**
         * The price as the library's value, which checks both numbers; a missing one counts as 0.
         *
         * @throws IllegalArgumentException if a price is negative or not finite
         */
        ModelPrice price() {
            return new ModelPrice(promptPer1m == null ? 0 : promptPer1m, completionPer1m == null ? 0 : completionPer1m);
        }
    }

    /** Default {@code max_tokens} of an {@code anthropic} model (the Messages API requires a limit). */
    public static final int DEFAULT_ANTHROPIC_MAX_TOKENS = 4096;
    /** Default {@code base_url} of an {@code anthropic} model. */
    public static final String ANTHROPIC_BASE_URL = "https://api.anthropic.com/v1";

    /** Default {@code timeout_seconds}. */
    public static final int DEFAULT_TIMEOUT_SECONDS = OpenAiModelSettings.DEFAULT_TIMEOUT_SECONDS;
    /** Default {@code max_retries}. */
    public static final int DEFAULT_MAX_RETRIES = OpenAiModelSettings.DEFAULT_MAX_RETRIES;

    /** The kinds of model the file can configure. */
    public enum Type {
        /**
         * Any server that speaks the OpenAI chat-completions protocol (vLLM, Ollama, OpenAI, LiteLLM...), built
         * as LangChain4j's {@code OpenAiChatModel} and {@code OpenAiStreamingChatModel}.
         */
        OPENAI,
        /**
         * Anthropic's Messages API (api.anthropic.com, or a server that speaks it), built as LangChain4j's
         * {@code AnthropicChatModel} and {@code AnthropicStreamingChatModel}.
         */
        ANTHROPIC,
        /**
         * An offline stand-in written for demos and tests: its answer names the model and repeats the question,
         * after an optional simulated latency. No network.
         */
        DEMO
    }

    /** How a decision's reasoning mode (e.g. {@code high}) is passed to the model. */
    public enum Reasoning {
        /** As the OpenAI {@code reasoning_effort} request field (o-series, gpt-oss on vLLM). */
        REASONING_EFFORT,
        /**
         * As {@code chat_template_kwargs: {enable_thinking: ...}} (Qwen3 and similar on vLLM): thinking is on
         * unless the mode is {@code none}, {@code off} or {@code false}.
         */
        ENABLE_THINKING
    }

    /** Applies the defaults: upstream name = name, timeout, retries, and zero latency for demo models. */
    public ModelConfig {
        model = model == null ? name : model;
        timeoutSeconds = timeoutSeconds == null ? DEFAULT_TIMEOUT_SECONDS : timeoutSeconds;
        maxRetries = maxRetries == null ? DEFAULT_MAX_RETRIES : maxRetries;
        latencyMs = latencyMs == null && type == Type.DEMO ? Integer.valueOf(0) : latencyMs;
        maxTokens = maxTokens == null && type == Type.ANTHROPIC ? Integer.valueOf(DEFAULT_ANTHROPIC_MAX_TOKENS) : maxTokens;
        quality = Copies.map(quality);
    }

    /** LangChain4j's builder of the blocking Anthropic model with this entry's settings. */
    AnthropicChatModel.AnthropicChatModelBuilder anthropic() {
        return AnthropicChatModel.builder().baseUrl(anthropicUrl()).modelName(upstreamName(model))
                .timeout(timeout(timeoutSeconds)).maxRetries(retries(maxRetries)).maxTokens(maxTokens)
                .temperature(temperature == null ? null : anthropicTemperature(temperature));
    }

    /** The same settings for the streaming model, which does not retry. */
    AnthropicStreamingChatModel.AnthropicStreamingChatModelBuilder anthropicStreaming() {
        return AnthropicStreamingChatModel.builder().baseUrl(anthropicUrl()).modelName(upstreamName(model))
                .timeout(timeout(timeoutSeconds)).maxTokens(maxTokens)
                .temperature(temperature == null ? null : anthropicTemperature(temperature));
    }

    private String anthropicUrl() {
        return baseUrl(baseUrl == null ? ANTHROPIC_BASE_URL : baseUrl);
    }

    /**
     * An {@code anthropic} model's {@code max_tokens}.
     *
     * @throws IllegalArgumentException unless it is in 1..1000000
     */
    int anthropicMaxTokens() {
        if (maxTokens == null || maxTokens < 1 || maxTokens > 1_000_000) {
            throw new IllegalArgumentException("must be 1 to 1000000, was " + maxTokens);
        }
        return maxTokens;
    }

    /**
     * An {@code anthropic} model's temperature.
     *
     * @throws IllegalArgumentException unless it is in [0, 1] (Anthropic's range)
     */
    static double anthropicTemperature(double t) {
        if (!(t >= 0 && t <= 1)) {
            throw new IllegalArgumentException("must be in [0, 1] for type anthropic, was " + t);
        }
        return t;
    }

    /**
     * Hands the settings of the upstream call to LangChain4j's builder of the blocking OpenAI model, with the
     * ranges that builder leaves open (checked for every type, as a demo model stands in for an upstream one).
     */
    OpenAiChatModel.OpenAiChatModelBuilder openAi(Refusals refusals) {
        OpenAiChatModel.OpenAiChatModelBuilder b = OpenAiChatModel.builder();
        if (type == Type.OPENAI || type == Type.ANTHROPIC) {
            refusals.set("base_url", baseUrl, v -> b.baseUrl(baseUrl(v)));
        }
        refusals.set("model", model, v -> b.modelName(upstreamName(v)));
        refusals.set("timeout_seconds", timeoutSeconds, v -> b.timeout(timeout(v)));
        refusals.set("max_retries", maxRetries, v -> b.maxRetries(retries(v)));
        if (type != Type.ANTHROPIC) {
            refusals.set("temperature", temperature, v -> b.temperature(temperature(v)));
        }
        return b;
    }

    /** The same settings for the streaming model, which does not retry. */
    OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder openAiStreaming() {
        return OpenAiStreamingChatModel.builder().baseUrl(baseUrl(baseUrl)).modelName(upstreamName(model))
                .timeout(timeout(timeoutSeconds)).temperature(temperature == null ? null : temperature(temperature));
    }

    /**
     * The simulated latency of a demo model.
     *
     * @throws IllegalArgumentException unless {@code latency_ms} is in 0..600000
     */
    Duration latency() {
        if (latencyMs == null || latencyMs < 0 || latencyMs > 600_000) {
            throw new IllegalArgumentException("latencyMs must be in 0..600000, was " + latencyMs);
        }
        return Duration.ofMillis(latencyMs);
    }

    // the rules are router-core's OpenAiModelSettings, shared with the Spring starter

    private static String baseUrl(String url) {
        return OpenAiModelSettings.baseUrl(url);
    }

    private static String upstreamName(String model) {
        return OpenAiModelSettings.modelName(model);
    }

    private static Duration timeout(int seconds) {
        return OpenAiModelSettings.timeout(seconds);
    }

    private static int retries(int retries) {
        return OpenAiModelSettings.maxRetries(retries);
    }

    private static double temperature(double t) {
        return OpenAiModelSettings.temperature(t);
    }
}
