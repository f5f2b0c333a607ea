package io.semanticrouter.server.config;

import io.semanticrouter.classifier.KeywordRule;

import java.util.List;

/**
 * One entry of {@code keyword_rules}: a rule on the words of the question. Phrases match whole words and
 * ignore case unless told otherwise; a rule matches when every {@code all_of} phrase and {@code regex} is
 * present, at least one {@code any_of} phrase is (when there are any), and nothing from {@code none_of} or
 * {@code not_regex} is.
 *
 * <pre>
 * keyword_rules:
 *   - name: refunds
 *     any_of: ["refund", "money back", "chargeback"]
 *     none_of: ["refund policy"]
 *     models: [strong]        # without decisions: a hard override, checked before the categories
 * </pre>
 *
 * <p>Without {@code decisions}, rules are overrides tried in file order and {@code models} is required. With
 * {@code decisions}, rules are signals that decisions test with {@code {keyword: name}}, and {@code models}
 * must be left out (the decision names the models).
 *
 * @param name          the rule name, unique
 * @param anyOf         phrases of which one must be present
 * @param allOf         phrases that must all be present
 * @param noneOf        phrases that must all be absent
 * @param regex         regular expressions that must all match
 * @param notRegex      regular expressions that must not match
 * @param caseSensitive whether case matters (default false)
 * @param wholeWords    whether phrases match whole words only (default true)
 * @param models        where a matching question goes, best first (only without decisions)
 */
public record KeywordRuleConfig(String name, List<String> anyOf, List<String> allOf, List<String> noneOf,
                                List<String> regex, List<String> notRegex, Boolean caseSensitive,
                                Boolean wholeWords, List<String> models) {

    /** Applies the defaults and copies the lists. */
    public KeywordRuleConfig {
        anyOf = Copies.list(anyOf);
        allOf = Copies.list(allOf);
        noneOf = Copies.list(noneOf);
        regex = Copies.list(regex);
        notRegex = Copies.list(notRegex);
        caseSensitive = caseSensitive != null && caseSensitive;
        wholeWords = wholeWords == null || wholeWords;
        models = Copies.list(models);
    }

    /**
     * Hands the matching settings and every term to {@code b}, whose setters check each term (not blank, a regular
     * expression that compiles); the caller sets the route.
     */
    KeywordRule.Builder terms(KeywordRule.Builder b, Refusals refusals) {
        b.caseSensitive(caseSensitive).wholeWords(wholeWords);
        refusals.each("any_of", anyOf, b::anyOf);
        refusals.each("all_of", allOf, b::allOf);
        refusals.each("none_of", noneOf, b::noneOf);
        refusals.each("regex", regex, b::regex);
        refusals.each("not_regex", notRegex, b::notRegex);
        return b;
    }
}
