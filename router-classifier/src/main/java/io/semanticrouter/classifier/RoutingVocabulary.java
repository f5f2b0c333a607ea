package io.semanticrouter.classifier;

import io.semanticrouter.CategoryClassifier;
import io.semanticrouter.Classification;
import io.semanticrouter.Embedding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that tie the sections of a routing configuration together, for the readers that share the gateway's
 * vocabulary (router-server's YAML file and the Spring starter's {@code semantic-router.*} properties): with
 * decisions, keyword rules are signals and categories route nothing by themselves; without them, a keyword rule
 * names its models. Each method returns what is wrong (without the key, which the reader spells), or empty; the
 * methods that check several keys return {@link Problem}s, each at a key relative to the section, in the gateway
 * file's snake_case spelling (the Spring starter turns {@code _} into {@code -}).
 */
public final class RoutingVocabulary {

    private RoutingVocabulary() {
    }

    /** Which classifier gives the category ({@code classifier.type}). */
    public enum ClassifierType {
        /** The classifier over the router's embedding: exemplars, or a shipped trained category model. */
        EXEMPLARS,
        /** A Hugging Face sequence-classification export ({@link OnnxCategoryClassifier}). */
        ONNX,
        /** Both, their probabilities averaged with weights ({@link EnsembleCategoryClassifier}). */
        ENSEMBLE;

        /**
         * The spelling in a configuration: {@code exemplars}, {@code onnx} or {@code ensemble}.
         *
         * @return the lower-case name
         */
        public String spelled() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One thing wrong with a section.
     *
     * @param key     the key, relative to the section, in snake_case ({@code onnx.path}, {@code weights.onnx})
     * @param message what is wrong and what is allowed
     */
    public record Problem(String key, String message) {
    }

    /** The names {@code classifier.weights} accepts: the embedding classifier and the ONNX model. */
    public static final Set<String> ENSEMBLE_MEMBERS = Set.of("embedding", "onnx");

    /** Stands in for a member while an ensemble weight is checked; never asked to classify. */
    private static final CategoryClassifier NO_CATEGORIES = new CategoryClassifier() {
        @Override
        public Classification classify(String text, Embedding embedding) {
            return Classification.none();
        }

        @Override
        public Set<String> categories() {
            return Set.of();
        }
    };

    /**
     * The {@code classifier} section's {@code type}, {@code onnx} and {@code weights}: which classifier, and the
     * parts it needs (only those). The export's files are checked by {@link #onnxExport(Path)} once the reader has
     * resolved the path.
     *
     * @param type         the classifier type
     * @param onnxGiven    whether the {@code onnx} section is given at all
     * @param onnxPath     {@code onnx.path}, or null
     * @param maxTokens    {@code onnx.max_tokens}, or null for the default
     * @param weights      {@code weights} by member name
     * @param otherSources whether {@code use_default_categories}, {@code exemplars_file} or {@code default_categories}
     *                     is set
     * @return the problems, in key order; empty when the section is consistent
     */
    public static List<Problem> classifierType(ClassifierType type, boolean onnxGiven, String onnxPath,
                                               Integer maxTokens, Map<String, Double> weights, boolean otherSources) {
        List<Problem> out = new ArrayList<>();
        boolean usesOnnx = type != ClassifierType.EXEMPLARS;
        if (usesOnnx && onnxPath == null) {
            out.add(new Problem("onnx.path", "is required with type: " + type.spelled()
                    + " (a directory with model.onnx, tokenizer.json and config.json)"));
        } else if (!usesOnnx && onnxGiven) {
            out.add(new Problem("onnx", "is only used with type: onnx or ensemble"));
        }
        if (usesOnnx && maxTokens != null && maxTokens < OnnxExport.MIN_TOKENS) {
            out.add(new Problem("onnx.max_tokens", "must be at least " + OnnxExport.MIN_TOKENS + ", was " + maxTokens));
        }
        if (!weights.isEmpty() && type != ClassifierType.ENSEMBLE) {
            out.add(new Problem("weights", "is only used with type: ensemble"));
        }
        EnsembleCategoryClassifier.Builder ensemble = EnsembleCategoryClassifier.builder();
        weights.forEach((member, w) -> {
            if (!ENSEMBLE_MEMBERS.contains(member)) {
                out.add(new Problem("weights." + member, "unknown ensemble member '" + member + "'; known: embedding, onnx"));
            } else {
                try {
                    ensemble.member(NO_CATEGORIES, w == null ? Double.NaN : w);
                } catch (IllegalArgumentException e) {
                    out.add(new Problem("weights." + member, e.getMessage()));
                }
            }
        });
        if (type == ClassifierType.ONNX && otherSources) {
            out.add(new Problem("type", "onnx takes its categories from the model; use type: ensemble to combine it with"
                    + " use_default_categories, exemplars_file or default_categories"));
        }
        return out;
    }

    /**
     * {@code calibrate}: fitting the softmax temperature is a setting of the exemplar classifier
     * ({@link ExemplarClassifier.Builder#calibrateConfidence()}), alone or as an ensemble member; an ONNX export
     * and a shipped trained model already give probabilities.
     *
     * @param type         the classifier type
     * @param calibrate    whether {@code calibrate} is on
     * @param shippedModel whether {@code default_categories} names a shipped trained model
     * @return the problem with {@code calibrate}, if any
     */
    public static Optional<String> calibrate(ClassifierType type, boolean calibrate, boolean shippedModel) {
        if (calibrate && (type == ClassifierType.ONNX || shippedModel)) {
            return Optional.of("only the exemplar classifier is calibrated (type: exemplars or ensemble, without"
                    + " default_categories); the ONNX export and the shipped models give probabilities already");
        }
        return Optional.empty();
    }

    /**
     * An ONNX category export's directory: it must hold {@code model.onnx} and {@code config.json} (with the label
     * map {@code id2label}, which loading checks).
     *
     * @param dir the resolved directory
     * @return the problem with the directory, if any
     */
    public static Optional<String> onnxExport(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.of("the directory " + dir + " does not exist");
        }
        if (!Files.isRegularFile(dir.resolve("model.onnx")) || !Files.isRegularFile(dir.resolve("config.json"))) {
            return Optional.of("no model.onnx and config.json in " + dir);
        }
        return Optional.empty();
    }

    /**
     * A category's exemplars: the ONNX category model takes none (its labels are the categories).
     *
     * @param type         the classifier type
     * @param hasExemplars whether the category lists exemplars
     * @return the problem with the category's exemplars, if any
     */
    public static Optional<String> categoryExemplars(ClassifierType type, boolean hasExemplars) {
        if (hasExemplars && type == ClassifierType.ONNX) {
            return Optional.of("the ONNX category model (classifier.type: onnx) takes no exemplars; use type: ensemble"
                    + " to add exemplars to it");
        }
        return Optional.empty();
    }

    /**
     * A decision's {@code strategy} and {@code min_quality}: {@code cost_quality} needs the bar and a price for
     * every model the decision lists; the bar means nothing without it. The bar's range is checked by
     * {@link DecisionSelector.Decision}.
     *
     * @param costQuality whether the decision's strategy is {@code cost_quality}
     * @param minQuality  its {@code min_quality}, or null
     * @param models      the models it lists
     * @param priced      the models that declare a price ({@code models[].pricing})
     * @return the problems, at {@code min_quality} or {@code models}
     */
    public static List<Problem> decisionStrategy(boolean costQuality, Double minQuality, List<String> models,
                                                 Collection<String> priced) {
        List<Problem> out = new ArrayList<>();
        if (!costQuality) {
            if (minQuality != null) {
                out.add(new Problem("min_quality", "is only used with strategy: cost_quality"));
            }
            return out;
        }
        if (minQuality == null) {
            out.add(new Problem("min_quality", "is required with strategy: cost_quality (the score, 0 to 1, a model needs"
                    + " for the request's category in categories[].model_scores)"));
        }
        for (String model : models) {
            if (!priced.contains(model)) {
                out.add(new Problem("models", "strategy: cost_quality needs a price for every model; '" + model
                        + "' has no models[].pricing"));
            }
        }
        return out;
    }

    /**
     * A keyword rule's models: required without decisions, left out with them.
     *
     * @param rule      the rule's name
     * @param models    the models it lists
     * @param decisions whether decisions are configured
     * @return the problem with the rule's models, if any
     */
    public static Optional<String> keywordRuleModels(String rule, List<String> models, boolean decisions) {
        if (decisions && !models.isEmpty()) {
            return Optional.of("must be left out when decisions are configured: the rule is then a signal ({keyword: "
                    + rule + "}) and the decision names the models");
        }
        if (!decisions && models.isEmpty()) {
            return Optional.of("is required: where questions that match go, best first");
        }
        return Optional.empty();
    }

    /**
     * A category's model scores: not used when decisions are configured (a decision routes the category), unless
     * a decision orders its models by cost and quality ({@link CostQualityOrder}), which reads them.
     *
     * @param category    the category's name
     * @param hasScores   whether it lists model scores
     * @param decisions   whether decisions are configured
     * @param costQuality whether a decision orders its models by cost and quality
     * @return the problem with the category's model scores, if any
     */
    public static Optional<String> categoryModelScores(String category, boolean hasScores, boolean decisions,
                                                       boolean costQuality) {
        if (decisions && hasScores && !costQuality) {
            return Optional.of("is not used when decisions are configured, unless a decision has strategy:"
                    + " cost_quality; route the category with a decision ({category: " + category + "}) instead");
        }
        return Optional.empty();
    }

    /**
     * A model's own quality scores ({@code models[].quality}, by category): read only by decisions that order
     * their models by cost and quality, each in [0, 1] ({@link CostQualityOrder.Builder#quality}), and not given
     * again in the category's {@code model_scores}, so that one pair has one score.
     *
     * @param model        the model's name
     * @param quality      its scores by category
     * @param costQuality  whether a decision orders its models by cost and quality
     * @param modelScores  every category's {@code model_scores}, by category name
     * @return the problems, keyed by category ({@code ""} for the whole map)
     */
    public static List<Problem> modelQuality(String model, Map<String, Double> quality, boolean costQuality,
                                             Map<String, Map<String, Double>> modelScores) {
        List<Problem> out = new ArrayList<>();
        if (quality.isEmpty()) {
            return out;
        }
        if (!costQuality) {
            out.add(new Problem("", "is only read by decisions with strategy: cost_quality, and none has it"));
            return out;
        }
        CostQualityOrder.Builder check = CostQualityOrder.builder();
        quality.forEach((category, score) -> {
            try {
                check.quality(category, model, score == null ? Double.NaN : score);
            } catch (IllegalArgumentException | NullPointerException e) {
                out.add(new Problem(String.valueOf(category), e.getMessage()));
                return;
            }
            if (modelScores.getOrDefault(category, Map.of()).containsKey(model)) {
                out.add(new Problem(category, "is also given in the model_scores of category '" + category
                        + "'; give the score once"));
            }
        });
        return out;
    }

    /**
     * A decision's reasoning mode: not blank, and at least one of the decision's models says how to pass it
     * ({@code models[].reasoning}), or the mode would have no effect.
     *
     * @param reasoning          the decision's mode, or {@code null} for none
     * @param models             the decision's models
     * @param modelsWithReasoning the configured models that declare how to pass a reasoning mode
     * @return the problem with the decision's reasoning, if any
     */
    public static Optional<String> decisionReasoning(String reasoning, List<String> models,
                                                     Collection<String> modelsWithReasoning) {
        if (reasoning == null) {
            return Optional.empty();
        }
        if (reasoning.isBlank()) {
            return Optional.of("must not be blank (leave it out for none)");
        }
        if (models.stream().noneMatch(modelsWithReasoning::contains)) {
            return Optional.of("would have no effect: none of the decision's models " + models
                    + " says how to pass a reasoning mode (models[].reasoning)");
        }
        return Optional.empty();
    }
}
