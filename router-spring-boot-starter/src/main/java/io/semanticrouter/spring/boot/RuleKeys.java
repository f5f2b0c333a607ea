package io.semanticrouter.spring.boot;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;

import java.util.Set;

/**
 * The key check for {@code decisions} and {@code keyword-rules} that Spring Boot's binder does not make. Its
 * unbound-key check misses a misspelt key next to a correct one in a list's first entry
 * ({@code when.all[0].categry} beside {@code when.all[0].category}), and keys under {@code not} that bind nothing
 * (the binder then leaves the whole condition out instead of reporting them). Every key under those two sections
 * is checked against the vocabulary here, so a misspelt one fails the start-up with its name; so is every key under
 * {@code models[i].pricing}, where the same miss lets {@code pricing.prompt} pass beside {@code pricing.prompt-per-1m}.
 */
final class RuleKeys {

    private static final ConfigurationPropertyName DECISIONS = ConfigurationPropertyName.of("semantic-router.decisions");
    private static final ConfigurationPropertyName RULES = ConfigurationPropertyName.of("semantic-router.keyword-rules");
    private static final ConfigurationPropertyName MODELS = ConfigurationPropertyName.of("semantic-router.models");
    /** The keys of {@code models[i].pricing}, in Spring's uniform form (dashes and underscores dropped). */
    private static final Set<String> PRICES = Set.of("promptper1m", "completionper1m");
    private static final Set<String> LEAVES = Set.of("category", "min-confidence", "complexity", "keyword", "always",
            "reask");
    private static final Set<String> RULE_LISTS = Set.of("any-of", "all-of", "none-of", "regex", "not-regex", "models");
    private static final Set<String> RULE_VALUES = Set.of("name", "case-sensitive", "whole-words");

    private RuleKeys() {
    }

    /** Fails with the first key under {@code decisions} or {@code keyword-rules} that is not in the vocabulary. */
    static void check(Environment environment) {
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source instanceof IterableConfigurationPropertySource names) {
                names.stream().forEach(RuleKeys::check);
            }
        }
    }

    static void check(ConfigurationPropertyName name) {
        String problem = null;
        if (DECISIONS.isAncestorOf(name)) {
            problem = decision(name);
        } else if (RULES.isAncestorOf(name)) {
            problem = rule(name);
        } else if (MODELS.isAncestorOf(name)) {
            problem = pricing(name);
        }
        if (problem != null) {
            throw new SemanticRouterConfigurationException(name.toString(), problem, null);
        }
    }

    private static final String UNKNOWN = "is not a key the starter knows (see docs/spring.md)";

    /** {@code decisions[i].(name | priority | strategy | min-quality | reasoning | models[j] | tool-selection | when<condition>)}. */
    private static String decision(ConfigurationPropertyName n) {
        int size = n.getNumberOfElements();
        if (size < 4 || !n.isNumericIndex(2)) {
            return size < 3 || n.isNumericIndex(2) ? null : UNKNOWN;
        }
        String key = element(n, 3);
        return switch (key) {
            case "name", "priority", "strategy", "min-quality", "reasoning" -> size == 4 ? null : UNKNOWN;
            case "models" -> size == 4 || size == 5 && n.isNumericIndex(4) ? null : UNKNOWN;
            case "when" -> condition(n, 4);
            case "tool-selection" -> toolSelection(n);
            default -> UNKNOWN;
        };
    }

    /**
     * {@code decisions[i].tool-selection.(enabled | top-k | min-similarity | always-keep[j] | language-gate |
     * min-english-share | widen-below | widen-to)}.
     */
    private static String toolSelection(ConfigurationPropertyName n) {
        int size = n.getNumberOfElements();
        if (size == 4) {
            return null;
        }
        String key = element(n, 4);
        return switch (key) {
            case "enabled", "top-k", "min-similarity", "language-gate", "min-english-share", "widen-below",
                 "widen-to" -> size == 5 ? null : UNKNOWN;
            case "always-keep" -> size == 5 || size == 6 && n.isNumericIndex(5) ? null : UNKNOWN;
            default -> UNKNOWN;
        };
    }

    /** A condition from element {@code i} on. */
    private static String condition(ConfigurationPropertyName n, int i) {
        int size = n.getNumberOfElements();
        if (i >= size) {
            return null;
        }
        String key = element(n, i);
        if (LEAVES.contains(key)) {
            return i == size - 1 ? null : UNKNOWN;
        }
        if (key.equals("all") || key.equals("any")) {
            return i + 1 >= size ? null : n.isNumericIndex(i + 1) ? condition(n, i + 2) : UNKNOWN;
        }
        if (key.equals("not")) {
            if (i + 1 < size && element(n, i + 1).equals("not")) {
                return "a double negation directly under not does not bind; drop both, or write not: {all: [{not: ...}]}";
            }
            return condition(n, i + 1);
        }
        return UNKNOWN;
    }

    /** {@code keyword-rules[i].(name | case-sensitive | whole-words | any-of[j] | ... | models[j])}. */
    private static String rule(ConfigurationPropertyName n) {
        int size = n.getNumberOfElements();
        if (size < 4 || !n.isNumericIndex(2)) {
            return size < 3 || n.isNumericIndex(2) ? null : UNKNOWN;
        }
        String key = element(n, 3);
        if (RULE_VALUES.contains(key)) {
            return size == 4 ? null : UNKNOWN;
        }
        if (RULE_LISTS.contains(key)) {
            return size == 4 || size == 5 && n.isNumericIndex(4) ? null : UNKNOWN;
        }
        return UNKNOWN;
    }

    /** {@code models[i].pricing.(prompt-per-1m | completion-per-1m)}; the other model keys are the binder's. */
    private static String pricing(ConfigurationPropertyName n) {
        if (n.getNumberOfElements() < 4 || !n.isNumericIndex(2) || !element(n, 3).equals("pricing")) {
            return null;
        }
        boolean known = n.getNumberOfElements() == 5
                && PRICES.contains(n.getElement(4, ConfigurationPropertyName.Form.UNIFORM));
        return known ? null : UNKNOWN;
    }

    private static String element(ConfigurationPropertyName n, int i) {
        return n.getElement(i, ConfigurationPropertyName.Form.DASHED);
    }
}
