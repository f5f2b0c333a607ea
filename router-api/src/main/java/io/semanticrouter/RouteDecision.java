package io.semanticrouter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a request goes and why.
 *
 * @param category   the category the query was classified as, or {@code null} when none was trusted
 * @param confidence the classifier's confidence in {@code category}, in [0, 1] (0 when there is none)
 * @param candidates model names to try, best first; the first is the chosen model. Unmodifiable.
 * @param reason     a short human-readable explanation, e.g. {@code "category coding (0.91) -> code-model"}
 * @param reasoning  the reasoning mode the decision asks for (e.g. {@code "high"}), or {@code null} for the
 *                   model's default; the router maps it to request parameters with the model's
 *                   reasoning mapping ({@code SemanticRouterBuilder.reasoning}, router-core)
 */
public record RouteDecision(String category, double confidence, List<String> candidates, String reason, String reasoning) {

    public RouteDecision {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(reason, "reason");
    }

    /** A decision without a reasoning mode. */
    public RouteDecision(String category, double confidence, List<String> candidates, String reason) {
        this(category, confidence, candidates, reason, null);
    }

    /** A decision without any candidate: the router will use its default model. */
    public static RouteDecision useDefault(String category, double confidence, String reason) {
        return new RouteDecision(category, confidence, List.of(), reason);
    }

    /** The chosen model: the first candidate, or {@code null} before the router applied its default. */
    public String model() {
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /** This decision with {@code model} appended as the last candidate, unless it is already present. */
    public RouteDecision withFallback(String model) {
        if (model == null || candidates.contains(model)) {
            return this;
        }
        List<String> all = new ArrayList<>(candidates);
        all.add(model);
        String why = candidates.isEmpty() ? reason + " -> default " + model : reason;
        return new RouteDecision(category, confidence, all, why, reasoning);
    }
}
