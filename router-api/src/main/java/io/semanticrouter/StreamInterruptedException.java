package io.semanticrouter;

import java.util.List;

/**
 * A streamed answer failed after part of it had reached the consumer. The router does not switch to another
 * candidate mid-answer (the consumer would get the start of one answer glued to another) and stores nothing;
 * the consumer should end the stream as failed. The cause is the answering model's error.
 */
public class StreamInterruptedException extends SemanticRouterException {
    private static final long serialVersionUID = 1L;

    private final String model;
    private final transient RouteDecision decision;
    private final transient List<ModelFailure> failures;

    /**
     * @param model    the model that failed mid-answer
     * @param decision the routing decision
     * @param failures every failed attempt in call order; the last one is {@code model}'s
     */
    public StreamInterruptedException(String model, RouteDecision decision, List<ModelFailure> failures) {
        super("model '" + model + "' failed after streaming part of its answer; no other model was tried and "
                + "nothing was stored: " + cause(failures), failures.isEmpty() ? null : failures.get(failures.size() - 1).error());
        this.model = model;
        this.decision = decision;
        this.failures = List.copyOf(failures);
    }

    private static String cause(List<ModelFailure> failures) {
        if (failures.isEmpty()) {
            return "no cause";
        }
        Throwable e = failures.get(failures.size() - 1).error();
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** The registered name of the model that failed mid-answer. */
    public String model() {
        return model;
    }

    /** The routing decision of the request. */
    public RouteDecision decision() {
        return decision;
    }

    /** Every failed attempt in call order: candidates that failed before answering, then {@link #model()}. */
    public List<ModelFailure> failures() {
        return failures;
    }
}
