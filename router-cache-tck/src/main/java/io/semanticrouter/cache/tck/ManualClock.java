package io.semanticrouter.cache.tck;

import io.semanticrouter.Ticker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves only when told to, usable both as a wall {@link Clock} (back ends shared between
 * processes keep wall-clock expiry times) and as a monotonic {@link Ticker} (in-process back ends).
 * Thread-safe.
 */
public final class ManualClock extends Clock {

    private final AtomicLong nanos;

    /** A clock standing at 2026-01-01T00:00:00Z. */
    public ManualClock() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** A clock standing at {@code start}. */
    public ManualClock(Instant start) {
        this.nanos = new AtomicLong(start.getEpochSecond() * 1_000_000_000L + start.getNano());
    }

    /**
     * Moves the clock forward.
     *
     * @throws IllegalArgumentException if the amount is negative
     */
    public void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a manual clock only moves forward, was " + amount);
        }
        nanos.addAndGet(amount.toNanos());
    }

    /** This clock as a {@link Ticker} reading the same nanoseconds. */
    public Ticker ticker() {
        return nanos::get;
    }

    @Override
    public long millis() {
        return Math.floorDiv(nanos.get(), 1_000_000L);
    }

    @Override
    public Instant instant() {
        long n = nanos.get();
        return Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a manual clock is always UTC");
    }
}
