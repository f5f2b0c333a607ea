package io.semanticrouter;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The invocation stage of one streamed request ({@link InvocationStage}). It replays an answer the request
 * already has (a cache hit) in chunks of a few words, or calls the candidates in order as {@link Attempt}s: an
 * attempt that fails before its first chunk hands over to the next candidate, one that fails later ends the
 * stream with {@link StreamInterruptedException}, and one that completes resumes the request path after the
 * invocation stage (the cache write and the trace, as for a blocking request). It is also the
 * {@link StreamingHandle} given to the consumer.
 *
 * <p>State moves only forward, {@code RUNNING -> COMPLETING -> DONE} or {@code RUNNING -> DONE} (failed) or
 * {@code RUNNING -> CANCELLED}, each step by compare-and-set, so exactly one of completion, error and cancellation
 * wins and the consumer hears at most one ending. No lock is held while the consumer or a model runs: cancelling
 * from another thread never waits for a slow callback.
 */
final class RoutedStream implements StreamingHandle {

    private static final Logger log = LoggerFactory.getLogger(RoutedStream.class);

    /** Words per chunk when a cached answer is replayed. */
    static final int REPLAY_WORDS = 3;

    private enum State { RUNNING, COMPLETING, DONE, CANCELLED }

    private final ModelRequests requests;
    private final RouterStats stats;
    private final RequestState request;
    private final RoutedStreamHandler handler;
    private final long invocationStart;
    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
    private final AtomicInteger nextCandidate = new AtomicInteger();
    private final AtomicBoolean announced = new AtomicBoolean();
    private volatile Attempt current;
    private volatile Following following;

    RoutedStream(ModelRequests requests, RouterStats stats, RequestState request) {
        this.requests = requests;
        this.stats = stats;
        this.request = request;
        this.handler = request.streamHandler();
        this.invocationStart = request.clock().read();
    }

    /**
     * Reports {@code error} to a handler whose request failed before streaming could start, and returns a
     * handle for that finished stream.
     */
    static StreamingHandle rejected(RoutedStreamHandler handler, Throwable error) {
        try {
            handler.onError(error);
        } catch (RuntimeException e) {
            log.warn("Stream handler onError threw", e);
        }
        return new StreamingHandle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    /**
     * Starts the stream; on a hit or a chat-model answer the whole stream runs before this returns. A request that
     * follows an identical one in flight ({@link Coalescing}) streams that request's answer instead.
     */
    void start() {
        if (request.answered()) {
            replay();
        } else if (request.following() != null) {
            following = new Following(request.following());
            following.start();
        } else {
            tryNextCandidate();
        }
    }

    /**
     * Stops the stream: no callback starts after this returns (one already running on another thread may
     * finish), the upstream model is cancelled when it gave a handle, nothing is stored. No effect once the
     * stream completed or failed.
     */
    @Override
    public void cancel() {
        if (state.compareAndSet(State.RUNNING, State.CANCELLED)) {
            Attempt a = current;
            if (a != null) {
                a.cancelUpstream();
            }
            Following f = following;
            if (f != null) {
                f.cancelled();
            }
            request.unanswered(new java.util.concurrent.CancellationException("the stream was cancelled"));
        }
    }

    @Override
    public boolean isCancelled() {
        return state.get() == State.CANCELLED;
    }

    @Override
    public String toString() {
        return "RoutedStream[" + state.get() + ", candidates=" + request.decision().candidates() + "]";
    }

    // --- cache hit ---

    private void replay() {
        if (replayed(request.answeredBy(), request.response().aiMessage().text())) {
            finish(request.remainder());
        }
    }

    /** Announces {@code model} and sends {@code text} in chunks; returns whether the stream is still running. */
    private boolean replayed(String model, String text) {
        if (!announce(model)) {
            return false;
        }
        for (String chunk : chunks(text, REPLAY_WORDS)) {
            if (!deliver(chunk)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code text} cut into pieces of {@code words} words each; a piece keeps the whitespace that follows its
     * words (the first also any leading whitespace), so the pieces concatenate to exactly {@code text}.
     * Empty for null or empty text.
     */
    static List<String> chunks(String text, int words) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int from = 0;
        int inChunk = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                if (inChunk == words) {
                    out.add(text.substring(from, i));
                    from = i;
                    inChunk = 0;
                }
                inChunk++;
            }
            inWord = !space;
        }
        out.add(text.substring(from));
        return out;
    }

    // --- model calls ---

    /** Starts the next registered candidate, or fails the stream when none is left. */
    private void tryNextCandidate() {
        List<String> names = request.decision().candidates();
        while (state.get() == State.RUNNING) {
            int i = nextCandidate.getAndIncrement();
            if (i >= names.size()) {
                fail(InvocationStage.allFailed(request, stats));
                return;
            }
            String name = names.get(i);
            ModelEndpoint endpoint = requests.endpoint(name);
            if (endpoint == null) {
                request.failed(ModelRequests.unregistered(name));
                continue;
            }
            Attempt attempt = new Attempt(name, request.clock().read());
            current = attempt;
            attempt.run(endpoint);
            return;
        }
    }

    /**
     * One candidate's answer. It is the handler given to the upstream streaming model; it ignores every event
     * after its first ending, and forwards nothing once the stream is no longer running.
     */
    private final class Attempt implements StreamingChatResponseHandler {
        private final String model;
        private final long started;
        private final StringBuilder text = new StringBuilder();
        private final AtomicBoolean ended = new AtomicBoolean();
        private volatile boolean emitted;
        private volatile long firstTextAt = -1;
        private volatile StreamingHandle upstream;

        Attempt(String model, long started) {
            this.model = model;
            this.started = started;
        }

        void run(ModelEndpoint endpoint) {
            ChatRequest chatRequest;
            try {
                chatRequest = requests.forModel(model, request);
            } catch (RuntimeException e) {
                onError(e);
                return;
            }
            if (endpoint.streaming != null) {
                try {
                    endpoint.streaming.chat(chatRequest, this);
                } catch (RuntimeException e) {
                    onError(e);
                }
                return;
            }
            // only a chat model under this name: its whole answer is one chunk
            ChatResponse response;
            try {
                response = endpoint.chat.chat(chatRequest);
            } catch (RuntimeException e) {
                onError(e);
                return;
            }
            if (response != null && response.aiMessage() != null) {
                partial(response.aiMessage().text());
            }
            onCompleteResponse(response);
        }

        @Override
        public void onPartialResponse(String partial) {
            partial(partial);
        }

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            if (context != null && context.streamingHandle() != null) {
                upstream = context.streamingHandle();
            }
            partial(partial == null ? null : partial.text());
        }

        private void partial(String piece) {
            if (ended.get() || current != this) {
                return;
            }
            if (state.get() == State.CANCELLED) {
                cancelUpstream();
                return;
            }
            if (piece == null || piece.isEmpty()) {
                return;
            }
            synchronized (text) {
                if (text.length() == 0) {
                    firstTextAt = request.clock().read();
                }
                text.append(piece);
            }
            emitted = true;
            Flight shared = request.leading();
            if (shared != null) {
                shared.chunk(model, piece); // identical requests in flight follow this answer
            }
            if (announce(model)) {
                deliver(piece);
            }
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            if (!ended.compareAndSet(false, true) || state.get() != State.RUNNING) {
                return;
            }
            long end = request.clock().read();
            String streamed;
            synchronized (text) {
                streamed = text.toString();
            }
            ChatResponse answer;
            try {
                answer = ModelEndpoint.assemble(model, response, streamed);
            } catch (RuntimeException e) {
                failed(e, end);
                return;
            }
            if (announce(model)) {
                request.clock().add(StageClock.Slot.MODEL, end - invocationStart);
                InvocationStage.answered(request, answer, model);
                timing(answer, end);
                finish(request.remainder());
            }
        }

        /**
         * Time to the first text and per output token after it (the reported output tokens, or the text's
         * estimated tokens), for the meters.
         */
        private void timing(ChatResponse answer, long end) {
            long first = firstTextAt;
            if (first < 0) {
                return;
            }
            Integer reported = answer.tokenUsage() == null ? null : answer.tokenUsage().outputTokenCount();
            long tokens = reported != null ? reported : SpendStage.estimatedTokens(answer.aiMessage().text());
            Duration perToken = tokens > 1 ? Duration.ofNanos((end - first) / (tokens - 1)) : Duration.ZERO;
            try {
                stats.streamed(model, Duration.ofNanos(first - started), perToken);
            } catch (RuntimeException e) {
                log.warn("Router stats failed to record stream timings", e);
            }
        }

        @Override
        public void onError(Throwable error) {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            failed(error != null ? error
                    : new IllegalStateException("model '" + model + "' reported an error without a cause"), request.clock().read());
        }

        private void failed(Throwable error, long at) {
            if (state.get() != State.RUNNING) {
                return; // cancelled: the consumer asked for silence
            }
            request.failed(new ModelFailure(model, error, Duration.ofNanos(at - started)));
            if (emitted) {
                stats.unanswered(request.failures());
                fail(new StreamInterruptedException(model, request.decision(), request.failures()));
            } else {
                log.debug("Model '{}' failed before answering, trying the next candidate", model, error);
                tryNextCandidate();
            }
        }

        void cancelUpstream() {
            StreamingHandle h = upstream;
            if (h == null) {
                return;
            }
            try {
                if (!h.isCancelled()) {
                    h.cancel();
                }
            } catch (RuntimeException e) {
                log.debug("Cancelling model '{}' failed", model, e);
            }
        }
    }

    // --- following an identical request in flight ---

    /**
     * Streams the answer of the identical request this one follows ({@link Coalescing}): the chunks that request
     * has streamed so far, then each new one, then its ending; or, when it answered without streaming, its whole
     * answer replayed in chunks. Until the first chunk the follower is WAITING: a leader that ends without a
     * shared answer, or a wait longer than the router's coalescing wait, makes it call a model itself. After the
     * first chunk it is FOLLOWING: it ends as the leader's own stream does (a leader that fails mid-answer ends it
     * with {@link StreamInterruptedException}, as a fallback would not switch mid-answer either).
     */
    private final class Following implements Flight.Follower {
        private final Flight flight;
        private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.WAITING);
        private volatile Flight.Subscription subscription;
        private volatile java.util.concurrent.Future<?> deadline;
        private volatile String streamingModel;

        private enum Phase { WAITING, FOLLOWING, ENDED }

        Following(Flight flight) {
            this.flight = flight;
        }

        void start() {
            stats.coalesceStarted();
            deadline = flight.owner().afterWait(() -> release(RouterStats.CoalesceEnd.TIMED_OUT, false));
            Flight.Subscription s = flight.subscribe(this); // may deliver the chunks so far, or the ending
            subscription = s;
            if (s == null) {
                release(RouterStats.CoalesceEnd.RELEASED, false);
            } else if (phase.get() == Phase.ENDED) {
                s.cancel();
            }
        }

        @Override
        public void chunk(String model, String text) {
            if (!following()) {
                return;
            }
            streamingModel = model;
            if (announce(model)) {
                deliver(text);
            }
        }

        @Override
        public void ended(Flight.Ending end) {
            if (phase.get() == Phase.WAITING) {
                if (!end.shareable()) {
                    release(RouterStats.CoalesceEnd.RELEASED, true);
                    return;
                }
                if (!following() || !replayed(end.model(), end.answer().aiMessage().text())) {
                    return;
                }
            }
            if (!phase.compareAndSet(Phase.FOLLOWING, Phase.ENDED)) {
                return;
            }
            if (end.answer() == null) {
                stats.coalesceEnded(RouterStats.CoalesceEnd.RELEASED);
                request.failed(new ModelFailure(streamingModel, end.cause(), Duration.ZERO));
                fail(new StreamInterruptedException(streamingModel, request.decision(), request.failures()));
                return;
            }
            stats.coalesceEnded(RouterStats.CoalesceEnd.SERVED);
            request.clock().add(StageClock.Slot.MODEL, request.clock().read() - invocationStart);
            Coalescing.served(request, end.answer(), end.model());
            finish(request.remainder());
        }

        /** Whether this request streams its leader's answer (it is neither waiting nor released nor ended). */
        boolean isFollowing() {
            return phase.get() == Phase.FOLLOWING;
        }

        /** WAITING to FOLLOWING on the first event, stopping the deadline; whether this follower still follows. */
        private boolean following() {
            if (phase.compareAndSet(Phase.WAITING, Phase.FOLLOWING)) {
                java.util.concurrent.Future<?> d = deadline;
                if (d != null) {
                    d.cancel(false);
                }
                Coalescing.mark(request);
            }
            return phase.get() == Phase.FOLLOWING;
        }

        /** Stops waiting and calls the candidates itself, on a router thread when {@code away} from the leader's. */
        private void release(RouterStats.CoalesceEnd reason, boolean away) {
            if (!phase.compareAndSet(Phase.WAITING, Phase.ENDED)) {
                return;
            }
            detach();
            stats.coalesceEnded(reason);
            log.debug("Coalesced stream {}; calling the model itself", reason);
            if (away) {
                flight.owner().onOwnThread(RoutedStream.this::tryNextCandidate);
            } else {
                tryNextCandidate();
            }
        }

        /** The consumer cancelled the stream. */
        void cancelled() {
            if (phase.getAndSet(Phase.ENDED) != Phase.ENDED) {
                detach();
                stats.coalesceEnded(RouterStats.CoalesceEnd.CANCELLED);
            }
        }

        private void detach() {
            java.util.concurrent.Future<?> d = deadline;
            if (d != null) {
                d.cancel(false);
            }
            Flight.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }

    // --- talking to the consumer ---

    /** Calls {@code onRouted} once, before the first chunk; returns whether the stream is still running. */
    private boolean announce(String model) {
        if (announced.compareAndSet(false, true) && state.get() == State.RUNNING) {
            try {
                Following f = following;
                handler.onRouted(new StreamStart(request.decision(), model, request.cacheOutcome(), request.failureList(),
                        f != null && f.isFollowing(), request.conversationSignals()), this);
            } catch (RuntimeException e) {
                consumerFailed("onRouted", e);
            }
        }
        return state.get() == State.RUNNING;
    }

    /** Forwards one chunk; returns whether the stream is still running. */
    private boolean deliver(String chunk) {
        if (state.get() != State.RUNNING) {
            return false;
        }
        try {
            handler.onPartial(chunk);
        } catch (RuntimeException e) {
            consumerFailed("onPartial", e);
        }
        return state.get() == State.RUNNING;
    }

    /** Completes the stream unless it was cancelled; {@code result} stores the answer and builds the trace. */
    private void finish(Supplier<RoutedResponse> result) {
        if (!state.compareAndSet(State.RUNNING, State.COMPLETING)) {
            return;
        }
        RoutedResponse response;
        try {
            response = result.get();
        } catch (RuntimeException e) {
            state.set(State.DONE);
            notifyError(e);
            return;
        }
        state.set(State.DONE);
        try {
            handler.onComplete(response);
        } catch (RuntimeException e) {
            log.warn("Stream handler onComplete threw", e);
        }
    }

    private void fail(Throwable error) {
        if (state.compareAndSet(State.RUNNING, State.DONE)) {
            request.unanswered(error);
            notifyError(error);
        }
    }

    private void notifyError(Throwable error) {
        try {
            handler.onError(error);
        } catch (RuntimeException e) {
            log.warn("Stream handler onError threw", e);
        }
    }

    private void consumerFailed(String callback, RuntimeException e) {
        log.warn("Stream handler {} threw; cancelling the stream", callback, e);
        cancel();
    }
}
