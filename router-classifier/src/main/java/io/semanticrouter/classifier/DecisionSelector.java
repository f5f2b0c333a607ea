package io.semanticrouter.classifier;

import io.semanticrouter.CategoryClassifier;
import io.semanticrouter.Classification;
import io.semanticrouter.ConversationSignals;
import io.semanticrouter.ModelSelector;
import io.semanticrouter.RequestContext;
import io.semanticrouter.RouteDecision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Routing by decisions: rules that combine signals with priorities, each naming its models and, optionally, a
 * reasoning mode. The signals are computed once per request from the router's embedding: the category
 * (a {@link CategoryClassifier}), the complexity (a {@link ComplexitySignal}: {@code hard} or {@code easy})
 * the {@link KeywordRule}s that match, and the router's conversation signals: a follow-up query's category is
 * decided from the earlier turn and the query together ({@link RequestContext#categoryText()}), and a re-ask
 * can be tested ({@link Condition#reask()}). The matching decision with the highest priority wins (the first
 * added on a tie); the trace names it and the signals it saw.
 *
 * <pre>{@code
 * DecisionSelector selector = DecisionSelector.builder()
 *         .categories(classifier).complexity(strongWeak).keywords(refundRule)
 *         .decision("refunds", 100, Condition.keyword("refunds"), List.of("support"), null)
 *         .decision("hard-math", 50, Condition.category("math", 0.6).and(Condition.complexity("hard")),
 *                 List.of("strong-reasoner"), "high")
 *         .decision("math", 10, Condition.category("math", 0.6), List.of("small-math"), null)
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DecisionSelector implements ModelSelector {

    /**
     * What the signals said about one request.
     *
     * @param category           the best category, or {@code null} without a classifier
     * @param categoryConfidence its confidence (0 without a classifier)
     * @param complexity         {@code "hard"}, {@code "easy"}, or {@code null} without a complexity router
     * @param keywords           the names of the keyword rules that match
     * @param followUp           whether the query leans on earlier turns (its category then comes from them too)
     * @param reask              whether the user asks again what they asked one to three turns ago
     */
    public record Signals(String category, double categoryConfidence, String complexity, Set<String> keywords,
                          boolean followUp, boolean reask) {
        public Signals {
            keywords = Set.copyOf(keywords);
        }

        /** Signals of a request without conversation signals. */
        public Signals(String category, double categoryConfidence, String complexity, Set<String> keywords) {
            this(category, categoryConfidence, complexity, keywords, false, false);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "category %s (%.2f%s), complexity %s, keywords %s%s", category,
                    categoryConfidence, followUp ? ", with the earlier turn" : "", complexity, keywords,
                    reask ? ", re-ask" : "");
        }
    }

    /** A condition on the signals, combinable with {@link #and}, {@link #or} and {@link #negate}. */
    public interface Condition {
        boolean test(Signals s);

        /** How the condition reads in a trace. */
        String describe();

        /**
         * The category is {@code name} with at least {@code minConfidence}.
         *
         * @throws IllegalArgumentException unless minConfidence is in [0, 1]
         */
        static Condition category(String name, double minConfidence) {
            Objects.requireNonNull(name, "name");
            if (!(minConfidence >= 0 && minConfidence <= 1)) {
                throw new IllegalArgumentException("minConfidence must be in [0, 1], was " + minConfidence);
            }
            return of("category == " + name + " (>= " + minConfidence + ")",
                    s -> name.equals(s.category()) && s.categoryConfidence() >= minConfidence);
        }

        /** The complexity is {@code level} ({@code "hard"} or {@code "easy"}). */
        static Condition complexity(String level) {
            if (!"hard".equals(level) && !"easy".equals(level)) {
                throw new IllegalArgumentException("complexity must be 'hard' or 'easy', was '" + level + "'");
            }
            return of("complexity == " + level, s -> level.equals(s.complexity()));
        }

        /** The keyword rule called {@code rule} matches. */
        static Condition keyword(String rule) {
            Objects.requireNonNull(rule, "rule");
            return of("keyword " + rule, s -> s.keywords().contains(rule));
        }

        /**
         * The user asks again what they asked one to three user turns ago (the router's re-ask signal,
         * {@code io.semanticrouter.ConversationSignals#reask()}): the earlier answer probably failed, so a decision
         * may send the turn to a stronger model.
         */
        static Condition reask() {
            return of("reask", Signals::reask);
        }

        /** Always true: a catch-all decision. */
        static Condition always() {
            return of("always", s -> true);
        }

        default Condition and(Condition other) {
            Condition self = this;
            return of("(" + describe() + " AND " + other.describe() + ")", s -> self.test(s) && other.test(s));
        }

        default Condition or(Condition other) {
            Condition self = this;
            return of("(" + describe() + " OR " + other.describe() + ")", s -> self.test(s) || other.test(s));
        }

        default Condition negate() {
            Condition self = this;
            return of("NOT " + describe(), s -> !self.test(s));
        }

        private static Condition of(String text, java.util.function.Predicate<Signals> p) {
            return new Condition() {
                @Override
                public boolean test(Signals s) {
                    return p.test(s);
                }

                @Override
                public String describe() {
                    return text;
                }
            };
        }
    }

    /**
     * One decision.
     *
     * @param minQuality with a {@link CostQualityOrder}: the quality score a model needs for the request's category
     *                   to be tried first, cheapest first; {@code null} to try the models in the listed order
     */
    public record Decision(String name, int priority, Condition when, List<String> models, String reasoning,
                           Double minQuality) {
        public Decision {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(when, "when");
            models = List.copyOf(models);
            if (models.isEmpty()) {
                throw new IllegalArgumentException("decision '" + name + "' has no model");
            }
            if (minQuality != null && !(minQuality >= 0 && minQuality <= 1)) {
                throw new IllegalArgumentException("min_quality must be in [0, 1], was " + minQuality);
            }
        }

        /** A decision that tries its models in the listed order. */
        public Decision(String name, int priority, Condition when, List<String> models, String reasoning) {
            this(name, priority, when, models, reasoning, null);
        }
    }

    private final CategoryClassifier categories;
    private final ComplexitySignal complexity;
    private final List<KeywordRule> keywords;
    private final List<Decision> decisions;
    private final CostQualityOrder costQuality;
    private final double costQualityMinConfidence;

    private DecisionSelector(Builder b) {
        this.costQuality = b.costQuality;
        this.costQualityMinConfidence = b.costQualityMinConfidence;
        this.categories = b.categories;
        this.complexity = b.complexity;
        this.keywords = List.copyOf(b.keywords);
        List<Decision> sorted = new ArrayList<>(b.decisions);
        sorted.sort(Comparator.comparingInt(Decision::priority).reversed()); // stable: first added wins a tie
        this.decisions = List.copyOf(sorted);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The signals for one request (each signal computed once). */
    public Signals signals(RequestContext context) {
        String category = null;
        double confidence = 0;
        if (categories != null) {
            Classification c = categories.classify(context.categoryText(), context.categoryEmbedding());
            category = c.category();
            confidence = c.confidence();
        }
        String level = null;
        if (complexity != null) {
            level = complexity.hard(context.query(), context.embedding()) ? "hard" : "easy";
        }
        Set<String> matched = new LinkedHashSet<>();
        for (KeywordRule rule : keywords) {
            if (rule.match(context.query()).isPresent()) {
                matched.add(rule.name());
            }
        }
        ConversationSignals conversation = context.conversation();
        return new Signals(category, confidence, level, matched, conversation.categoryFromContext(),
                conversation.reask());
    }

    @Override
    public RouteDecision select(RequestContext context) {
        Signals s = signals(context);
        for (Decision d : decisions) {
            if (d.when().test(s)) {
                // a category below the confidence bar is not trusted: then no model reaches the quality bar
                String trusted = s.categoryConfidence() >= costQualityMinConfidence ? s.category() : null;
                List<String> models = d.minQuality() == null ? d.models()
                        : costQuality.order(d.models(), trusted, d.minQuality());
                String how = d.minQuality() == null ? "" : trusted == null
                        ? ", no trusted category for cost and quality: listed order"
                        : ", cheapest with quality >= " + d.minQuality() + " for " + trusted + " first";
                return new RouteDecision(s.category(), s.categoryConfidence(), models,
                        "decision '" + d.name() + "' (priority " + d.priority() + "): " + d.when().describe() + " on " + s
                                + " -> " + models.get(0) + how
                                + (d.reasoning() == null ? "" : ", reasoning " + d.reasoning()),
                        d.reasoning(), d.name(), null);
            }
        }
        return RouteDecision.useDefault(s.category(), s.categoryConfidence(), "no decision matched " + s);
    }

    @Override
    public boolean readsReasks() {
        return decisions.stream().anyMatch(d -> REASK_TEST.matcher(d.when().describe()).find());
    }

    @Override
    public Set<String> modelNames() {
        Set<String> names = new LinkedHashSet<>();
        decisions.forEach(d -> names.addAll(d.models()));
        return names;
    }

    /** {@link Condition#reask()} in a description, not a category or keyword rule of that name. */
    private static final java.util.regex.Pattern REASK_TEST = java.util.regex.Pattern.compile("(?<!keyword )(?<!== )\\breask\\b");

    private static final java.util.regex.Pattern KEYWORD_TEST = java.util.regex.Pattern.compile("keyword ([^ )]+)");

    /** Builder of {@link DecisionSelector}. */
    public static final class Builder {
        private CategoryClassifier categories;
        private ComplexitySignal complexity;
        private final List<KeywordRule> keywords = new ArrayList<>();
        private final List<Decision> decisions = new ArrayList<>();
        private CostQualityOrder costQuality;
        private double costQualityMinConfidence = 0.5;

        private Builder() {
        }

        /**
         * The category confidence a cost-quality decision needs before it orders its models by the category's
         * quality scores (YAML: {@code classifier.min_confidence}); below it the decision keeps its listed order.
         * Default 0.5.
         *
         * @throws IllegalArgumentException if not in [0, 1]
         */
        public Builder costQualityMinConfidence(double confidence) {
            if (!(confidence >= 0 && confidence <= 1)) {
                throw new IllegalArgumentException("costQualityMinConfidence must be in [0, 1], was " + confidence);
            }
            this.costQualityMinConfidence = confidence;
            return this;
        }

        /** Prices and quality scores, for decisions with a {@code minQuality} (cost-quality strategy). */
        public Builder costQuality(CostQualityOrder order) {
            this.costQuality = Objects.requireNonNull(order, "order must not be null");
            return this;
        }

        /** The category signal. */
        public Builder categories(CategoryClassifier classifier) {
            this.categories = Objects.requireNonNull(classifier, "classifier must not be null");
            return this;
        }

        /** The complexity signal ({@link StrongWeakSelector} or {@link ContrastiveComplexity}). */
        public Builder complexity(ComplexitySignal signal) {
            this.complexity = Objects.requireNonNull(signal, "signal must not be null");
            return this;
        }

        /** Keyword rules whose names decisions can test with {@link Condition#keyword}. */
        public Builder keywords(KeywordRule... rules) {
            for (KeywordRule r : rules) {
                keywords.add(Objects.requireNonNull(r, "rule must not be null"));
            }
            return this;
        }

        /**
         * Adds a decision.
         *
         * @param reasoning the reasoning mode to ask for, or {@code null}
         * @throws IllegalArgumentException if the name is taken or no model is given
         */
        public Builder decision(String name, int priority, Condition when, List<String> models, String reasoning) {
            return decision(name, priority, when, models, reasoning, null);
        }

        /**
         * Adds a decision whose models are ordered by cost and quality ({@link CostQualityOrder}) when
         * {@code minQuality} is given.
         *
         * @param minQuality the quality a model needs for the category to be tried first, in [0, 1], or {@code null}
         * @throws IllegalArgumentException if the name is taken, no model is given or minQuality is out of range
         */
        public Builder decision(String name, int priority, Condition when, List<String> models, String reasoning,
                                Double minQuality) {
            for (Decision d : decisions) {
                if (d.name().equals(name)) {
                    throw new IllegalArgumentException("decision '" + name + "' is already defined");
                }
            }
            decisions.add(new Decision(name, priority, when, models, reasoning, minQuality));
            return this;
        }

        /**
         * Builds the selector.
         *
         * @throws IllegalStateException if there is no decision, or a condition needs a signal that is not configured
         */
        public DecisionSelector build() {
            if (decisions.isEmpty()) {
                throw new IllegalStateException("no decision: add at least one with decision(..)");
            }
            for (Decision d : decisions) {
                if (d.minQuality() != null && costQuality == null) {
                    throw new IllegalStateException("decision '" + d.name() + "' orders its models by cost and quality"
                            + " but no prices and scores are set (costQuality)");
                }
                if (d.minQuality() != null) {
                    d.models().stream().filter(m -> !costQuality.hasPrice(m)).findFirst().ifPresent(m -> {
                        throw new IllegalStateException("decision '" + d.name() + "' orders its models by cost and"
                                + " quality, but model '" + m + "' has no price (CostQualityOrder.Builder.price)");
                    });
                }
                String text = d.when().describe();
                if (text.contains("category ==") && categories == null) {
                    throw new IllegalStateException("decision '" + d.name() + "' tests the category but no classifier is set");
                }
                if (text.contains("complexity ==") && complexity == null) {
                    throw new IllegalStateException("decision '" + d.name() + "' tests the complexity but no complexity router is set");
                }
                java.util.regex.Matcher m = KEYWORD_TEST.matcher(text);
                while (m.find()) {
                    String rule = m.group(1);
                    if (keywords.stream().noneMatch(k -> k.name().equals(rule))) {
                        throw new IllegalStateException("decision '" + d.name() + "' tests keyword rule '" + rule
                                + "', which is not set");
                    }
                }
            }
            return new DecisionSelector(this);
        }
    }
}
