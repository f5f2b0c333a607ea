package io.semanticrouter;

import java.util.List;
import java.util.Objects;

/**
 * What a streamed request was routed to, announced once through {@link RoutedStreamHandler#onRouted} before the
 * first chunk of the answer. A gateway writes it out first (headers, a leading event) and then forwards the chunks.
 *
 * @param decision the routing decision (category, confidence, ranked candidates, reason, reasoning mode)
 * @param model    the registered name of the model whose answer follows; on a cache hit, the model that produced
 *                 the cached answer; after a fallback, the candidate that took over
 * @param cache    what the cache lookup found. {@link CacheOutcome#stored()} is always {@code false} here: whether
 *                 the answer gets stored is known only at the end, in the {@link RoutedResponse} passed to
 *                 {@link RoutedStreamHandler#onComplete}
 * @param failures  candidates that failed before this model started answering, in call order (unmodifiable)
 * @param coalesced whether the answer that follows is that of an identical request in flight, which this request
 *                  follows instead of calling a model (request coalescing; see {@link RoutedResponse#coalesced()})
 * @param conversation what the router read from the earlier turns (follow-up, re-ask), as
 *                     {@link RoutedResponse#conversation()} will report it at the end; {@link ConversationSignals#NONE}
 *                     when there was nothing to read
 */
public record StreamStart(RouteDecision decision, String model, CacheOutcome cache, List<ModelFailure> failures,
                          boolean coalesced, ConversationSignals conversation) {

    public StreamStart {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(conversation, "conversation");
        failures = List.copyOf(failures);
    }

    /** The start of an answer without conversation signals. */
    public StreamStart(RouteDecision decision, String model, CacheOutcome cache, List<ModelFailure> failures,
                       boolean coalesced) {
        this(decision, model, cache, failures, coalesced, ConversationSignals.NONE);
    }

    /** The start of an answer that is not {@linkplain #coalesced() coalesced}, without conversation signals. */
    public StreamStart(RouteDecision decision, String model, CacheOutcome cache, List<ModelFailure> failures) {
        this(decision, model, cache, failures, false);
    }

    /** Whether the answer that follows is replayed from the cache (no model is called). */
    public boolean cacheHit() {
        return cache.isHit();
    }
}
