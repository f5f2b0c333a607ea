package io.semanticrouter.cache.milvus;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import static org.assertj.core.api.Assertions.assertThat;

/** The counters: what the parts record is what stats() and the Micrometer meters both read. No server needed. */
class CacheCountersTest {

    @Test
    void statsAndMetersReadTheSameCounts() {
        CacheCounters counters = new CacheCounters();
        BlockingQueue<String> queue = new ArrayBlockingQueue<>(4);
        CircuitBreaker breaker = new CircuitBreaker(1, Duration.ofSeconds(1), Duration.ofSeconds(1), System::nanoTime);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        counters.register(registry, "c", queue, breaker);

        counters.hit();
        counters.hit();
        counters.miss();
        counters.rowsWritten(5);
        counters.droppedUnavailable(2);
        counters.expiredDeleted(7);
        counters.outage();
        counters.lookupTook(1_000_000);
        queue.add("queued");
        breaker.trip();

        MilvusCacheStats stats = counters.snapshot(9, breaker.isOpen(), queue.size());
        assertThat(stats.hits()).isEqualTo(2);
        assertThat(stats.misses()).isEqualTo(1);
        assertThat(stats.rowsWritten()).isEqualTo(5);
        assertThat(stats.droppedUnavailable()).isEqualTo(2);
        assertThat(stats.expiredDeleted()).isEqualTo(7);
        assertThat(stats.outages()).isEqualTo(1);
        assertThat(stats.storesAccepted()).isEqualTo(9);
        assertThat(stats.circuitOpen()).isTrue();
        assertThat(stats.queuedWrites()).isEqualTo(1);

        assertThat(registry.get("semantic_router.cache.backend.lookups").tag("result", "hit").tag("backend", "milvus")
                .tag("collection", "c").functionCounter().count()).isEqualTo(2);
        assertThat(registry.get("semantic_router.cache.backend.lookups").tag("result", "miss").functionCounter().count())
                .isEqualTo(1);
        assertThat(registry.get("semantic_router.cache.writes").tag("result", "written").functionCounter().count())
                .isEqualTo(5);
        assertThat(registry.get("semantic_router.cache.writes").tag("result", "dropped_unavailable").functionCounter()
                .count()).isEqualTo(2);
        assertThat(registry.get("semantic_router.cache.expired_deleted").functionCounter().count()).isEqualTo(7);
        assertThat(registry.get("semantic_router.cache.outages").functionCounter().count()).isEqualTo(1);
        assertThat(registry.get("semantic_router.cache.write_queue.size").gauge().value()).isEqualTo(1);
        assertThat(registry.get("semantic_router.cache.circuit_open").gauge().value()).isEqualTo(1);
        assertThat(registry.get("semantic_router.cache.lookup.duration").timer().count()).isEqualTo(1);
    }

    @Test
    void withoutARegistryNothingIsTimedAndCountingStillWorks() {
        CacheCounters counters = new CacheCounters();
        counters.lookupTook(1_000_000);
        counters.skippedOversize();
        counters.compressed();
        assertThat(counters.snapshot(0, false, 0).skippedOversize()).isEqualTo(1);
        assertThat(counters.snapshot(0, false, 0).compressed()).isEqualTo(1);
    }
}
