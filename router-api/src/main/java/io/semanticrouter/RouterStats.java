package io.semanticrouter;

import io.semanticrouter.verify.Rule;

import java.util.List;

/**
 * Where the router reports what it did, one call per event, so that the engine needs no metrics library.
 * {@code MicrometerRouterStats} (router-core) binds it to a Micrometer registry; {@link #disabled()} drops
 * everything. Implementations must be thread-safe and fast: they are called on the request path.
 */
public interface RouterStats {

    /** What the cache did for one request (once per request that reached the cache stage). */
    void cacheOutcome(CacheOutcome outcome);

    /** One similar cache entry the hit verifier refused (a request may refuse several). */
    void rejected(Rule rule);

    /** A request a guard blocked; no model was called. */
    void blocked(String guard);

    /** An answered request, with its trace: model, category, cache outcome, failed attempts, stage times. */
    void answered(RoutedResponse response);

    /** The failed attempts of a request that got no answer (every candidate failed, or a stream broke). */
    void unanswered(List<ModelFailure> failures);

    /** Statistics that go nowhere. */
    static RouterStats disabled() {
        return Disabled.INSTANCE;
    }

    /** The no-op implementation behind {@link #disabled()}. */
    enum Disabled implements RouterStats {
        INSTANCE;

        @Override
        public void cacheOutcome(CacheOutcome outcome) {
        }

        @Override
        public void rejected(Rule rule) {
        }

        @Override
        public void blocked(String guard) {
        }

        @Override
        public void answered(RoutedResponse response) {
        }

        @Override
        public void unanswered(List<ModelFailure> failures) {
        }
    }
}
