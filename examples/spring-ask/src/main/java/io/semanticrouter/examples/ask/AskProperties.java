package io.semanticrouter.examples.ask;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Where the example's two models come from ({@code ask.*}). Without {@code base-url} both are offline stand-ins
 * ({@code DemoChatModel}); with it, both are LangChain4j {@code OpenAiChatModel}s talking to that server, which
 * may be OpenAI, vLLM, Ollama or anything else that speaks the OpenAI chat API. Environment variables bind too:
 * {@code ASK_BASE_URL}, {@code ASK_API_KEY}, {@code ASK_SMALL_MODEL}, {@code ASK_STRONG_MODEL}.
 *
 * @param baseUrl     the server's base URL, for example {@code http://localhost:11434/v1}; unset or blank for the
 *                    offline stand-ins
 * @param apiKey      the API key, if the server wants one
 * @param smallModel  the server's name of the cheap model that answers by default (required with a base URL)
 * @param strongModel the server's name of the model that answers coding and maths questions; default: the small one
 * @param demoLatency how long each stand-in answer is held back, so that what the cache saves shows; default 300 ms
 * @param timeout     how long a call to the server may take; default 60 s
 */
@ConfigurationProperties("ask")
public record AskProperties(String baseUrl, String apiKey, String smallModel, String strongModel,
                            Duration demoLatency, Duration timeout) {

    /** Fills in the defaults and checks that a base URL comes with a model name. */
    public AskProperties {
        if (demoLatency == null) {
            demoLatency = Duration.ofMillis(300);
        }
        if (timeout == null) {
            timeout = Duration.ofSeconds(60);
        }
        if (demoLatency.isNegative() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("ask.demo-latency must not be negative and ask.timeout must be positive");
        }
        if (usesServer(baseUrl) && (smallModel == null || smallModel.isBlank())) {
            throw new IllegalArgumentException("ask.small-model must be set when ask.base-url is set");
        }
    }

    /**
     * Whether the models are a real server's.
     *
     * @return true when {@code base-url} is set
     */
    public boolean usesServer() {
        return usesServer(baseUrl);
    }

    private static boolean usesServer(String baseUrl) {
        return baseUrl != null && !baseUrl.isBlank();
    }
}
