package io.semanticrouter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The router's calls to the {@link SemanticCache}, failing open: a back end that throws is reported as a failure
 * the stages turn into a miss (or an answer not stored), logged once per outage and again when it recovers.
 */
final class CacheAccess {

    private static final Logger log = LoggerFactory.getLogger(CacheAccess.class);

    private final SemanticCache cache;
    private final AtomicBoolean down = new AtomicBoolean();

    CacheAccess(SemanticCache cache) {
        this.cache = cache;
    }

    SemanticCache cache() {
        return cache;
    }

    /** The cache's search; throws what the back end threw, after logging it. */
    List<CacheResult> search(CacheQuery query, int limit) {
        try {
            List<CacheResult> found = cache.search(query, limit);
            recovered();
            return found;
        } catch (RuntimeException e) {
            failed("lookup", e);
            throw e;
        }
    }

    /** Stores the entry; false when the back end failed. */
    boolean store(CacheEntry entry) {
        try {
            cache.store(entry);
            recovered();
            return true;
        } catch (RuntimeException e) {
            failed("store", e);
            return false;
        }
    }

    /** Logs a failed operation: a warning at the start of an outage, debug afterwards. */
    void failed(String op, RuntimeException e) {
        if (down.compareAndSet(false, true)) {
            log.warn("Semantic cache {} failed; serving misses until it recovers: {}", op, e.toString());
        } else {
            log.debug("Semantic cache {} failed again", op, e);
        }
    }

    private void recovered() {
        if (down.get() && down.compareAndSet(true, false)) {
            log.info("Semantic cache recovered");
        }
    }
}
