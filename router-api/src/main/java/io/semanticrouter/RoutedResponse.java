package io.semanticrouter;

import dev.langchain4j.model.chat.response.ChatResponse;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a routed request together with its trace: where it was routed and why, what the cache
 * did, which model answered, which attempts failed, and how long each stage took.
 *
 * @param response   the answer; {@code response.metadata().modelName()} is the name the answering model was
 *                   registered under
 * @param decision   the routing decision (category, confidence, ranked candidates, reason)
 * @param model      the model that produced the answer (for a hit: the model that produced the cached answer)
 * @param cache      what the cache did
 * @param failures   failed model attempts before the answer, in call order (unmodifiable)
 * @param timings    per-stage wall-clock times
 * @param coalesced  whether the answer is that of an identical request that was calling the model at the same time
 *                   (request coalescing): this request waited for it and called no model itself
 * @param cost       what the model call cost at the answering model's {@link ModelPrice} (its token usage); 0 for an
 *                   answer no model was called for; NaN when the model has no price or reported no usage
 * @param costSaved  for a cache hit: the stored answer's completion tokens (estimated from its length, about four
 *                   characters a token) at the answering model's completion price; 0 otherwise; NaN when that
 *                   model has no price
 * @param conversation what the router read from the earlier turns: follow-up (and whether the category came from
 *                   the context), re-ask; {@link ConversationSignals#NONE} when it read nothing
 */
public record RoutedResponse(ChatResponse response, RouteDecision decision, String model, CacheOutcome cache,
                             List<ModelFailure> failures, StageTimings timings, boolean coalesced, double cost,
                             double costSaved, ConversationSignals conversation) {
    public RoutedResponse {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(cache, "cache");
        failures = List.copyOf(failures);
        Objects.requireNonNull(timings, "timings");
    }

    /** A trace without conversation signals. */
    public RoutedResponse(ChatResponse response, RouteDecision decision, String model, CacheOutcome cache,
                          List<ModelFailure> failures, StageTimings timings, boolean coalesced, double cost,
                          double costSaved) {
        this(response, decision, model, cache, failures, timings, coalesced, cost, costSaved, ConversationSignals.NONE);
    }

    /** A trace without costs (NaN: no prices known) and without conversation signals. */
    public RoutedResponse(ChatResponse response, RouteDecision decision, String model, CacheOutcome cache,
                          List<ModelFailure> failures, StageTimings timings, boolean coalesced) {
        this(response, decision, model, cache, failures, timings, coalesced, Double.NaN, Double.NaN);
    }

    /** A trace of an answer that was not {@linkplain #coalesced() coalesced}, without costs. */
    public RoutedResponse(ChatResponse response, RouteDecision decision, String model, CacheOutcome cache,
                          List<ModelFailure> failures, StageTimings timings) {
        this(response, decision, model, cache, failures, timings, false);
    }

    /** Shortcut for the answer's text. */
    public String text() {
        return response.aiMessage().text();
    }

    /** Whether the answer came from the cache. */
    public boolean cacheHit() {
        return cache.isHit();
    }
}
