package io.semanticrouter;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The cache settings one category may change (YAML {@code categories[].semantic_cache}): its own similarity
 * threshold (higher or lower than the cache's), its own time to live for stored answers, or no caching at all.
 * Filled by {@link SemanticRouterBuilder}, which checks every value; read-only once the router is built.
 */
final class CategoryCachePolicy {

    private final Map<String, Double> thresholds = new LinkedHashMap<>();
    private final Map<String, Duration> ttls = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();

    void setThreshold(String category, double threshold) {
        thresholds.put(category, threshold);
    }

    void setTtl(String category, Duration ttl) {
        ttls.put(category, ttl);
    }

    void setEnabled(String category, boolean enabled) {
        if (enabled) {
            disabled.remove(category);
        } else {
            disabled.add(category);
        }
    }

    /** The category's similarity threshold, or {@code null} for the cache's own (also for no category). */
    Double threshold(String category) {
        return category == null ? null : thresholds.get(category);
    }

    /**
     * The time to live of an answer stored for this category: the request's own when it sets one, then the
     * category's, then {@code null} (the cache's default).
     */
    Duration ttl(String category, Duration requested) {
        if (requested != null || category == null) {
            return requested;
        }
        return ttls.get(category);
    }

    /** Whether requests routed to this category may use the cache (every category may unless turned off). */
    boolean enabled(String category) {
        return category == null || !disabled.contains(category);
    }
}
