package io.semanticrouter;

/**
 * One step of the request path. The router runs its built-in stages and yours in a fixed order, each on the
 * request's {@link RequestState}; see {@link SemanticRouter} for the list. Add one with
 * {@link SemanticRouterBuilder#stage(Position, RouterStage)}:
 *
 * <pre>{@code
 * .stage(RouterStage.Position.BEFORE_INVOCATION, state -> {
 *     if (state.query().startsWith("ping")) {
 *         state.answer(ChatResponse.builder().aiMessage(AiMessage.from("pong")).build(), "small");
 *     }
 * })
 * }</pre>
 *
 * <p>A stage runs on the caller's thread (or, after the model, on the thread the model answered on for a
 * streamed request), once per request, and must be thread-safe across requests: keep per-request values in
 * the state's {@linkplain RequestState#attribute attributes}, not in fields. A stage that throws fails the
 * request with that exception (before the model: no model is called and nothing is stored).
 */
@FunctionalInterface
public interface RouterStage {

    /** Where a stage of your own runs. */
    enum Position {
        /**
         * After routing, before the cache is read: the query is embedded, the guards have passed and the
         * {@linkplain RequestState#decision() decision} is made. A stage here may replace the decision (the cache
         * partition follows the first candidate) or answer the request.
         */
        BEFORE_CACHE_READ,
        /**
         * After the cache read, before any model is called: {@link RequestState#cacheOutcome()} is known, and
         * {@link RequestState#answered()} is true on a verified hit. A stage here may answer a miss itself (the
         * router's own request coalescing runs after these stages, so a miss a stage answers never waits for an
         * identical one in flight).
         */
        BEFORE_INVOCATION,
        /** After the answer and the cache write, before the trace is returned: the answer is final. */
        AFTER_ANSWER
    }

    /** Does this stage's work on one request. */
    void apply(RequestState state);
}
