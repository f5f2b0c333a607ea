package io.semanticrouter;

import dev.langchain4j.model.chat.response.StreamingHandle;

/**
 * Receives one streamed answer from {@code SemanticRouter.routeStreaming} (router-core).
 *
 * <h2>Order of calls</h2>
 * A stream that succeeds calls {@link #onRouted} once, then {@link #onPartial} zero or more times, then
 * {@link #onComplete} once. A stream that fails calls {@link #onError} once, either instead of everything
 * (the request was invalid or blocked, or every candidate model failed before answering) or after
 * {@code onRouted} and some partials (the answering model failed mid-answer; see
 * {@link StreamInterruptedException}). So a gateway knows:
 * <ul>
 *   <li>{@code onError} without a preceding {@code onRouted}: nothing was sent, answer with an error status;</li>
 *   <li>{@code onError} after {@code onRouted}: the answer is cut short, end the stream with an error event.</li>
 * </ul>
 * A stream that was {@linkplain StreamingHandle#cancel() cancelled} ends without any further call, neither
 * {@code onComplete} nor {@code onError}.
 *
 * <h2>Threads</h2>
 * Calls for one stream never overlap, as long as the upstream model delivers its own events one at a time (as
 * LangChain4j models do), but they may come from different threads: from the thread that called
 * {@code routeStreaming} (errors found before any model is called, cache-hit replays, models registered only as
 * a {@code ChatModel}), or from the thread on which the upstream {@code StreamingChatModel} delivers its events,
 * usually an HTTP client thread. A fallback candidate is started on the thread that reported the previous
 * candidate's failure. A request that follows an identical one in flight (request coalescing) gets the chunks
 * produced so far on the calling thread and the rest on the thread that delivers them to that request; released
 * by it, it calls its models from a router thread. Keep the callbacks short; a slow callback holds up that thread
 * (for a follower, the request it follows and the other followers too).
 *
 * <h2>Exceptions</h2>
 * A callback that throws cancels its stream: the router stops forwarding, cancels the upstream model when it
 * can, stores nothing, logs the exception and makes no further call on this handler.
 */
public interface RoutedStreamHandler {

    /**
     * The routing decision, before the first chunk. Called once per successful stream and never after a
     * failure that happened before any model answered.
     *
     * @param start  where the request went and what the cache found
     * @param handle cancels this stream (the same handle {@code routeStreaming} returns, available here
     *               already while a cache hit is replayed on the calling thread)
     */
    default void onRouted(StreamStart start, StreamingHandle handle) {
    }

    /** The next piece of the answer's text, in order; never empty. The pieces concatenate to the answer. */
    void onPartial(String text);

    /**
     * The stream completed. {@code response} is the same trace {@code SemanticRouter.route} returns: the whole
     * answer (its text is the concatenation of the partials), the decision, the cache outcome with whether the
     * answer was stored, the failed candidates and the stage timings. The answer was stored, if it was, before
     * this call.
     */
    void onComplete(RoutedResponse response);

    /**
     * The stream failed; nothing was stored. {@code error} is an {@link InvalidRequestException},
     * {@link RequestBlockedException}, {@link AllModelsFailedException} or {@link StreamInterruptedException}
     * for the cases the router knows, or the unexpected exception itself.
     */
    void onError(Throwable error);
}
