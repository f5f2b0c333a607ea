package io.semanticrouter;

/**
 * The time one request spends in each part of the request path, read from the router's {@link Ticker}. The
 * path adds each stage's time to that stage's {@link Slot}; a streamed answer adds the model's time when it ends.
 */
final class StageClock {

    /**
     * The parts of {@link StageTimings}; {@link #OTHER} counts only in the total. {@link #MODEL} and
     * {@link #CACHE_STORE} count only for an answer a model gave: a cache hit spent no time on either.
     */
    enum Slot { EMBEDDING, SELECTION, CACHE_LOOKUP, MODEL, CACHE_STORE, OTHER }

    private final Ticker ticker;
    private final long start;
    private final long[] nanos = new long[Slot.values().length];

    StageClock(Ticker ticker) {
        this.ticker = ticker;
        this.start = ticker.read();
    }

    long read() {
        return ticker.read();
    }

    void add(Slot slot, long elapsed) {
        nanos[slot.ordinal()] += elapsed;
    }

    /**
     * Adds the time of a stage that ran on a request whose answer came from {@code source}. A coalesced request's
     * wait for its leader's model counts as model time.
     */
    void add(Slot slot, long elapsed, RequestState.Source source) {
        boolean modelOnly = slot == Slot.MODEL || slot == Slot.CACHE_STORE;
        boolean byModel = source == RequestState.Source.MODEL
                || slot == Slot.MODEL && source == RequestState.Source.COALESCED;
        add(modelOnly && !byModel ? Slot.OTHER : slot, elapsed);
    }

    /** The timings of a request that ended at {@code end} (a reading of the same ticker). */
    StageTimings timings(long end) {
        return new StageTimings(d(Slot.EMBEDDING), d(Slot.SELECTION), d(Slot.CACHE_LOOKUP), d(Slot.MODEL),
                d(Slot.CACHE_STORE), java.time.Duration.ofNanos(end - start));
    }

    private java.time.Duration d(Slot slot) {
        return java.time.Duration.ofNanos(nanos[slot.ordinal()]);
    }
}
