package io.semanticrouter.server.config;

import io.semanticrouter.SemanticRouterBuilder;

import java.time.Duration;
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
 *     semantic_cache:      # optional: this category's cache settings (every key optional)
 *       similarity_threshold: 0.92   # (0, 1]; replaces semantic_cache.similarity_threshold, higher or lower
 *       ttl_seconds: 600             # positive; answers stored for this category live this long
 *       enabled: true                # false: requests routed here neither read nor store
 * </pre>
 *
 * <p>A category without exemplars must be one of the shipped default categories
 * ({@code classifier.use_default_categories}) or come from {@code classifier.exemplars_file}; its entry then
 * only adds model scores (and exemplars given here are added to the shipped ones).
 *
 * @param name        the category name, unique
 * @param exemplars   example questions of this category
 * @param modelScores   how well each configured model serves the category; not allowed with {@code decisions}
 * @param semanticCache this category's cache settings, or {@code null} for the cache's own
 */
public record CategoryConfig(String name, List<String> exemplars, Map<String, Double> modelScores,
                             CacheSettings semanticCache) {

    /** Copies the list and the map (unmodifiable, order kept). */
    public CategoryConfig {
        exemplars = Copies.list(exemplars);
        modelScores = Copies.map(modelScores);
    }

    /** Without per-category cache settings. */
    public CategoryConfig(String name, List<String> exemplars, Map<String, Double> modelScores) {
        this(name, exemplars, modelScores, null);
    }

    /**
     * {@code categories[].semantic_cache}: what this category changes about the cache. Each value goes to the
     * router builder's setter, which checks it ({@link SemanticRouterBuilder#categoryThreshold},
     * {@link SemanticRouterBuilder#categoryTtl}, {@link SemanticRouterBuilder#categoryCaching}).
     *
     * @param similarityThreshold the similarity a hit needs for this category, or {@code null} for the cache's
     * @param ttlSeconds          how long answers stored for this category live, or {@code null} for the cache's
     * @param enabled             {@code false} to keep requests of this category away from the cache
     */
    public record CacheSettings(Double similarityThreshold, Long ttlSeconds, Boolean enabled) {

        /** Hands every value the file sets to the builder; a refusal goes to {@code refusals} under its key. */
        void apply(String category, SemanticRouterBuilder b, Refusals refusals) {
            refusals.set("similarity_threshold", similarityThreshold, t -> b.categoryThreshold(category, t));
            refusals.set("ttl_seconds", ttlSeconds, s -> b.categoryTtl(category, Duration.ofSeconds(s)));
            refusals.set("enabled", enabled, on -> b.categoryCaching(category, on));
        }
    }
}
