package io.semanticrouter.server.config;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A part several routers may hold at once (the embedder, the cache, the meter registry across a reload), with a
 * reference count: the last {@link #release()} closes it, when it is owned. Thread-safe.
 */
final class Shared<T> {

    private final T value;
    private final AutoCloseable closer;
    private final AtomicInteger refs = new AtomicInteger(1);

    /**
     * @param value  the part
     * @param closer what closes it after the last release, or null when the caller owns it
     */
    Shared(T value, AutoCloseable closer) {
        this.value = value;
        this.closer = closer;
    }

    T value() {
        return value;
    }

    /** One more holder. */
    Shared<T> retain() {
        if (refs.getAndIncrement() <= 0) {
            refs.decrementAndGet();
            throw new IllegalStateException("already closed: " + value);
        }
        return this;
    }

    /** One holder less; the last closes the part. */
    void release() throws Exception {
        if (refs.decrementAndGet() == 0 && closer != null) {
            closer.close();
        }
    }
}
