package io.semanticrouter;

import java.util.ArrayList;
import java.util.List;

/**
 * The ordered stages of the request path and the loop that runs them: each stage in turn on the request's
 * {@link RequestState}, its time added to its {@link StageClock.Slot}. When the invocation stage hands a streamed
 * request to a {@link RoutedStream}, the loop stops there; the stream resumes it after the model has finished,
 * so a streamed request goes through the same stages after the model as a blocking one. The path ends with the
 * trace, counted in the {@link RouterStats}; a stage that throws ends it and runs the request's
 * {@linkplain RequestState#whenUnanswered unanswered hooks}.
 */
final class RequestPath {

    private record Step(RouterStage stage, StageClock.Slot slot) {
    }

    private final List<Step> steps;
    private final Ticker ticker;
    private final RouterStats stats;

    private RequestPath(List<Step> steps, Ticker ticker, RouterStats stats) {
        this.steps = List.copyOf(steps);
        this.ticker = ticker;
        this.stats = stats;
    }

    static Builder builder() {
        return new Builder();
    }

    /** A new state for {@code request}; {@code handler} is null for a blocking request. */
    RequestState start(RouteRequest request, RoutedStreamHandler handler) {
        RequestState state = new RequestState(request, new StageClock(ticker), handler);
        state.remainder(() -> run(state, state.position() + 1, true));
        return state;
    }

    /**
     * Runs every stage; returns the trace, or {@code null} when a stream took over the request (it resumes the
     * path and reports the trace to its consumer).
     */
    RoutedResponse run(RequestState state) {
        return run(state, 0, false);
    }

    private RoutedResponse run(RequestState state, int from, boolean resumed) {
        try {
            return runFrom(state, from, resumed);
        } catch (RuntimeException | Error e) {
            state.unanswered(e);
            throw e;
        }
    }

    private RoutedResponse runFrom(RequestState state, int from, boolean resumed) {
        StageClock clock = state.clock();
        for (int i = from; i < steps.size(); i++) {
            Step step = steps.get(i);
            state.position(i);
            long started = clock.read();
            step.stage().apply(state);
            if (!resumed && state.suspended()) {
                return null;
            }
            clock.add(step.slot(), clock.read() - started, state.source());
        }
        RoutedResponse trace = state.trace(clock.read());
        stats.answered(trace);
        return trace;
    }

    /** Collects the stages in order. */
    static final class Builder {
        private final List<Step> steps = new ArrayList<>();

        Builder then(RouterStage stage, StageClock.Slot slot) {
            steps.add(new Step(stage, slot));
            return this;
        }

        Builder then(List<RouterStage> stages) {
            stages.forEach(s -> then(s, StageClock.Slot.OTHER));
            return this;
        }

        RequestPath build(Ticker ticker, RouterStats stats) {
            return new RequestPath(steps, ticker, stats);
        }
    }
}
