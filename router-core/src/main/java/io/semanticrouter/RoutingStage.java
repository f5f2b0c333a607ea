package io.semanticrouter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stage 4, routing: decides the candidate models in order. A model the caller named wins; without an embedding
 * or a selector the default model answers; otherwise the {@link ModelSelector} ranks the models. The default
 * model is appended as the last fallback, and a guard's restriction keeps only the allowed models.
 */
final class RoutingStage implements RouterStage {

    private static final Logger log = LoggerFactory.getLogger(RoutingStage.class);

    private final ModelSelector selector;
    private final String defaultModel;
    private final Set<String> models;

    RoutingStage(ModelSelector selector, String defaultModel, Set<String> models) {
        this.selector = selector;
        this.defaultModel = defaultModel;
        this.models = models;
    }

    @Override
    public void apply(RequestState state) {
        RouteDecision decision = decide(state).withFallback(defaultModel);
        if (state.allowedModels() != null) {
            decision = restrict(decision, state.allowedModels());
        }
        state.decision(decision);
    }

    private RouteDecision decide(RequestState state) {
        String requested = AdmissionStage.requestedModel(state.request());
        if (requested != null) {
            return new RouteDecision(null, 0, List.of(requested), "model '" + requested + "' requested by caller");
        }
        if (state.embedding() == null) {
            return RouteDecision.useDefault(null, 0, state.embeddingFailure());
        }
        if (selector == null) {
            return RouteDecision.useDefault(null, 0, "no selector");
        }
        try {
            RouteDecision d = selector.select(state.context());
            return d != null ? d : RouteDecision.useDefault(null, 0, "selector returned no decision");
        } catch (RuntimeException e) {
            log.warn("Model selector failed, using the default model", e);
            return RouteDecision.useDefault(null, 0, "selector failed: " + e);
        }
    }

    /** The decision with only the allowed models, in order; the first allowed registered model if none is left. */
    private RouteDecision restrict(RouteDecision d, Set<String> allowed) {
        List<String> kept = new ArrayList<>();
        for (String m : d.candidates()) {
            if (allowed.contains(m)) {
                kept.add(m);
            }
        }
        if (kept.isEmpty()) {
            models.stream().filter(allowed::contains).findFirst().ifPresent(kept::add);
        }
        return d.withCandidates(kept, d.reason() + "; restricted by a guard to " + kept);
    }
}
