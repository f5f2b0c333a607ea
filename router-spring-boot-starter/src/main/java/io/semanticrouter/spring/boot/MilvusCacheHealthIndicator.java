package io.semanticrouter.spring.boot;

import io.semanticrouter.SemanticCache;
import io.semanticrouter.cache.milvus.MilvusCacheStats;
import io.semanticrouter.cache.milvus.MilvusSemanticCache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Actuator health of a Milvus cache: DOWN while its circuit breaker is open (lookups are misses, stores are
 * dropped), UP otherwise; details give the write queue, the outages so far and the failed lookups and writes.
 * Asks the cache's counters only, never the server, so a check is free. A router whose cache is not a Milvus
 * cache reports UNKNOWN.
 */
public class MilvusCacheHealthIndicator extends AbstractHealthIndicator {

    private final ObjectProvider<SemanticCache> cache;

    /**
     * Checks the cache the provider gives.
     *
     * @param cache the router's cache
     */
    public MilvusCacheHealthIndicator(ObjectProvider<SemanticCache> cache) {
        super("Milvus cache health check failed");
        this.cache = cache;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (!(cache.getIfUnique() instanceof MilvusSemanticCache milvus)) {
            builder.unknown().withDetail("problem", "the router's cache is not a Milvus cache");
            return;
        }
        MilvusCacheStats s = milvus.stats();
        builder.withDetail("circuit", s.circuitOpen() ? "open" : "closed")
                .withDetail("queuedWrites", s.queuedWrites())
                .withDetail("queueCapacity", milvus.config().writes().queueCapacity())
                .withDetail("outages", s.outages())
                .withDetail("lookupErrors", s.lookupErrors())
                .withDetail("droppedQueueFull", s.droppedQueueFull())
                .withDetail("writeFailures", s.writeFailures());
        if (s.circuitOpen()) {
            builder.down();
        } else {
            builder.up();
        }
    }
}
