package io.semanticrouter;

/**
 * A source of monotonic nanoseconds, injectable so that TTL and timing logic can be tested without sleeping.
 */
@FunctionalInterface
public interface Ticker {

    /** Monotonic time in nanoseconds; only differences are meaningful. */
    long read();

    /** The system ticker ({@link System#nanoTime()}). */
    static Ticker system() {
        return System::nanoTime;
    }
}
