package io.semanticrouter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 3, guards: runs the {@link RequestGuard}s in order. A block ends the request with
 * {@link RequestBlockedException} (no model, no cache); restrictions narrow the models the request may go to. A
 * guard that fails or returns nothing blocks: a guard is there to say no.
 */
final class GuardStage implements RouterStage {

    private static final Logger log = LoggerFactory.getLogger(GuardStage.class);

    private final List<RequestGuard> guards;
    private final Set<String> models;
    private final RouterStats stats;

    GuardStage(List<RequestGuard> guards, Set<String> models, RouterStats stats) {
        this.guards = guards;
        this.models = models;
        this.stats = stats;
    }

    @Override
    public void apply(RequestState state) {
        if (guards.isEmpty()) {
            return;
        }
        RequestContext context = state.context();
        Set<String> allowed = null;
        for (RequestGuard guard : guards) {
            GuardVerdict v = check(guard, context);
            switch (v.action()) {
                case ALLOW -> { }
                case RESTRICT -> allowed = narrow(allowed, v);
                case BLOCK -> throw blocked(v);
            }
        }
        state.allowedModels(allowed);
    }

    private static GuardVerdict check(RequestGuard guard, RequestContext context) {
        try {
            GuardVerdict v = guard.check(context);
            if (v == null) {
                throw new IllegalStateException("guard returned no verdict");
            }
            return v;
        } catch (RuntimeException e) {
            log.warn("Guard {} failed; blocking the request", guard, e);
            return GuardVerdict.block(guard.getClass().getSimpleName(), "the guard failed: " + e, List.of());
        }
    }

    /** The models allowed so far, narrowed by a restriction; blocks when no registered model is left. */
    private Set<String> narrow(Set<String> allowed, GuardVerdict v) {
        Set<String> kept = allowed == null ? new LinkedHashSet<>(v.allowedModels()) : allowed;
        if (allowed != null) {
            kept.retainAll(v.allowedModels());
        }
        if (kept.stream().noneMatch(models::contains)) {
            throw blocked(GuardVerdict.block(v.guard(), v.reason() + "; no registered model may receive it",
                    v.findings()));
        }
        return kept;
    }

    private RequestBlockedException blocked(GuardVerdict v) {
        stats.blocked(v.guard());
        return new RequestBlockedException(v);
    }
}
