package io.semanticrouter.server.config;

import java.util.List;
import java.util.Map;

import io.semanticrouter.classifier.CategoryModelSelector;
import io.semanticrouter.classifier.RoutingVocabulary;

/**
 * The {@code classifier} section: how sure the category classifier must be before its category routes a
 * request, and which exemplars it learns from besides {@code categories[].exemplars}. Every key is optional.
 *
 * <pre>
 * classifier:
 *   min_confidence: 0.5            # default 0.5: below it the default model answers
 *   min_margin: 0.0                # default 0: the gap the best category must keep to the second
 *   min_similarity: 0.0            # default 0: the raw similarity the best category must reach
 *   use_default_categories: false  # default false: add the shipped exemplars (coding, math, writing,
 *                                  # customer_support, health, legal, finance, science, travel, general)
 *   exemplars_file: exemplars.yaml # optional: more exemplars, "categories: {name: [utterances]}"
 *   default_categories: mmlu-pro   # optional: a shipped trained category model instead of exemplars
 *                                  # (mmlu-pro: MMLU-Pro's 14 categories, LinearCategoryClassifier.mmluPro);
 *                                  # categories then name its labels and give no exemplars
 *                                  # (its scores are probabilities: min_similarity then
 *                                  # compares the best category's probability)
 *   type: exemplars                # exemplars (default): the classifier over the router's embedding
 *                                  # (exemplars, or the shipped model of default_categories);
 *                                  # onnx: a sequence-classification export whose labels are the categories;
 *                                  # ensemble: both, their probabilities averaged with weights
 *   onnx:                          # onnx and ensemble only
 *     path: models/domain          # a directory with model.onnx, tokenizer.json, config.json (id2label);
 *                                  # relative to this file
 *     max_tokens: 512              # texts are cut here; default 512
 *   weights: {embedding: 1.0, onnx: 1.0}   # ensemble only; default 1 and 1
 *   calibrate: false               # true: fit the exemplar classifier's softmax temperature on its exemplars
 *                                  # at start-up (exemplars and ensemble; not with default_categories)
 * </pre>
 *
 * @param minConfidence        the classifier confidence a category needs to route (0 to 1)
 * @param minMargin            the score gap to the runner-up a category needs to route (at least 0)
 * @param minSimilarity        the raw similarity a category needs to route (-1 to 1)
 * @param useDefaultCategories whether the library's shipped exemplar set is added
 * @param exemplarsFile        a YAML exemplar file, relative to the configuration file, or {@code null}
 * @param defaultCategories    the name of a shipped trained category model ({@link #SHIPPED_MODELS}), or
 *                             {@code null} for the exemplar classifier
 * @param type                 which classifier gives the category
 * @param onnx                 the ONNX export ({@code onnx} and {@code ensemble}), or {@code null}
 * @param weights              the ensemble members' weights by member name ({@link RoutingVocabulary#ENSEMBLE_MEMBERS})
 * @param calibrate            whether the exemplar classifier fits its softmax temperature, or {@code null} for no
 */
public record ClassifierConfig(Double minConfidence, Double minMargin, Double minSimilarity,
                               Boolean useDefaultCategories, String exemplarsFile, String defaultCategories,
                               Type type, Onnx onnx, Map<String, Double> weights, Boolean calibrate) {

    /** Which classifier gives the category ({@code classifier.type}). */
    public enum Type {
        /** The classifier over the router's embedding: exemplars, or the shipped model of default_categories. */
        EXEMPLARS,
        /** A sequence-classification export ({@code classifier.onnx}). */
        ONNX,
        /** Both, their probabilities averaged with {@code weights}. */
        ENSEMBLE
    }

    /**
     * {@code classifier.onnx}: a Hugging Face sequence-classification export.
     *
     * @param path      the export directory, relative to the configuration file
     * @param maxTokens where texts are cut, or {@code null} for 512
     */
    public record Onnx(String path, Integer maxTokens) {
        /** {@code max_tokens} or its default. */
        int tokens() {
            return maxTokens == null ? 512 : maxTokens;
        }
    }

    /** The values {@code default_categories} accepts. */
    public static final List<String> SHIPPED_MODELS = List.of("mmlu-pro");

    /** Default {@code min_confidence}. */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

    /** Applies the defaults. */
    public ClassifierConfig {
        minConfidence = minConfidence == null ? DEFAULT_MIN_CONFIDENCE : minConfidence;
        minMargin = minMargin == null ? 0.0 : minMargin;
        minSimilarity = minSimilarity == null ? 0.0 : minSimilarity;
        useDefaultCategories = useDefaultCategories != null && useDefaultCategories;
        type = type == null ? Type.EXEMPLARS : type;
        weights = Copies.map(weights);
    }

    /** The weight of an ensemble member: the file's, or 1. */
    double weight(String member) {
        return weights.getOrDefault(member, 1.0);
    }

    /** The shared rules' name of {@link #type}. */
    RoutingVocabulary.ClassifierType sharedType() {
        return RoutingVocabulary.ClassifierType.valueOf(type.name());
    }

    /**
     * Whether the classifier knows categories besides those {@code categories} gives exemplars for: the shipped
     * ones or those of the exemplar file.
     */
    boolean extendsCategories() {
        return useDefaultCategories || exemplarsFile != null || defaultCategories != null || type != Type.EXEMPLARS;
    }

    /** Hands the thresholds to {@link CategoryModelSelector#builder()}, which checks them. */
    CategoryModelSelector.Builder selector(Refusals refusals) {
        CategoryModelSelector.Builder b = CategoryModelSelector.builder();
        refusals.set("min_confidence", minConfidence, b::minConfidence);
        refusals.set("min_margin", minMargin, v -> b.minMargin(cosineMargin(v)));
        refusals.set("min_similarity", minSimilarity, b::minSimilarity);
        return b;
    }

    /**
     * The file's classifier scores categories by cosine similarity, so no gap between two scores exceeds 2; the
     * selector's builder, made for any classifier, checks the lower bound.
     */
    private static double cosineMargin(double v) {
        if (v > 2) {
            throw new IllegalArgumentException("minMargin must be in [0, 2] (a gap between two cosine similarities),"
                    + " was " + v);
        }
        return v;
    }

    static ClassifierConfig defaults() {
        return new ClassifierConfig(null, null, null, null, null, null, null, null, null, null);
    }
}
