package io.semanticrouter.server.config;

import io.semanticrouter.classifier.ConditionSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A condition in {@code decisions[].when}. Each condition has exactly one of these forms:
 *
 * <pre>
 * {category: math, min_confidence: 0.6}   # the classifier's best category, with at least this confidence
 *                                         # (default: classifier.min_confidence)
 * {complexity: hard}                      # hard | easy (see the complexity section)
 * {keyword: refunds}                      # the keyword rule of that name matches
 * {reask: true}                           # the user asks again what they asked 1-3 user turns ago
 *                                         # ({reask: false}: they do not)
 * {all: [cond, cond, ...]}                # every condition holds
 * {any: [cond, cond, ...]}                # at least one holds
 * {not: cond}                             # the condition does not hold
 * {always: true}                          # a catch-all
 * </pre>
 *
 * @param category      the category form: the category name
 * @param minConfidence with {@code category}: the confidence it needs
 * @param complexity    the complexity form
 * @param keyword       the keyword form: a rule name from {@code keyword_rules}
 * @param all           the conjunction form
 * @param any           the disjunction form
 * @param not           the negation form
 * @param always        the catch-all form (must be {@code true})
 * @param reask         the re-ask form: whether the query repeats one of the last three user turns
 */
public record ConditionConfig(String category, Double minConfidence, Level complexity, String keyword,
                              List<ConditionConfig> all, List<ConditionConfig> any, ConditionConfig not,
                              Boolean always, Boolean reask) {

    /** The two complexity levels. */
    public enum Level {
        /** The question needs a strong model. */
        HARD,
        /** The question does not. */
        EASY
    }

    /** Copies the lists; {@code null} stays {@code null} so that the validator can tell which form is used. */
    public ConditionConfig {
        all = all == null ? null : Copies.list(all);
        any = any == null ? null : Copies.list(any);
    }

    /** The forms a condition can take, as the file names them. */
    static final List<String> FORMS = ConditionSpec.FORMS;

    List<String> forms() {
        return spec().forms();
    }

    /** The same tree in the shared vocabulary of router-classifier, which holds the shape rules and builds it. */
    ConditionSpec spec() {
        return new ConditionSpec(category, minConfidence,
                complexity == null ? null : complexity.name().toLowerCase(Locale.ROOT), keyword,
                specs(all), specs(any), not == null ? null : not.spec(), always, reask);
    }

    private static List<ConditionSpec> specs(List<ConditionConfig> list) {
        if (list == null) {
            return null;
        }
        List<ConditionSpec> out = new ArrayList<>(list.size());
        for (ConditionConfig c : list) {
            out.add(c == null ? null : c.spec());
        }
        return out;
    }
}
