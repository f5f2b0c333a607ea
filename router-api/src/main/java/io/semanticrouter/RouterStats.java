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

    /**
     * A request found an identical miss already calling a model and waits for that answer instead of calling one
     * itself (request coalescing). Each call is followed by one {@link #coalesceEnded} for the same request.
     */
    default void coalesceStarted() {
    }

    /** A request that waited for an identical one in flight stopped waiting, for {@code reason}. */
    default void coalesceEnded(CoalesceEnd reason) {
    }

    /**
     * A streamed answer finished: the time from the model call to its first text ({@code timeToFirstToken}) and the
     * mean time per output token after that ({@code timePerOutputToken}; zero when the answer had one token or less).
     */
    default void streamed(String model, java.time.Duration timeToFirstToken, java.time.Duration timePerOutputToken) {
    }

    /** How the wait of a coalesced request ended. */
    enum CoalesceEnd {
        /** It was answered with the answer of the request it waited for; it called no model. */
        SERVED,
        /**
         * The request it waited for failed, was cancelled, or got an answer the cache would not store; it went on
         * to call a model itself (or, streamed and already part-way through that answer, ended with an error).
         */
        RELEASED,
        /** It waited longer than the router's coalescing wait and called a model itself. */
        TIMED_OUT,
        /** Its own consumer cancelled or interrupted it while it waited. */
        CANCELLED
    }

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
