package io.semanticrouter.cache.milvus;

import io.milvus.v2.exception.MilvusClientException;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Notices calls that failed because the collection is not loaded (or is gone) and asks the maintenance thread
 * to open it again at once, whatever the traffic.
 *
 * <p>A Milvus server restarted on its old data (Milvus Lite, and the 2.3 engine) keeps the collection but
 * reports it released: searches fail with code 101 ({@code collection not loaded}) while writes still
 * succeed. Waiting for the circuit breaker to open would tie the repair to the number of failed lookups, so a
 * lightly used cache could stay broken; instead the first such failure requests a repair, which the
 * maintenance thread carries out on its next tick (at most one attempt per {@link #MIN_GAP_NANOS}).
 * Thread-safe.
 */
final class CollectionRepair {

    /** Milvus status code of "collection not loaded" (Milvus 2.3+ and Milvus Lite). */
    static final int COLLECTION_NOT_LOADED = 101;
    /** Milvus status code of "collection not found". */
    static final int COLLECTION_NOT_FOUND = 100;
    static final long MIN_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final AtomicBoolean wanted = new AtomicBoolean();
    private final LongSupplier nanoTime;
    private long lastAttempt;
    private boolean attempted;

    CollectionRepair(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Requests a repair when the failure says the collection is not loaded or missing; returns whether it did. */
    boolean onFailure(Throwable failure) {
        if (needsRepair(failure)) {
            wanted.set(true);
            return true;
        }
        return false;
    }

    /** Whether a repair was requested and may run now; a true answer consumes the request. */
    synchronized boolean takeIfDue() {
        if (!wanted.get()) {
            return false;
        }
        long now = nanoTime.getAsLong();
        if (attempted && now - lastAttempt < MIN_GAP_NANOS) {
            return false;
        }
        attempted = true;
        lastAttempt = now;
        wanted.set(false);
        return true;
    }

    /** Whether the failure (or one of its causes) means the collection must be loaded or created again. */
    static boolean needsRepair(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MilvusClientException m) {
                int code = m.getServerErrCode();
                if (code == COLLECTION_NOT_LOADED || code == COLLECTION_NOT_FOUND) {
                    return true;
                }
            }
            String msg = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (msg.contains("collection not loaded") || msg.contains("in state 'released'")
                    || msg.contains("collection not found")) {
                return true;
            }
        }
        return false;
    }
}
