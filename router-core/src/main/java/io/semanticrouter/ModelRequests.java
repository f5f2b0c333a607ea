package io.semanticrouter;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;

import java.time.Duration;
import java.util.Map;

/**
 * What each candidate model is sent: the caller's messages and parameters, without the routing model name, and
 * with the decision's reasoning mode spelled the way that model's {@link ReasoningMapping} says.
 */
final class ModelRequests {

    private final Map<String, ModelEndpoint> models;
    private final Map<String, ReasoningMapping> reasoningMappings;

    ModelRequests(Map<String, ModelEndpoint> models, Map<String, ReasoningMapping> reasoningMappings) {
        this.models = models;
        this.reasoningMappings = reasoningMappings;
    }

    /** The model registered under {@code name}, or {@code null}. */
    ModelEndpoint endpoint(String name) {
        return models.get(name);
    }

    /** The request sent to model {@code name}. */
    ChatRequest forModel(String name, RequestState state) {
        RouteRequest request = state.request();
        return ChatRequest.builder().messages(request.messages())
                .parameters(withReasoning(name, state.decision().reasoning(), withoutModelName(name, state.parameters())))
                .build();
    }

    /** The failure recorded for a candidate that names no registered model. */
    static ModelFailure unregistered(String name) {
        return new ModelFailure(name, new IllegalStateException(
                "selector returned model '" + name + "' which is not registered"), Duration.ZERO);
    }

    private ChatRequestParameters withReasoning(String model, String reasoning, ChatRequestParameters p) {
        ReasoningMapping mapping = reasoning == null ? null : reasoningMappings.get(model);
        if (mapping == null) {
            return p;
        }
        ChatRequestParameters mapped = mapping.apply(reasoning, p == null ? DefaultChatRequestParameters.builder().build() : p);
        return mapped == null ? p : mapped;
    }

    /**
     * The caller's parameters without the routing model name. When the model has a name of its own (an OpenAI
     * model's configured upstream name) that name replaces it through {@code overrideWith}, which keeps the
     * parameters' own type and with it provider settings such as a seed or a reasoning effort; otherwise the name
     * is cleared on a copy of the common parameters.
     */
    private ChatRequestParameters withoutModelName(String name, ChatRequestParameters p) {
        if (p == null || p.modelName() == null) {
            return p;
        }
        String own = ownModelName(models.get(name));
        if (own != null) {
            return p.overrideWith(DefaultChatRequestParameters.builder().modelName(own).build());
        }
        return DefaultChatRequestParameters.builder().overrideWith(p).modelName(null).build();
    }

    /** The model name a registered model sends by default, or null when it has none. */
    private static String ownModelName(ModelEndpoint endpoint) {
        if (endpoint == null) {
            return null;
        }
        ChatRequestParameters defaults = endpoint.chat != null ? endpoint.chat.defaultRequestParameters()
                : endpoint.streaming.defaultRequestParameters();
        return defaults == null ? null : defaults.modelName();
    }
}
