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
 * @param name       the name of the rule that made the decision (a configured decision of
 *                   {@code DecisionSelector}, router-classifier), or {@code null}; per-decision settings such as
 *                   tool selection ({@code SemanticRouterBuilder.toolSelection(String, ToolSelection)}) are
 *                   looked up by it
 * @param tools      what tool selection did to the request's tools, or {@code null} when it did not run (off,
 *                   or no more tools than its {@code top_k}); the router fills it in after routing
 */
public record RouteDecision(String category, double confidence, List<String> candidates, String reason, String reasoning,
                            String name, ToolSelectionOutcome tools) {

    public RouteDecision {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(reason, "reason");
    }

    /** A decision without a rule name and without tool selection. */
    public RouteDecision(String category, double confidence, List<String> candidates, String reason, String reasoning) {
        this(category, confidence, candidates, reason, reasoning, null, null);
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
        return new RouteDecision(category, confidence, all, why, reasoning, name, tools);
    }

    /** This decision with other candidates and reason, keeping everything else. */
    public RouteDecision withCandidates(List<String> candidates, String reason) {
        return new RouteDecision(category, confidence, candidates, reason, reasoning, name, tools);
    }

    /** This decision with what tool selection did ({@code null}: it did not run). */
    public RouteDecision withTools(ToolSelectionOutcome tools) {
        return new RouteDecision(category, confidence, candidates, reason, reasoning, name, tools);
    }
}
