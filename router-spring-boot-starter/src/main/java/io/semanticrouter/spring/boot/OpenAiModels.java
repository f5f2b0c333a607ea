package io.semanticrouter.spring.boot;

import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.semanticrouter.OpenAiModelSettings;
import io.semanticrouter.SemanticRouterBuilder;

import java.time.Duration;

/**
 * {@code models[].type: openai}: LangChain4j's OpenAiChatModel and OpenAiStreamingChatModel for an OpenAI-compatible
 * server. Loaded only when langchain4j-open-ai is on the class path. The values go through
 * {@link OpenAiModelSettings}, the rules the gateway applies too. The API key goes to the client only: it is in no
 * message, and the model's {@code toString} hides it.
 */
final class OpenAiModels {

    private OpenAiModels() {
    }

    /** Registers the model {@code m} under {@code name} for blocking and streamed requests; returns the blocking one. */
    static OpenAiChatModel register(SemanticRouterBuilder b, String name, SemanticRouterProperties.Model m, String at) {
        if (m.getBaseUrl() == null) {
            throw new SemanticRouterConfigurationException(RouterAssembler.PREFIX + at + ".base-url",
                    "is required for type openai, e.g. http://localhost:8000/v1 (vLLM), http://localhost:11434/v1"
                            + " (Ollama) or https://api.openai.com/v1", null);
        }
        String[] url = new String[1];
        String[] upstream = new String[1];
        Duration[] timeout = new Duration[1];
        int[] retries = {OpenAiModelSettings.DEFAULT_MAX_RETRIES};
        Double[] temperature = new Double[1];
        RouterAssembler.set(at + ".base-url", m.getBaseUrl(), v -> url[0] = OpenAiModelSettings.baseUrl(v));
        RouterAssembler.set(at + ".model", m.getModel() == null ? name : m.getModel(),
                v -> upstream[0] = OpenAiModelSettings.modelName(v));
        RouterAssembler.set(at + ".timeout-seconds", m.getTimeoutSeconds() == null
                ? OpenAiModelSettings.DEFAULT_TIMEOUT_SECONDS : m.getTimeoutSeconds(),
                v -> timeout[0] = OpenAiModelSettings.timeout(v));
        RouterAssembler.set(at + ".max-retries", m.getMaxRetries(), v -> retries[0] = OpenAiModelSettings.maxRetries(v));
        RouterAssembler.set(at + ".temperature", m.getTemperature(), v -> temperature[0] = OpenAiModelSettings.temperature(v));
        OpenAiChatModel chat = OpenAiChatModel.builder().baseUrl(url[0]).apiKey(m.getApiKey()).modelName(upstream[0])
                .timeout(timeout[0]).maxRetries(retries[0]).temperature(temperature[0]).build();
        OpenAiStreamingChatModel streaming = OpenAiStreamingChatModel.builder().baseUrl(url[0]).apiKey(m.getApiKey())
                .modelName(upstream[0]).timeout(timeout[0]).temperature(temperature[0]).build();
        b.model(name, chat).streamingModel(name, streaming);
        return chat;
    }
}
