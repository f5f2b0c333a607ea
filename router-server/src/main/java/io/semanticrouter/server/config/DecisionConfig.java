package io.semanticrouter.server.config;

import java.util.List;

/**
 * One entry of {@code decisions}: when its condition holds, the request goes to its models. Of the decisions
 * that hold, the one with the highest priority wins (the first in the file on a tie); when none holds, the
 * default model answers.
 *
 * <pre>
 * decisions:
 *   - name: hard-math
 *     priority: 50                                   # default 0
 *     when:
 *       all:
 *         - {category: math, min_confidence: 0.6}
 *         - {complexity: hard}
 *     models: [strong, small]                        # best first
 *     reasoning: high                                # optional: sent to models that declare "reasoning"
 *     tool_selection: {top_k: 8}                     # optional: replaces the top-level tool_selection here
 *   - name: general
 *     when: {always: true}
 *     models: [strong, medium, small]
 *     strategy: cost_quality   # optional; default ordered: the models best first, as listed
 *     min_quality: 0.8         # cost_quality: the cheapest model (models[].pricing) whose categories[].model_scores
 *                              # score for the request's category reaches this is tried first, then the others
 * </pre>
 *
 * @param name      the decision name, unique; shown in traces
 * @param priority  higher wins
 * @param when      the condition on the request's signals
 * @param models    where the request goes, best first
 * @param reasoning  the reasoning mode to ask for, or {@code null}
 * @param strategy   how the models are ordered
 * @param minQuality with {@code cost_quality}: the quality score a model needs for the category, in [0, 1]
 * @param toolSelection tool selection for the requests this decision routes, in place of the top-level one, or
 *                      {@code null} to use that ({@link ToolSelectionConfig})
 */
public record DecisionConfig(String name, Integer priority, ConditionConfig when, List<String> models,
                             String reasoning, Strategy strategy, Double minQuality, ToolSelectionConfig toolSelection) {

    /** How a decision orders its models. */
    public enum Strategy {
        /** As listed, best first. */
        ORDERED,
        /** The cheapest model good enough for the category first ({@code CostQualityOrder}). */
        COST_QUALITY
    }

    /** Applies the default priority and copies the list. */
    public DecisionConfig {
        priority = priority == null ? 0 : priority;
        strategy = strategy == null ? Strategy.ORDERED : strategy;
        models = Copies.list(models);
    }
}
