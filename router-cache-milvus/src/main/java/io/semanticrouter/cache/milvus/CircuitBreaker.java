package io.semanticrouter.cache.milvus;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Stops calls to a back end that keeps failing. Closed: calls go through and consecutive failures are
 * counted, separately for reads and writes. After {@code threshold} consecutive failures of one kind it
 * opens: calls are refused at once and a background probe (not a caller) tries the server when the open
 * period ends, doubling the period while probes fail. A successful probe closes it. Thread-safe; all state
 * changes happen under the object's lock.
 *
 * <p>The counts are separate because one kind may fail while the other works: after a quiet restart Milvus
 * accepts writes but refuses searches until the collection is loaded again. With one shared count every
 * successful write would reset the lookups' failures, the breaker would never open, and nothing would repair
 * the collection while the application kept writing.
 */
final class CircuitBreaker {

    /** What a state change means to the caller, so it can log once per outage. */
    enum Transition { NONE, OPENED, CLOSED }

    /** The kind of call whose outcome is recorded: a success resets only the failures of its own kind. */
    enum Kind { READ, WRITE }

    private final int threshold;
    private final long baseOpenNanos;
    private final long maxOpenNanos;
    private final LongSupplier nanoTime;

    private final int[] consecutiveFailures = new int[Kind.values().length];
    private volatile boolean open;
    private long openedAt;
    private long currentOpenNanos;
    private long nextProbeAt;

    CircuitBreaker(int threshold, Duration openFor, Duration maxOpenFor, LongSupplier nanoTime) {
        this.threshold = threshold;
        this.baseOpenNanos = openFor.toNanos();
        this.maxOpenNanos = maxOpenFor.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Whether a call may go to the server now. */
    boolean allows() {
        return !open;
    }

    boolean isOpen() {
        return open;
    }

    /** Records a successful call: resets the consecutive failures of its kind only. */
    synchronized void onSuccess(Kind kind) {
        consecutiveFailures[kind.ordinal()] = 0;
    }

    /** Records a failed call; returns {@link Transition#OPENED} when this failure opened the breaker. */
    synchronized Transition onFailure(Kind kind) {
        if (open) {
            return Transition.NONE;
        }
        if (++consecutiveFailures[kind.ordinal()] < threshold) {
            return Transition.NONE;
        }
        open = true;
        openedAt = nanoTime.getAsLong();
        currentOpenNanos = baseOpenNanos;
        nextProbeAt = openedAt + currentOpenNanos;
        return Transition.OPENED;
    }

    /** Opens at once, whatever the count (a failure that cannot be transient, e.g. a refused connection at start). */
    synchronized Transition trip() {
        consecutiveFailures[Kind.READ.ordinal()] = threshold - 1;
        return onFailure(Kind.READ);
    }

    /** Whether the breaker is open and its probe is due. */
    synchronized boolean probeDue() {
        return open && nanoTime.getAsLong() - nextProbeAt >= 0;
    }

    synchronized void probeFailed() {
        currentOpenNanos = Math.min(maxOpenNanos, currentOpenNanos * 2);
        nextProbeAt = nanoTime.getAsLong() + currentOpenNanos;
    }

    /** Closes after a successful probe; returns how long the breaker was open. */
    synchronized Duration probeSucceeded() {
        open = false;
        java.util.Arrays.fill(consecutiveFailures, 0);
        return Duration.ofNanos(nanoTime.getAsLong() - openedAt);
    }
}
