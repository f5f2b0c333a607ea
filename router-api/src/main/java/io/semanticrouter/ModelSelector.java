package io.semanticrouter;

import java.util.Set;

/**
 * Decides which model(s) should answer a request, best first. The router tries the candidates in order,
 * falling back on failure, and appends its default model as the last resort.
 *
 * <p>Implementations are thread-safe and fast (they run on every request, after the embedding).
 */
public interface ModelSelector {

    /**
     * Ranks candidate models for a request.
     *
     * @return a decision; an empty candidate list means "no opinion": the router then uses its default model
     */
    RouteDecision select(RequestContext context);

    /**
     * Every model name this selector can return. The router checks at build time that each one is
     * registered, so a typo fails at start-up rather than on the first request.
     */
    default Set<String> modelNames() {
        return Set.of();
    }

    /**
     * Whether this selector tests the re-ask signal ({@link ConversationSignals#reask()}). The router refuses to
     * build when it does and its conversation analyzer can never find a re-ask, since such a test would then
     * never hold.
     */
    default boolean readsReasks() {
        return false;
    }
}
