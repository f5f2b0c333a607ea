package io.semanticrouter.classifier;

import io.semanticrouter.CategoryClassifier;
import io.semanticrouter.Classification;
import io.semanticrouter.ModelSelector;
import io.semanticrouter.RequestContext;
import io.semanticrouter.RouteDecision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Maps a query's category (for a follow-up, that of the earlier turn and the query together:
 * {@link RequestContext#categoryText()}) to ranked models, vLLM Semantic Router's {@code categories[].model_scores}: each category lists
 * models with a score in [0, 1], and the candidates are those models, best score first. When the classifier
 * is not sure (confidence, margin or raw similarity below the configured minimums) the decision has no
 * candidates and the router uses its default model; the reason says which check failed and by how much.
 * Immutable and thread-safe.
 */
public final class CategoryModelSelector implements ModelSelector {

    private final CategoryClassifier classifier;
    private final Map<String, List<String>> ranked;
    private final Set<String> modelNames;
    private final double minConfidence;
    private final double minMargin;
    private final double minSimilarity;
    private final Map<String, Double> categoryMinConfidence;

    private CategoryModelSelector(Builder b) {
        this.classifier = b.classifier;
        Map<String, List<String>> r = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        b.scores.forEach((category, scores) -> {
            List<Map.Entry<String, Double>> es = new ArrayList<>(scores.entrySet());
            es.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            r.put(category, es.stream().map(Map.Entry::getKey).toList());
            names.addAll(scores.keySet());
        });
        this.ranked = Collections.unmodifiableMap(r);
        this.modelNames = Collections.unmodifiableSet(names);
        this.minConfidence = b.minConfidence;
        this.minMargin = b.minMargin;
        this.minSimilarity = b.minSimilarity;
        this.categoryMinConfidence = Map.copyOf(b.categoryMinConfidence);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public RouteDecision select(RequestContext context) {
        Classification c = classifier.classify(context.categoryText(), context.categoryEmbedding());
        String category = c.category();
        if (category == null) {
            return RouteDecision.useDefault(null, 0, "classifier returned no category");
        }
        double top = c.scores().getOrDefault(category, 0.0);
        double needed = categoryMinConfidence.getOrDefault(category, minConfidence);
        if (c.confidence() < needed) {
            return RouteDecision.useDefault(category, c.confidence(), String.format(Locale.ROOT,
                    "low confidence %.2f < %.2f for category %s", c.confidence(), needed, category));
        }
        if (c.margin() < minMargin) {
            return RouteDecision.useDefault(category, c.confidence(), String.format(Locale.ROOT,
                    "small margin %.3f < %.3f for category %s", c.margin(), minMargin, category));
        }
        if (top < minSimilarity) {
            return RouteDecision.useDefault(category, c.confidence(), String.format(Locale.ROOT,
                    "low similarity %.3f < %.3f for category %s", top, minSimilarity, category));
        }
        List<String> models = ranked.get(category);
        if (models == null) {
            return RouteDecision.useDefault(category, c.confidence(), "category " + category + " has no model_scores");
        }
        return new RouteDecision(category, c.confidence(), models, String.format(Locale.ROOT,
                "category %s (%.2f%s) -> %s", category, c.confidence(),
                context.conversation().categoryFromContext() ? ", with the earlier turn" : "", models.get(0)));
    }

    @Override
    public Set<String> modelNames() {
        return modelNames;
    }

    /** Builder of {@link CategoryModelSelector}; arguments checked at once, the combination at {@link #build()}. */
    public static final class Builder {
        private CategoryClassifier classifier;
        private final Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
        private double minConfidence = 0.5;
        private double minMargin;
        private double minSimilarity;
        private final Map<String, Double> categoryMinConfidence = new LinkedHashMap<>();

        private Builder() {
        }

        /** The classifier (required). */
        public Builder classifier(CategoryClassifier classifier) {
            this.classifier = Objects.requireNonNull(classifier, "classifier must not be null");
            return this;
        }

        /**
         * Which models serve a category and how well (YAML: {@code categories[].model_scores}).
         *
         * @throws IllegalArgumentException if the map is empty, a score is outside [0, 1] or a model name is blank
         */
        public Builder category(String name, Map<String, Double> modelScores) {
            Objects.requireNonNull(name, "category name must not be null");
            Objects.requireNonNull(modelScores, "model scores of '" + name + "' must not be null");
            if (modelScores.isEmpty()) {
                throw new IllegalArgumentException("category '" + name + "' needs at least one model score");
            }
            modelScores.forEach((model, score) -> {
                if (model == null || model.isBlank()) {
                    throw new IllegalArgumentException("category '" + name + "' has a blank model name");
                }
                if (score == null || !(score >= 0 && score <= 1)) {
                    throw new IllegalArgumentException("score of model '" + model + "' in category '" + name
                            + "' must be in [0, 1], was " + score);
                }
            });
            scores.put(name, new LinkedHashMap<>(modelScores));
            return this;
        }

        /**
         * Confidence below which the router's default model is used. Default 0.5.
         *
         * @throws IllegalArgumentException unless in [0, 1]
         */
        public Builder minConfidence(double v) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("minConfidence must be in [0, 1], was " + v);
            }
            this.minConfidence = v;
            return this;
        }

        /**
         * A category's own confidence threshold, replacing {@link #minConfidence(double)} for it.
         *
         * @throws IllegalArgumentException unless in [0, 1] or if the name is blank
         */
        public Builder minConfidence(String category, double v) {
            Objects.requireNonNull(category, "category must not be null");
            if (category.isBlank()) {
                throw new IllegalArgumentException("category must not be blank");
            }
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("minConfidence of '" + category + "' must be in [0, 1], was " + v);
            }
            categoryMinConfidence.put(category, v);
            return this;
        }

        /**
         * Per-category confidence thresholds, e.g. from {@link CategoryThresholds#forPrecision}.
         *
         * @throws IllegalArgumentException as {@link #minConfidence(String, double)}
         */
        public Builder minConfidence(Map<String, Double> thresholds) {
            Objects.requireNonNull(thresholds, "thresholds must not be null");
            thresholds.forEach((c, v) -> minConfidence(c, Objects.requireNonNull(v, "threshold of '" + c + "'")));
            return this;
        }

        /**
         * Top-two score gap below which the default model is used. Default 0 (off).
         *
         * @throws IllegalArgumentException if negative or NaN
         */
        public Builder minMargin(double v) {
            if (!(v >= 0)) {
                throw new IllegalArgumentException("minMargin must be >= 0, was " + v);
            }
            this.minMargin = v;
            return this;
        }

        /**
         * Raw similarity the best category must reach (out-of-domain guard). Default 0 (off).
         *
         * @throws IllegalArgumentException unless in [-1, 1]
         */
        public Builder minSimilarity(double v) {
            if (!(v >= -1 && v <= 1)) {
                throw new IllegalArgumentException("minSimilarity must be in [-1, 1], was " + v);
            }
            this.minSimilarity = v;
            return this;
        }

        /**
         * Builds the selector.
         *
         * @throws IllegalStateException if no classifier is set or a category is unknown to the classifier
         */
        public CategoryModelSelector build() {
            if (classifier == null) {
                throw new IllegalStateException("classifier is required");
            }
            for (String c : categoryMinConfidence.keySet()) {
                if (!classifier.categories().contains(c)) {
                    throw new IllegalStateException("threshold for category '" + c + "', which is not one of the"
                            + " classifier's categories " + classifier.categories());
                }
            }
            for (String c : scores.keySet()) {
                if (!classifier.categories().contains(c)) {
                    throw new IllegalStateException("category '" + c + "' is not one of the classifier's categories "
                            + classifier.categories());
                }
            }
            return new CategoryModelSelector(this);
        }
    }
}
