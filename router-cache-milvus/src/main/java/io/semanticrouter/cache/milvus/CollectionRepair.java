package io.semanticrouter.cache.milvus;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Turns a failed lookup into a prompt check of the collection by the maintenance thread, whatever the traffic.
 *
 * <p>A Milvus server restarted on its old data keeps the collection but may report it released (Milvus Lite:
 * until someone loads it again) or still loading (the 2.3 engine: until the killed process's session lease
 * expires, about 30 s after the kill): searches fail while writes succeed. Waiting for the circuit breaker
 * would tie the repair to the number of failed lookups, so a lightly used cache could stay broken. Instead
 * every failed lookup requests a check; the maintenance thread runs it on its next tick (at most one per
 * {@link #MIN_GAP_NANOS}): a loaded collection costs two small calls, a released one is loaded, a missing one is
 * created. The request does not depend on the error's wording, which differs between servers (Milvus Lite's
 * "released" status is not even parsed by the Java SDK: it surfaces as an unknown enum value). Thread-safe.
 */
final class CollectionRepair {

    static final long MIN_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final AtomicBoolean wanted = new AtomicBoolean();
    private final LongSupplier nanoTime;
    private long lastAttempt;

    CollectionRepair(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.lastAttempt = nanoTime.getAsLong() - MIN_GAP_NANOS; // the first check is due at once
    }

    /** Requests a check of the collection after a failed call. */
    void request() {
        wanted.set(true);
    }

    /** Whether a check was requested and may run now; a true answer consumes the request. */
    synchronized boolean takeIfDue() {
        if (!wanted.get()) {
            return false;
        }
        long now = nanoTime.getAsLong();
        if (now - lastAttempt < MIN_GAP_NANOS) {
            return false;
        }
        lastAttempt = now;
        wanted.set(false);
        return true;
    }
}
