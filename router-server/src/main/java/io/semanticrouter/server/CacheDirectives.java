package io.semanticrouter.server;

import io.semanticrouter.RouteRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The per-request cache directives: {@code x-semantic-cache: no-cache, no-store, ttl=60} (comma-separated) and the
 * standard {@code Cache-Control: no-cache / no-store}. A TTL longer than {@code semantic_cache.ttl_seconds} is cut
 * to it: a caller may shorten the operator's TTL, never lengthen it.
 */
final class CacheDirectives {

    /** The gateway's own directive header. */
    static final String HEADER = "x-semantic-cache";

    private CacheDirectives() {
    }

    /**
     * Applies the directives of {@code headers} (a map whose lookups ignore case) to {@code rb}.
     *
     * @throws ApiError (400, {@code bad_cache_directive}) on an unknown directive or a bad TTL, quoting it
     */
    static void apply(Map<String, List<String>> headers, RouteRequest.Builder rb, Duration maxTtl) {
        List<String> directives = new ArrayList<>();
        for (String name : List.of(HEADER, "Cache-Control")) {
            List<String> values = headers.get(name);
            if (values != null) {
                for (String v : values) {
                    for (String d : v.split(",")) {
                        if (!d.isBlank()) {
                            directives.add((name.equals(HEADER) ? "" : "cc:") + d.trim().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        for (String d : directives) {
            boolean standard = d.startsWith("cc:");
            String v = standard ? d.substring(3) : d;
            if (v.equals("no-cache")) {
                rb.noCache();
            } else if (v.equals("no-store")) {
                rb.noStore();
            } else if (!standard && v.startsWith("ttl=")) {
                long seconds;
                try {
                    seconds = Long.parseLong(v.substring(4));
                } catch (NumberFormatException e) {
                    seconds = -1;
                }
                if (seconds <= 0 || seconds > 366L * 24 * 3600) {
                    throw ApiError.invalid("bad_cache_directive", null, HEADER
                            + ": ttl must be a whole number of seconds between 1 and one year, was '" + v.substring(4) + "'");
                }
                Duration ttl = Duration.ofSeconds(seconds);
                rb.cacheTtl(maxTtl != null && ttl.compareTo(maxTtl) > 0 ? maxTtl : ttl);
            } else if (!standard) {
                throw ApiError.invalid("bad_cache_directive", null, HEADER + ": unknown directive '" + v
                        + "' (no-cache, no-store, ttl=SECONDS)");
            }
        }
    }
}
