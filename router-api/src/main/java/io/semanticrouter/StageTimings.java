package io.semanticrouter;

import java.time.Duration;

/**
 * Wall-clock time spent in each stage of one routed request. Stages that did not run are {@link Duration#ZERO}.
 *
 * @param embedding   embedding the query
 * @param selection   classifying and choosing models
 * @param cacheLookup looking up the semantic cache
 * @param model       calling models, fallbacks included
 * @param cacheStore  writing the answer to the cache
 * @param total       the whole request
 */
public record StageTimings(Duration embedding, Duration selection, Duration cacheLookup, Duration model,
                           Duration cacheStore, Duration total) {

    /** Everything except model calls: what the router itself added to the request. */
    public Duration routingOverhead() {
        return total.minus(model);
    }

    static StageTimings ofNanos(long embed, long select, long lookup, long model, long store, long total) {
        return new StageTimings(Duration.ofNanos(embed), Duration.ofNanos(select), Duration.ofNanos(lookup),
                Duration.ofNanos(model), Duration.ofNanos(store), Duration.ofNanos(total));
    }
}
