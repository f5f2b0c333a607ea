package io.semanticrouter.classifier;

import io.semanticrouter.classifier.DecisionSelector.Condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A decision's condition as the configuration readers spell it (the gateway's YAML file and the Spring starter's
 * {@code semantic-router.decisions[].when}): a tree whose every node has exactly one form, {@code category} (with
 * an optional {@code min_confidence}), {@code complexity} ({@code hard} or {@code easy}), {@code keyword} (a keyword
 * rule's name), {@code all} or {@code any} (lists of conditions), {@code not} (one condition),
 * {@code always: true} or {@code reask} ({@code true}: the user asks again what they asked one to three user turns
 * ago, {@link Condition#reask()}; {@code false}: they do not). The shape rules live here so that both readers apply the same ones; references to names
 * (categories, keyword rules) are the readers' and {@link DecisionSelector.Builder#build()}'s to check.
 *
 * @param category      the category the classifier must pick, or null
 * @param minConfidence the confidence it needs (only with category), or null for the reader's default
 * @param complexity    {@code hard} or {@code easy} (any case), or null
 * @param keyword       the name of a keyword rule that must match, or null
 * @param all           conditions that must all hold, or null
 * @param any           conditions of which one must hold, or null
 * @param not           a condition that must not hold, or null
 * @param always        true for a catch-all, or null
 * @param reask         true or false for the re-ask form, or null
 */
public record ConditionSpec(String category, Double minConfidence, String complexity, String keyword,
                            List<ConditionSpec> all, List<ConditionSpec> any, ConditionSpec not, Boolean always,
                            Boolean reask) {

    /** The forms, in the order a reader lists them. */
    public static final List<String> FORMS = List.of("category", "complexity", "keyword", "all", "any", "not", "always",
            "reask");

    /**
     * A tree node without the re-ask form.
     *
     * @param category      the category the classifier must pick, or null
     * @param minConfidence the confidence it needs (only with category), or null for the reader's default
     * @param complexity    {@code hard} or {@code easy} (any case), or null
     * @param keyword       the name of a keyword rule that must match, or null
     * @param all           conditions that must all hold, or null
     * @param any           conditions of which one must hold, or null
     * @param not           a condition that must not hold, or null
     * @param always        true for a catch-all, or null
     */
    public ConditionSpec(String category, Double minConfidence, String complexity, String keyword,
                         List<ConditionSpec> all, List<ConditionSpec> any, ConditionSpec not, Boolean always) {
        this(category, minConfidence, complexity, keyword, all, any, not, always, null);
    }

    /**
     * A shape problem of one node.
     *
     * @param key     the key under the node the problem is at ({@code min_confidence}, {@code all}...), or
     *                {@code ""} for the node itself; snake_case, as the gateway file spells it
     * @param message what is wrong, without the key
     */
    public record Problem(String key, String message) {
    }

    /** A condition tree that is not well formed; {@link #path()} says where, relative to the tree's root. */
    public static final class InvalidConditionException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient List<Object> path;

        InvalidConditionException(List<Object> path, String message) {
            super(message);
            this.path = List.copyOf(path);
        }

        /**
         * The keys (strings, snake_case) and list indexes (integers) from the root to the problem.
         *
         * @return the path, empty for the root itself
         */
        public List<Object> path() {
            return path;
        }
    }

    /**
     * The forms this node gives, in {@link #FORMS} order.
     *
     * @return the forms given
     */
    public List<String> forms() {
        Object[] values = {category, complexity, keyword, all, any, not, always, reask};
        List<String> given = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                given.add(FORMS.get(i));
            }
        }
        return given;
    }

    /**
     * The first shape problem of this node alone (not of its children): no form or more than one,
     * {@code min_confidence} without {@code category}, a blank category or keyword, an empty {@code all} or
     * {@code any}, {@code always: false}, a complexity other than hard or easy.
     *
     * @return the problem, or empty when the node is well formed
     */
    public Optional<Problem> nodeProblem() {
        List<String> forms = forms();
        if (forms.isEmpty()) {
            return problem("", "is empty: give one of " + String.join(", ", FORMS));
        }
        if (forms.size() > 1) {
            return problem("", "has more than one form (" + String.join(", ", forms) + "); combine conditions with"
                    + " all: [...] or any: [...]");
        }
        if (minConfidence != null && category == null) {
            return problem("min_confidence", "only goes with category");
        }
        return switch (forms.get(0)) {
            case "category" -> category.isBlank() ? problem("category", "must name a category, was empty") : Optional.empty();
            case "keyword" -> keyword.isBlank() ? problem("keyword", "must name a keyword rule, was empty") : Optional.empty();
            case "complexity" -> level(complexity) == null
                    ? problem("complexity", "must be hard or easy, was '" + complexity + "'") : Optional.empty();
            case "all" -> all.isEmpty() ? problem("all", "must list at least one condition") : Optional.empty();
            case "any" -> any.isEmpty() ? problem("any", "must list at least one condition") : Optional.empty();
            case "always" -> always ? Optional.empty()
                    : problem("always", "must be true (remove the decision to turn it off)");
            default -> Optional.empty();
        };
    }

    private static Optional<Problem> problem(String key, String message) {
        return Optional.of(new Problem(key, message));
    }

    private static String level(String complexity) {
        String l = complexity == null ? "" : complexity.toLowerCase(Locale.ROOT);
        return l.equals("hard") || l.equals("easy") ? l : null;
    }

    /**
     * The condition this tree describes, its shape checked node by node.
     *
     * @param defaultMinConfidence the confidence a category node without {@code min_confidence} needs
     * @return the condition
     * @throws InvalidConditionException naming the path of the first malformed node or of a minimum confidence
     *                                   outside [0, 1]
     */
    public Condition toCondition(double defaultMinConfidence) {
        return build(this, new ArrayList<>(), defaultMinConfidence);
    }

    private static Condition build(ConditionSpec c, List<Object> at, double defaultMin) {
        if (c == null) {
            throw new InvalidConditionException(at, "a condition is required, was empty");
        }
        Optional<Problem> p = c.nodeProblem();
        if (p.isPresent()) {
            List<Object> where = new ArrayList<>(at);
            if (!p.get().key().isEmpty()) {
                where.add(p.get().key());
            }
            throw new InvalidConditionException(where, p.get().message());
        }
        return switch (c.forms().get(0)) {
            case "category" -> category(c, at, defaultMin);
            case "complexity" -> Condition.complexity(level(c.complexity));
            case "keyword" -> Condition.keyword(c.keyword);
            case "all" -> children(c.all, at, "all", defaultMin).stream().reduce(Condition::and).orElseThrow();
            case "any" -> children(c.any, at, "any", defaultMin).stream().reduce(Condition::or).orElseThrow();
            case "not" -> build(c.not, with(at, "not"), defaultMin).negate();
            case "reask" -> c.reask ? Condition.reask() : Condition.reask().negate();
            default -> Condition.always();
        };
    }

    private static Condition category(ConditionSpec c, List<Object> at, double defaultMin) {
        try {
            return Condition.category(c.category, c.minConfidence != null ? c.minConfidence : defaultMin);
        } catch (IllegalArgumentException e) {
            throw new InvalidConditionException(c.minConfidence != null ? with(at, "min_confidence") : at, e.getMessage());
        }
    }

    private static List<Condition> children(List<ConditionSpec> list, List<Object> at, String key, double defaultMin) {
        List<Condition> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(build(list.get(i), with(with(at, key), i), defaultMin));
        }
        return out;
    }

    private static List<Object> with(List<Object> at, Object key) {
        List<Object> next = new ArrayList<>(at);
        next.add(key);
        return next;
    }

    /**
     * Whether any node of the tree tests the complexity (then a complexity signal is needed).
     *
     * @return whether the tree tests the complexity
     */
    public boolean usesComplexity() {
        if (complexity != null) {
            return true;
        }
        List<ConditionSpec> children = all != null ? all : any != null ? any : List.of();
        return children.stream().anyMatch(c -> c != null && c.usesComplexity()) || (not != null && not.usesComplexity());
    }

    /**
     * Whether any node of the tree tests the re-ask signal ({@code reask: true} or {@code false}); such a test needs
     * a conversation analyzer that compares earlier turns.
     *
     * @return whether the tree tests the re-ask signal
     */
    public boolean usesReask() {
        if (reask != null) {
            return true;
        }
        List<ConditionSpec> children = all != null ? all : any != null ? any : List.of();
        return children.stream().anyMatch(c -> c != null && c.usesReask()) || (not != null && not.usesReask());
    }

    /**
     * The categories the tree tests, in the order they appear.
     *
     * @return the category names
     */
    public List<String> categories() {
        List<String> out = new ArrayList<>();
        if (category != null) {
            out.add(category);
        }
        for (List<ConditionSpec> list : java.util.Arrays.asList(all, any)) {
            if (list != null) {
                list.stream().filter(java.util.Objects::nonNull).forEach(c -> out.addAll(c.categories()));
            }
        }
        if (not != null) {
            out.addAll(not.categories());
        }
        return out;
    }
}
