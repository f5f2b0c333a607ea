package io.semanticrouter.cache.milvus;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counters of one {@link MilvusSemanticCache} (Caffeine's {@code StatsCounter} idea): the lookup path, the
 * writer and the maintenance thread record events here, and both {@link MilvusSemanticCache#stats()} and the
 * Micrometer meters read the same adders, so the two never disagree. Thread-safe.
 */
final class CacheCounters {

    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder lookupErrors = new LongAdder();
    private final LongAdder lookupsRejected = new LongAdder();
    private final LongAdder unreadableRows = new LongAdder();
    private final LongAdder storesRejected = new LongAdder();
    private final LongAdder rowsWritten = new LongAdder();
    private final LongAdder superseded = new LongAdder();
    private final LongAdder droppedQueueFull = new LongAdder();
    private final LongAdder droppedUnavailable = new LongAdder();
    private final LongAdder writeFailures = new LongAdder();
    private final LongAdder skippedOversize = new LongAdder();
    private final LongAdder compressed = new LongAdder();
    private final LongAdder expiredDeleted = new LongAdder();
    private final LongAdder outages = new LongAdder();
    private volatile Timer lookupTimer;

    void hit() {
        hits.increment();
    }

    void miss() {
        misses.increment();
    }

    void lookupError() {
        lookupErrors.increment();
    }

    void lookupRejected() {
        lookupsRejected.increment();
    }

    void unreadableRow() {
        unreadableRows.increment();
    }

    void storeRejected() {
        storesRejected.increment();
    }

    void rowsWritten(int n) {
        rowsWritten.add(n);
    }

    void superseded() {
        superseded.increment();
    }

    void droppedQueueFull() {
        droppedQueueFull.increment();
    }

    void droppedUnavailable(int n) {
        droppedUnavailable.add(n);
    }

    void writeFailures(int n) {
        writeFailures.add(n);
    }

    void skippedOversize() {
        skippedOversize.increment();
    }

    void compressed() {
        compressed.increment();
    }

    void expiredDeleted(long n) {
        expiredDeleted.add(n);
    }

    void outage() {
        outages.increment();
    }

    /** Records how long a lookup took (when a registry was given). */
    void lookupTook(long nanos) {
        Timer t = lookupTimer;
        if (t != null) {
            t.record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    /** The figures now; the writer and the breaker add what only they know. */
    MilvusCacheStats snapshot(long storesAccepted, boolean circuitOpen, int queuedWrites) {
        return new MilvusCacheStats(hits.sum(), misses.sum(), lookupErrors.sum(), lookupsRejected.sum(),
                unreadableRows.sum(), storesRejected.sum(), storesAccepted, rowsWritten.sum(), superseded.sum(),
                droppedQueueFull.sum(), droppedUnavailable.sum(), writeFailures.sum(), skippedOversize.sum(),
                compressed.sum(), expiredDeleted.sum(), outages.sum(), circuitOpen, queuedWrites);
    }

    /**
     * Registers the counters, the queue and breaker gauges and the lookup timer, tagged {@code backend=milvus}
     * and {@code collection}. The meters hold weak references, so the queue and breaker must be the cache's own.
     */
    void register(MeterRegistry registry, String collection, BlockingQueue<?> queue, CircuitBreaker breaker) {
        Map<String, LongAdder> lookups = Map.of("hit", hits, "miss", misses, "error", lookupErrors,
                "rejected", lookupsRejected, "unreadable", unreadableRows);
        Map<String, LongAdder> writes = Map.of("written", rowsWritten, "rejected", storesRejected,
                "superseded", superseded, "dropped_queue_full", droppedQueueFull,
                "dropped_unavailable", droppedUnavailable, "failed", writeFailures, "skipped_oversize", skippedOversize);
        lookups.forEach((result, n) -> counter(registry, "semantic_router.cache.backend.lookups", result, n, collection));
        writes.forEach((result, n) -> counter(registry, "semantic_router.cache.writes", result, n, collection));
        counter(registry, "semantic_router.cache.expired_deleted", null, expiredDeleted, collection);
        counter(registry, "semantic_router.cache.outages", null, outages, collection);
        Gauge.builder("semantic_router.cache.write_queue.size", queue, BlockingQueue::size)
                .tag("backend", "milvus").tag("collection", collection).register(registry);
        Gauge.builder("semantic_router.cache.circuit_open", breaker, b -> b.isOpen() ? 1 : 0)
                .tag("backend", "milvus").tag("collection", collection).register(registry);
        lookupTimer = Timer.builder("semantic_router.cache.lookup.duration")
                .tag("backend", "milvus").tag("collection", collection)
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    private static void counter(MeterRegistry registry, String name, String result, LongAdder n, String collection) {
        FunctionCounter.Builder<LongAdder> b = FunctionCounter.builder(name, n, LongAdder::sum)
                .tag("backend", "milvus").tag("collection", collection);
        if (result != null) {
            b.tag("result", result);
        }
        b.register(registry);
    }
}
