package io.semanticrouter.classifier;

import io.semanticrouter.ModelPrice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Orders a decision's models by cost and quality: the models whose quality score for the request's category
 * reaches the decision's bar come first, cheapest first (ties keep the decision's order); the others follow in the
 * decision's order, as fallbacks. Quality scores are per category and model, in [0, 1] (vLLM Semantic Router's
 * {@code model_scores}); prices are per million prompt and completion tokens, and a model's cost is their sum.
 * A model without a price counts as the most expensive here, but {@link DecisionSelector} refuses to build a
 * cost-quality decision with an unpriced model; a model without a score for the category does not reach any bar.
 * When no model reaches the bar, the decision's own order stands.
 *
 * <p>Immutable and thread-safe. Built with {@link #builder()}, which checks every value.
 */
public final class CostQualityOrder {

    private final Map<String, Double> cost;
    private final Map<String, Map<String, Double>> quality;

    private CostQualityOrder(Builder b) {
        this.cost = Map.copyOf(b.cost);
        Map<String, Map<String, Double>> q = new LinkedHashMap<>();
        b.quality.forEach((category, scores) -> q.put(category, Map.copyOf(scores)));
        this.quality = Collections.unmodifiableMap(q);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The models in the order to try them for a request of {@code category}.
     *
     * @param models     the decision's models, best first
     * @param category   the request's category, or {@code null} when there is none (then nothing reaches the bar)
     * @param minQuality the score a model needs for the category, in [0, 1]
     */
    public List<String> order(List<String> models, String category, double minQuality) {
        Map<String, Double> scores = category == null ? Map.of() : quality.getOrDefault(category, Map.of());
        List<String> good = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String m : models) {
            Double q = scores.get(m);
            (q != null && q >= minQuality ? good : rest).add(m);
        }
        good.sort(Comparator.comparingDouble(this::cost)); // stable: equal costs keep the decision's order
        good.addAll(rest);
        return good;
    }

    /** Whether the model has a price ({@link Builder#price}); a cost-quality decision needs one for each of its models. */
    public boolean hasPrice(String model) {
        return cost.containsKey(model);
    }

    /** The model's price per million prompt plus completion tokens; infinite when it has none. */
    public double cost(String model) {
        return cost.getOrDefault(model, Double.POSITIVE_INFINITY);
    }

    /** The quality score of {@code model} for {@code category}, or {@code null} when none was given. */
    public Double quality(String category, String model) {
        return quality.getOrDefault(category, Map.of()).get(model);
    }

    /** Builder of {@link CostQualityOrder}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Double> cost = new LinkedHashMap<>();
        private final Map<String, Map<String, Double>> quality = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * A model's price (YAML {@code models[].pricing}), in the one currency of all models.
         *
         * @throws NullPointerException if model or price is null
         */
        public Builder price(String model, ModelPrice price) {
            Objects.requireNonNull(model, "model must not be null");
            cost.put(model, Objects.requireNonNull(price, "price must not be null").perMillion());
            return this;
        }

        /**
         * A model's price per million prompt and completion tokens.
         *
         * @throws IllegalArgumentException if a price is negative or not finite
         * @throws NullPointerException     if model is null
         */
        public Builder price(String model, double promptPerMillion, double completionPerMillion) {
            return price(model, new ModelPrice(promptPerMillion, completionPerMillion));
        }

        /**
         * How well {@code model} serves {@code category} (YAML {@code categories[].model_scores}).
         *
         * @throws IllegalArgumentException if the score is not in [0, 1]
         * @throws NullPointerException     if category or model is null
         */
        public Builder quality(String category, String model, double score) {
            Objects.requireNonNull(category, "category must not be null");
            Objects.requireNonNull(model, "model must not be null");
            if (!(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("a quality score must be in [0, 1], was " + score);
            }
            quality.computeIfAbsent(category, c -> new LinkedHashMap<>()).put(model, score);
            return this;
        }

        /** The order. */
        public CostQualityOrder build() {
            return new CostQualityOrder(this);
        }
    }
}
