package io.semanticrouter;

import dev.langchain4j.model.chat.request.ChatRequestParameters;

import java.util.Set;

/**
 * Stage 1, admission: checks the request, reads its conversation (the query, the cache context) and checks the
 * model the caller asked for by name, if any.
 */
final class AdmissionStage implements RouterStage {

    private final Set<String> models;

    AdmissionStage(Set<String> models) {
        this.models = models;
    }

    @Override
    public void apply(RequestState state) {
        RouteRequest request = state.request();
        state.conversation(ConversationKey.read(request.messages()));
        String requested = requestedModel(request);
        if (requested != null && !models.contains(requested)) {
            throw new InvalidRequestException("parameters.modelName",
                    "unknown model '" + requested + "'; registered: " + models + " or 'auto'");
        }
    }

    /** The model the caller named, or {@code null} when it named none or asked for {@code "auto"}. */
    static String requestedModel(RouteRequest request) {
        ChatRequestParameters parameters = request.parameters();
        String name = parameters == null ? null : parameters.modelName();
        return name == null || "auto".equals(name) ? null : name;
    }
}
