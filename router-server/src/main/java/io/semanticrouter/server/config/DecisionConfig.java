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
 * </pre>
 *
 * @param name      the decision name, unique; shown in traces
 * @param priority  higher wins
 * @param when      the condition on the request's signals
 * @param models    where the request goes, best first
 * @param reasoning the reasoning mode to ask for, or {@code null}
 */
public record DecisionConfig(String name, Integer priority, ConditionConfig when, List<String> models,
                             String reasoning) {

    /** Applies the default priority and copies the list. */
    public DecisionConfig {
        priority = priority == null ? 0 : priority;
        models = Copies.list(models);
    }
}
