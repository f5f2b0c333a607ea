package io.semanticrouter.spring.boot;

import io.semanticrouter.CategoryClassifier;
import io.semanticrouter.Embedder;
import io.semanticrouter.ModelPrice;
import io.semanticrouter.ModelSelector;
import io.semanticrouter.classifier.ConditionSpec;
import io.semanticrouter.classifier.ComplexitySignal;
import io.semanticrouter.classifier.ContrastiveComplexity;
import io.semanticrouter.classifier.CostQualityOrder;
import io.semanticrouter.classifier.StrongWeakSelector;
import io.semanticrouter.classifier.DecisionSelector;
import io.semanticrouter.classifier.KeywordRule;
import io.semanticrouter.classifier.KeywordSelector;
import io.semanticrouter.classifier.RoutingVocabulary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static io.semanticrouter.spring.boot.RouterAssembler.PREFIX;

/**
 * {@code keyword-rules}, {@code decisions} and {@code complexity}: the gateway's vocabulary for rule-based routing,
 * built with the library's builders ({@link KeywordRule.Builder}, {@link DecisionSelector.Builder},
 * {@link ContrastiveComplexity.Builder}) and the condition shape rules of {@link ConditionSpec}, which the gateway
 * uses too. A refusal becomes a {@link SemanticRouterConfigurationException} at the property.
 */
final class DecisionAssembler {

    private final SemanticRouterProperties props;
    private final Set<String> models;
    private final String defaultModel;

    DecisionAssembler(SemanticRouterProperties props, Set<String> models, String defaultModel) {
        this.props = props;
        this.models = models;
        this.defaultModel = defaultModel;
    }

    /** Without decisions: keyword rules in front of the category selector (either may be absent). */
    ModelSelector keywordsBefore(ModelSelector base) {
        List<KeywordRule> rules = keywordRules(false);
        return rules.isEmpty() ? base : new KeywordSelector(rules, base);
    }

    /**
     * With decisions: the decision selector over the category, complexity and keyword signals; decisions with
     * {@code strategy: cost-quality} order their models by {@code prices} and the categories' model scores.
     */
    ModelSelector decisions(Embedder embedder, CategoryClassifier classifier, Map<String, ModelPrice> prices) {
        DecisionSelector.Builder b = DecisionSelector.builder();
        if (classifier != null) {
            b.categories(classifier);
        }
        List<SemanticRouterProperties.Decision> decisions = props.getDecisions();
        if (decisions.stream().anyMatch(d -> d.getWhen() != null && spec(d.getWhen()).usesComplexity())) {
            b.complexity(complexity(embedder));
        }
        b.keywords(keywordRules(true).toArray(KeywordRule[]::new));
        for (int i = 0; i < decisions.size(); i++) {
            decision(b, decisions.get(i), "decisions[" + i + "]", classifier, prices.keySet());
        }
        if (decisions.stream().anyMatch(d -> d.getStrategy() == SemanticRouterProperties.Strategy.COST_QUALITY)) {
            b.costQuality(costQuality(prices, classifier));
            RouterAssembler.set("classifier.min-confidence", props.getClassifier().getMinConfidence(),
                    b::costQualityMinConfidence);
        }
        try {
            return b.build();
        } catch (IllegalStateException e) {
            throw RouterAssembler.refused("decisions", new IllegalArgumentException(e.getMessage(), e));
        }
    }

    /** Prices from models[].pricing; quality scores from categories[].model-scores and models[].quality. */
    private CostQualityOrder costQuality(Map<String, ModelPrice> prices, CategoryClassifier classifier) {
        CostQualityOrder.Builder b = CostQualityOrder.builder();
        prices.forEach(b::price);
        List<SemanticRouterProperties.Category> categories = props.getCategories();
        for (int i = 0; i < categories.size(); i++) {
            SemanticRouterProperties.Category c = categories.get(i);
            RouterAssembler.set("categories[" + i + "].model-scores", c.getModelScores(),
                    scores -> scores.forEach((model, score) -> b.quality(c.getName(), model, score)));
        }
        List<SemanticRouterProperties.Model> models = props.getModels();
        for (int i = 0; i < models.size(); i++) {
            SemanticRouterProperties.Model m = models.get(i);
            for (String category : m.getQuality().keySet()) {
                if (classifier == null || !classifier.categories().contains(category)) {
                    throw new SemanticRouterConfigurationException(PREFIX + "models[" + i + "].quality." + category, "'"
                            + category + "' is not one of the classifier's categories "
                            + (classifier == null ? "(no classifier is configured)" : classifier.categories()), null);
                }
            }
            RouterAssembler.set("models[" + i + "].quality", m.getQuality(),
                    scores -> scores.forEach((category, score) -> b.quality(category, RouterAssembler.modelName(m), score)));
        }
        return b.build();
    }

    private void decision(DecisionSelector.Builder b, SemanticRouterProperties.Decision d, String at,
                          CategoryClassifier classifier, Set<String> priced) {
        if (d.getName() == null || d.getName().isBlank()) {
            throw new SemanticRouterConfigurationException(PREFIX + at + ".name", "is required", null);
        }
        if (d.getWhen() == null) {
            throw new SemanticRouterConfigurationException(PREFIX + at + ".when",
                    "is required: the condition, e.g. {category: math} or {always: true}", null);
        }
        ConditionSpec spec = spec(d.getWhen());
        DecisionSelector.Condition when;
        try {
            when = spec.toCondition(props.getClassifier().getMinConfidence());
        } catch (ConditionSpec.InvalidConditionException e) {
            throw new SemanticRouterConfigurationException(PREFIX + at + ".when" + path(e.path()), e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw RouterAssembler.refused(at + ".when", e);
        }
        for (String category : spec.categories()) {
            if (classifier == null || !classifier.categories().contains(category)) {
                throw new SemanticRouterConfigurationException(PREFIX + at + ".when", "'" + category + "' is not one"
                        + " of the classifier's categories " + (classifier == null ? "[] (no classifier: give"
                        + " categories exemplars or classifier.use-default-categories)" : classifier.categories()), null);
            }
        }
        modelRefs(at + ".models", d.getModels());
        boolean costQuality = d.getStrategy() == SemanticRouterProperties.Strategy.COST_QUALITY;
        RoutingVocabulary.decisionStrategy(costQuality, d.getMinQuality(), d.getModels(), priced).stream().findFirst()
                .ifPresent(p -> {
                    throw new SemanticRouterConfigurationException(PREFIX + at + "." + p.key().replace('_', '-'),
                            p.message(), null);
                });
        RouterAssembler.set(at + ".min-quality", d.getMinQuality(), q -> new DecisionSelector.Decision("check", 0,
                DecisionSelector.Condition.always(), List.of("check"), null, q));
        RoutingVocabulary.decisionReasoning(d.getReasoning(), d.getModels(), modelsWithReasoning()).ifPresent(m -> {
            throw new SemanticRouterConfigurationException(PREFIX + at + ".reasoning", m, null);
        });
        int priority = d.getPriority() == null ? 0 : d.getPriority();
        RouterAssembler.set(at + (d.getModels().isEmpty() ? ".models" : ".name"), d.getModels(),
                list -> b.decision(d.getName(), priority, when, list, d.getReasoning(), d.getMinQuality()));
    }

    /** The names of the models that set {@code models[].reasoning}. */
    private List<String> modelsWithReasoning() {
        return props.getModels().stream().filter(m -> m.getReasoning() != null)
                .map(m -> m.getName() != null ? m.getName() : m.getBean()).toList();
    }

    /** The keyword rules; with decisions they are signals and their route (which nothing reads) is the default model. */
    List<KeywordRule> keywordRules(boolean withDecisions) {
        List<SemanticRouterProperties.KeywordRule> rules = props.getKeywordRules();
        List<KeywordRule> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            SemanticRouterProperties.KeywordRule r = rules.get(i);
            String at = "keyword-rules[" + i + "]";
            KeywordRule.Builder b = builder(r, at, names);
            RoutingVocabulary.keywordRuleModels(r.getName(), r.getModels(), withDecisions).ifPresent(m -> {
                throw new SemanticRouterConfigurationException(PREFIX + at + ".models", m, null);
            });
            if (withDecisions) {
                b.route(defaultModel);
            } else {
                modelRefs(at + ".models", r.getModels());
                RouterAssembler.set(at + ".models", r.getModels(), list -> b.route(list.toArray(String[]::new)));
            }
            try {
                out.add(b.build());
            } catch (IllegalStateException e) {
                throw RouterAssembler.refused(at, new IllegalArgumentException(e.getMessage(), e));
            }
        }
        return out;
    }

    private static KeywordRule.Builder builder(SemanticRouterProperties.KeywordRule r, String at, Set<String> names) {
        KeywordRule.Builder[] b = new KeywordRule.Builder[1];
        RouterAssembler.set(at + ".name", r.getName() == null ? "" : r.getName(), n -> b[0] = KeywordRule.builder(n));
        if (!names.add(r.getName())) {
            throw new SemanticRouterConfigurationException(PREFIX + at + ".name", "duplicate keyword rule name '"
                    + r.getName() + "'", null);
        }
        KeywordRule.Builder k = b[0];
        k.caseSensitive(r.getCaseSensitive() != null && r.getCaseSensitive());
        k.wholeWords(r.getWholeWords() == null || r.getWholeWords());
        each(at + ".any-of", r.getAnyOf(), t -> k.anyOf(t));
        each(at + ".all-of", r.getAllOf(), t -> k.allOf(t));
        each(at + ".none-of", r.getNoneOf(), t -> k.noneOf(t));
        each(at + ".regex", r.getRegex(), k::regex);
        each(at + ".not-regex", r.getNotRegex(), k::notRegex);
        return k;
    }

    private static void each(String at, List<String> items, Consumer<String> setter) {
        for (int i = 0; i < items.size(); i++) {
            RouterAssembler.set(at + "[" + i + "]", items.get(i), setter);
        }
    }

    /**
     * The complexity signal from {@code complexity}, its values checked: the learned model {@code model} names
     * (a path relative to the working directory), or the contrastive signal.
     */
    ComplexitySignal complexity(Embedder embedder) {
        SemanticRouterProperties.Complexity c = props.getComplexity();
        if (c.getModel() == null) {
            return contrastive(embedder).build();
        }
        if (c.getThreshold() != null || !c.getEasy().isEmpty() || !c.getHard().isEmpty()) {
            throw new SemanticRouterConfigurationException(PREFIX + "complexity.model", "a learned model carries its"
                    + " own threshold: leave complexity.threshold, easy and hard unset", null);
        }
        ComplexitySignal[] out = new ComplexitySignal[1];
        try {
            RouterAssembler.set("complexity.model", c.getModel(),
                    m -> out[0] = StrongWeakSelector.named(m, java.nio.file.Path::of, embedder));
        } catch (java.io.UncheckedIOException e) {
            throw new SemanticRouterConfigurationException(PREFIX + "complexity.model", e.getMessage(), e);
        }
        return out[0];
    }

    /** The contrastive signal's builder from {@code complexity}, its values checked. */
    private ContrastiveComplexity.Builder contrastive(Embedder embedder) {
        SemanticRouterProperties.Complexity c = props.getComplexity();
        ContrastiveComplexity.Builder b = ContrastiveComplexity.builder(embedder);
        RouterAssembler.set("complexity.threshold", c.getThreshold(), b::threshold);
        if (!c.getEasy().isEmpty() || !c.getHard().isEmpty()) {
            RouterAssembler.set(c.getEasy().isEmpty() ? "complexity.easy" : "complexity.hard", c,
                    x -> b.examples(Map.of("easy", x.getEasy(), "hard", x.getHard())));
        }
        return b;
    }

    private void modelRefs(String at, List<String> names) {
        for (int j = 0; j < names.size(); j++) {
            if (!models.contains(names.get(j))) {
                throw new SemanticRouterConfigurationException(PREFIX + at + "[" + j + "]", "'" + names.get(j)
                        + "' is not one of the configured models " + models, null);
            }
        }
    }

    static ConditionSpec spec(SemanticRouterProperties.Condition c) {
        if (c == null) {
            return null;
        }
        return new ConditionSpec(c.getCategory(), c.getMinConfidence(), c.getComplexity(), c.getKeyword(),
                specs(c.getAll()), specs(c.getAny()), spec(c.getNot()), c.getAlways(), c.getReask());
    }

    private static List<ConditionSpec> specs(List<SemanticRouterProperties.Condition> list) {
        return list == null ? null : list.stream().map(DecisionAssembler::spec).toList();
    }

    /** A condition path in the properties' spelling: {@code .any[1].min-confidence}. */
    static String path(List<Object> path) {
        StringBuilder s = new StringBuilder();
        for (Object p : path) {
            s.append(p instanceof Integer i ? "[" + i + "]" : "." + p.toString().replace('_', '-'));
        }
        return s.toString();
    }
}
