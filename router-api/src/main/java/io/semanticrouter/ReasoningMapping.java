package io.semanticrouter;

import dev.langchain4j.model.chat.request.ChatRequestParameters;

/**
 * Turns a decision's reasoning mode (e.g. {@code "low"}, {@code "high"}) into request parameters for one model
 * family. Registered per model with {@code SemanticRouterBuilder.reasoning} (router-core).
 */
@FunctionalInterface
public interface ReasoningMapping {

    /**
     * @param mode       the decision's reasoning mode, never null
     * @param parameters the request's parameters so far (never null)
     * @return the parameters to send, or {@code null} to send them unchanged
     */
    ChatRequestParameters apply(String mode, ChatRequestParameters parameters);
}
