package io.semanticrouter.examples;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.semanticrouter.demo.DemoChatModel;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The three models of the quickstart: offline stand-ins by default, or real models behind any
 * OpenAI-compatible endpoint (vLLM, Ollama, OpenAI) when {@code ROUTER_BASE_URL} is set.
 *
 * <table>
 *   <caption>Environment</caption>
 *   <tr><td>{@code ROUTER_BASE_URL}</td><td>e.g. {@code http://localhost:8000/v1} (vLLM),
 *       {@code http://localhost:11434/v1} (Ollama), {@code https://api.openai.com/v1}</td></tr>
 *   <tr><td>{@code ROUTER_API_KEY}</td><td>API key; optional for local servers</td></tr>
 *   <tr><td>{@code ROUTER_SMALL_MODEL}, {@code ROUTER_CODE_MODEL}, {@code ROUTER_MATH_MODEL}</td>
 *       <td>upstream model names for the three routes (each defaults to the small one)</td></tr>
 * </table>
 */
public final class DemoModels {

    /** Route names used by the quickstart. */
    public static final String SMALL = "small-chat";
    public static final String CODE = "code-expert";
    public static final String MATH = "math-reasoner";

    private DemoModels() {
    }

    /** Models from the environment when {@code ROUTER_BASE_URL} is set, else offline stand-ins. */
    public static Map<String, ChatModel> fromEnvironment(Duration standInLatency) {
        String baseUrl = System.getenv("ROUTER_BASE_URL");
        if (baseUrl == null || baseUrl.isBlank()) {
            return standIns(standInLatency);
        }
        String key = System.getenv().getOrDefault("ROUTER_API_KEY", "not-needed");
        String small = require("ROUTER_SMALL_MODEL");
        Map<String, ChatModel> models = new LinkedHashMap<>();
        models.put(SMALL, openAi(baseUrl, key, small));
        models.put(CODE, openAi(baseUrl, key, System.getenv().getOrDefault("ROUTER_CODE_MODEL", small)));
        models.put(MATH, openAi(baseUrl, key, System.getenv().getOrDefault("ROUTER_MATH_MODEL", small)));
        return models;
    }

    /** Offline stand-ins that answer after a simulated latency. */
    public static Map<String, ChatModel> standIns(Duration latency) {
        Map<String, ChatModel> models = new LinkedHashMap<>();
        models.put(SMALL, new DemoChatModel(SMALL, latency));
        models.put(CODE, new DemoChatModel(CODE, latency.multipliedBy(3)));
        models.put(MATH, new DemoChatModel(MATH, latency.multipliedBy(3)));
        return models;
    }

    /** Whether the models come from a real endpoint. */
    public static boolean usingRealEndpoint() {
        String baseUrl = System.getenv("ROUTER_BASE_URL");
        return baseUrl != null && !baseUrl.isBlank();
    }

    private static ChatModel openAi(String baseUrl, String key, String modelName) {
        return OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(key).modelName(modelName)
                .timeout(Duration.ofSeconds(60)).maxRetries(0).build();
    }

    private static String require(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(name + " must be set when ROUTER_BASE_URL is set");
        }
        return v;
    }
}
