package io.semanticrouter.cache.milvus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The maintenance thread, the cleaner: it makes the first connection, then every tick probes the server while
 * the breaker is open, opens or repairs the collection when a lookup asked, flushes Milvus Lite once writes
 * pause, and deletes expired rows every {@code ttl.cleanupInterval}. Nothing here runs on a request thread.
 */
final class Maintenance {

    /** Lite: flush once writes have been quiet this long... */
    static final Duration LITE_QUIET = Duration.ofSeconds(1);
    /** ...or once this many rows wait unflushed (Lite searches them by brute force). */
    static final long LITE_FLUSH_ROWS = 50_000;
    private static final long TICK_MILLIS = 100;

    /** Logs under the cache's name, as operators know it. */
    private static final Logger log = LoggerFactory.getLogger(MilvusSemanticCache.class);

    private final Duration cleanupInterval;
    private final MilvusConnection connection;
    private final WriteBehindWriter writer;
    private final CacheCounters counters;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private long lastCleanupNanos = System.nanoTime();

    /** A maintenance thread not started yet. */
    Maintenance(MilvusCacheConfig config, MilvusConnection connection, WriteBehindWriter writer,
                CacheCounters counters, Clock clock) {
        this.cleanupInterval = config.ttl().cleanupInterval();
        this.connection = connection;
        this.writer = writer;
        this.counters = counters;
        this.clock = clock;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "milvus-cache-maintenance[" + config.collection().name() + "]");
            t.setDaemon(true);
            return t;
        });
    }

    /** Connects in the background, then ticks. */
    void start() {
        executor.execute(connection::connectInBackground);
        executor.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Deletes expired rows now.
     *
     * @return the number of rows deleted
     */
    long purgeExpired() {
        long n = connection.onCollection("cleanup", c -> c.deleteExpired(clock.millis()));
        counters.expiredDeleted(n);
        return n;
    }

    /** Interrupts the thread; {@link #awaitTermination} waits for it. */
    void shutdownNow() {
        executor.shutdownNow();
    }

    void awaitTermination(long seconds) throws InterruptedException {
        executor.awaitTermination(seconds, TimeUnit.SECONDS);
    }

    /** One tick: probe when the breaker wants one, open or repair the collection, Lite flush, cleanup. */
    private void tick() {
        try {
            if (connection.probeIfDue() || !connection.active()) {
                return;
            }
            CacheCollection c = connection.collection();
            if (c == null) {
                connection.openIfWanted();
                return;
            }
            if (connection.repairIfDue()) {
                return;
            }
            long now = System.nanoTime();
            flushLiteIfDue(c, now);
            cleanupIfDue(c, now);
        } catch (RuntimeException e) {
            log.warn("Milvus cache maintenance failed", e);
        }
    }

    private void flushLiteIfDue(CacheCollection c, long now) {
        // each flush seals a segment per partition bucket: flushing on every tick of a long write burst
        // leaves hundreds of small segments, and Lite's search cost grows with their number
        if (connection.lite() && writer.takeUnflushedIfDue(now, LITE_QUIET, LITE_FLUSH_ROWS) > 0) {
            try {
                c.flush();
            } catch (RuntimeException e) {
                connection.failed("flush", e, CircuitBreaker.Kind.WRITE);
            }
        }
    }

    private void cleanupIfDue(CacheCollection c, long now) {
        if (cleanupInterval.isZero() || now - lastCleanupNanos < cleanupInterval.toNanos()) {
            return;
        }
        lastCleanupNanos = now;
        try {
            long n = c.deleteExpired(clock.millis());
            counters.expiredDeleted(n);
            if (n > 0) {
                log.debug("Deleted {} expired cache rows", n);
            }
        } catch (RuntimeException e) {
            connection.failed("cleanup", e, CircuitBreaker.Kind.WRITE);
        }
    }
}
