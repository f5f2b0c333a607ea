package io.semanticrouter;

import java.util.Objects;

/**
 * A guard refused the request: no model was called and the cache was not used. {@link #verdict()} names the
 * guard, the reason and what it found, for the caller to show or log.
 */
public class RequestBlockedException extends SemanticRouterException {
    private static final long serialVersionUID = 1L;

    private final transient GuardVerdict verdict;

    public RequestBlockedException(GuardVerdict verdict) {
        super("request blocked by the " + Objects.requireNonNull(verdict, "verdict").guard() + " guard: "
                + verdict.reason());
        this.verdict = verdict;
    }

    /** The blocking verdict. */
    public GuardVerdict verdict() {
        return verdict;
    }
}
