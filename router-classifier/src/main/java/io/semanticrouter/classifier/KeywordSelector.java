package io.semanticrouter.classifier;

import io.semanticrouter.ModelSelector;
import io.semanticrouter.RequestContext;
import io.semanticrouter.RouteDecision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Hard overrides before the learned routing: the first {@link KeywordRule} (in the order given) that matches
 * the question decides the models; otherwise the delegate selector decides. The trace names the rule and
 * the words that matched.
 *
 * <p>Immutable and thread-safe when the delegate is.
 */
public final class KeywordSelector implements ModelSelector {

    private final List<KeywordRule> rules;
    private final ModelSelector delegate;

    /**
     * @param rules    rules in priority order
     * @param delegate the selector for questions no rule matches, or {@code null} for the router's default
     * @throws NullPointerException if rules or one rule is null
     */
    public KeywordSelector(List<KeywordRule> rules, ModelSelector delegate) {
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules must not be null"));
        this.delegate = delegate;
    }

    @Override
    public RouteDecision select(RequestContext context) {
        for (KeywordRule rule : rules) {
            Optional<String> hit = rule.match(context.query());
            if (hit.isPresent()) {
                return new RouteDecision(rule.name(), 1.0, rule.models(),
                        "keyword rule '" + rule.name() + "' matched '" + hit.get() + "' -> " + rule.models().get(0));
            }
        }
        return delegate == null ? RouteDecision.useDefault(null, 0, "no keyword rule matched") : delegate.select(context);
    }

    @Override
    public Set<String> modelNames() {
        Set<String> names = new LinkedHashSet<>();
        rules.forEach(r -> names.addAll(r.models()));
        if (delegate != null) {
            names.addAll(delegate.modelNames());
        }
        return names;
    }
}
