package io.semanticrouter;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link RequestGuard} decided.
 *
 * @param action        allow, restrict to {@code allowedModels}, or block
 * @param guard         the guard's name, for traces and metrics (e.g. {@code "pii"}, {@code "jailbreak"})
 * @param reason        why, e.g. {@code "EMAIL, PHONE may only go to [local-model]"}; empty when allowed
 * @param allowedModels the models that may receive the request (only for {@link Action#RESTRICT})
 * @param findings      what was found (types, matched patterns, scores); may be empty
 */
public record GuardVerdict(Action action, String guard, String reason, Set<String> allowedModels, List<String> findings) {

    /** What the router does with the request. */
    public enum Action {
        /** Go on. */
        ALLOW,
        /** Go on, but only to {@link GuardVerdict#allowedModels()}. */
        RESTRICT,
        /** Refuse: no model call, no cache. */
        BLOCK
    }

    public GuardVerdict {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(reason, "reason");
        allowedModels = Set.copyOf(allowedModels);
        findings = List.copyOf(findings);
        if (action == Action.RESTRICT && allowedModels.isEmpty()) {
            throw new IllegalArgumentException("a restriction needs at least one allowed model; block instead");
        }
    }

    /** Lets the request through. */
    public static GuardVerdict allow(String guard) {
        return new GuardVerdict(Action.ALLOW, guard, "", Set.of(), List.of());
    }

    /** Restricts the request to the given models. */
    public static GuardVerdict restrict(String guard, Set<String> models, String reason, List<String> findings) {
        return new GuardVerdict(Action.RESTRICT, guard, reason, models, findings);
    }

    /** Blocks the request. */
    public static GuardVerdict block(String guard, String reason, List<String> findings) {
        return new GuardVerdict(Action.BLOCK, guard, reason, Set.of(), findings);
    }
}
