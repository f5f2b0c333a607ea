package io.semanticrouter.server.config;

import java.util.List;
import java.util.Map;

/**
 * One entry of {@code categories}: a category the classifier recognises, what it learns it from and, without
 * {@code decisions}, which models serve it (vLLM Semantic Router's {@code model_scores}).
 *
 * <pre>
 * categories:
 *   - name: math
 *     exemplars:
 *       - "Solve 3x + 7 = 22 for x"
 *       - "What is the derivative of x^2 sin x?"
 *     model_scores:        # best score first; ties in name order; 0 to 1
 *       strong: 0.9
 *       small: 0.4
 * </pre>
 *
 * <p>A category without exemplars must be one of the shipped default categories
 * ({@code classifier.use_default_categories}) or come from {@code classifier.exemplars_file}; its entry then
 * only adds model scores (and exemplars given here are added to the shipped ones).
 *
 * @param name        the category name, unique
 * @param exemplars   example questions of this category
 * @param modelScores how well each configured model serves the category; not allowed with {@code decisions}
 */
public record CategoryConfig(String name, List<String> exemplars, Map<String, Double> modelScores) {

    /** Copies the list and the map (unmodifiable, order kept). */
    public CategoryConfig {
        exemplars = Copies.list(exemplars);
        modelScores = Copies.map(modelScores);
    }
}
