package io.semanticrouter;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every candidate model of a request failed. Each failure is kept, in call order, both in
 * {@link #failures()} and as a suppressed exception; the first failure is also the cause.
 */
public class AllModelsFailedException extends SemanticRouterException {
    private static final long serialVersionUID = 1L;

    private final transient List<ModelFailure> failures;
    private final transient RouteDecision decision;

    public AllModelsFailedException(RouteDecision decision, List<ModelFailure> failures) {
        super(message(failures), failures.isEmpty() ? null : failures.get(0).error());
        this.failures = List.copyOf(failures);
        this.decision = decision;
        for (int i = 1; i < failures.size(); i++) {
            addSuppressed(failures.get(i).error());
        }
    }

    private static String message(List<ModelFailure> failures) {
        return "all " + failures.size() + " candidate model(s) failed: " + failures.stream()
                .map(f -> f.model() + " (" + f.error().getClass().getSimpleName() + ": " + f.error().getMessage() + ")")
                .collect(Collectors.joining(", "));
    }

    /** Every failed attempt, in the order the models were tried. */
    public List<ModelFailure> failures() {
        return failures;
    }

    /** The routing decision whose candidates all failed. */
    public RouteDecision decision() {
        return decision;
    }
}
