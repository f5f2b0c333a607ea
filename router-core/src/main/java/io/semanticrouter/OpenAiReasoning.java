package io.semanticrouter;

import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a decision's reasoning mode (e.g. {@code high}) reaches an OpenAI-compatible model: the styles a
 * configuration names in {@code models[].reasoning} (the gateway's file and the Spring starter alike), each a
 * {@link ReasoningMapping} to register with {@link SemanticRouterBuilder#reasoning}. Using a style needs
 * LangChain4j's {@code langchain4j-open-ai} on the class path (an optional dependency of this module), since the
 * parameters it builds are {@link OpenAiChatRequestParameters}.
 */
public enum OpenAiReasoning {

    /** As the OpenAI {@code reasoning_effort} request field (o-series, gpt-oss on vLLM). */
    REASONING_EFFORT,
    /**
     * As {@code chat_template_kwargs: {enable_thinking: ...}} (Qwen3 and similar on vLLM): thinking is on unless the
     * mode is {@code none}, {@code off} or {@code false}.
     */
    ENABLE_THINKING;

    private static final Set<String> OFF = Set.of("none", "off", "false");

    /**
     * The mapping that puts a decision's mode into the request's parameters in this style.
     *
     * @return a mapping for {@link SemanticRouterBuilder#reasoning}
     */
    public ReasoningMapping mapping() {
        return switch (this) {
            case REASONING_EFFORT -> (mode, p) -> OpenAiChatRequestParameters.builder().overrideWith(p)
                    .reasoningEffort(mode).build();
            case ENABLE_THINKING -> (mode, p) -> {
                boolean on = !OFF.contains(mode.toLowerCase(Locale.ROOT));
                Map<String, Object> custom = new HashMap<>(customParameters(p));
                custom.put("chat_template_kwargs", Map.of("enable_thinking", on));
                return OpenAiChatRequestParameters.builder().overrideWith(p).customParameters(custom).build();
            };
        };
    }

    /**
     * The reasoning mode a {@link #mapping()} put into a request's parameters, as a demo model names it in its answer
     * ({@code high}, {@code thinking}, {@code no-thinking}...).
     *
     * @param p a request's parameters, not null
     * @return the mode, or {@code null} when the parameters ask for none
     */
    public static String mode(ChatRequestParameters p) {
        if (p instanceof OpenAiChatRequestParameters o) {
            if (o.reasoningEffort() != null) {
                return o.reasoningEffort();
            }
            if (customParameters(o).get("chat_template_kwargs") instanceof Map<?, ?> m
                    && m.get("enable_thinking") instanceof Boolean on) {
                return on ? "thinking" : "no-thinking";
            }
        }
        return null;
    }

    private static Map<String, Object> customParameters(ChatRequestParameters p) {
        if (p instanceof OpenAiChatRequestParameters o && o.customParameters() != null) {
            return o.customParameters();
        }
        return Map.of();
    }
}
