package io.semanticrouter;

import java.util.Objects;

/**
 * What the cache did for one request.
 *
 * @param status       hit, miss, bypass (not consulted) or error (back end failed; treated as a miss)
 * @param similarity   best similarity seen, NaN when not consulted or nothing compared
 * @param matchedQuery the cached question that was served, or {@code null} unless a hit
 * @param reason       why, e.g. {@code "no-cache requested"} or {@code "similarity 0.71 < 0.80"}
 * @param stored       whether the answer to this request was written to the cache
 */
public record CacheOutcome(Status status, double similarity, String matchedQuery, String reason, boolean stored) {

    /** What the cache did. */
    public enum Status {
        /** Served from the cache; no model was called. */
        HIT,
        /** Looked up, nothing similar enough. */
        MISS,
        /** Not consulted (no cache, no-cache request, prompt beyond the embedder window...). */
        BYPASS,
        /** The back end failed; the request went on as a miss. */
        ERROR
    }

    public CacheOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean isHit() {
        return status == Status.HIT;
    }

    CacheOutcome withStored(boolean stored, String note) {
        return new CacheOutcome(status, similarity, matchedQuery, note == null ? reason : reason + "; " + note, stored);
    }
}
