package io.semanticrouter;

import io.semanticrouter.verify.Rule;

import java.util.Objects;

/**
 * What the cache did for one request.
 *
 * @param status       hit, miss, rejected (a similar entry failed verification), bypass (not consulted) or error
 *                     (back end failed; treated as a miss)
 * @param similarity   best similarity seen, NaN when not consulted or nothing compared
 * @param matchedQuery the cached question that was served (hit) or refused (rejected), else {@code null}
 * @param reason       why, e.g. {@code "no-cache requested"}, {@code "similarity 0.71 < 0.80"} or
 *                     {@code "rejected by negation: negated new question only"}
 * @param stored       whether the answer to this request was written to the cache
 * @param rejectedBy   the verification rule that refused the nearest entry, or {@code null} unless rejected
 */
public record CacheOutcome(Status status, double similarity, String matchedQuery, String reason, boolean stored,
                           Rule rejectedBy) {

    /** What the cache did. */
    public enum Status {
        /** Served from the cache; no model was called. */
        HIT,
        /** Looked up, nothing similar enough. */
        MISS,
        /**
         * A similar entry was found but the hit verifier refused it (the questions differ in negation, numbers,
         * names...); the request went on as a miss. {@link CacheOutcome#rejectedBy()} names the rule.
         */
        REJECTED,
        /** Not consulted (no cache, no-cache request, prompt beyond the embedder window...). */
        BYPASS,
        /** The back end failed; the request went on as a miss. */
        ERROR
    }

    public CacheOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if ((status == Status.REJECTED) != (rejectedBy != null)) {
            throw new IllegalArgumentException("rejectedBy is set exactly when status is REJECTED");
        }
    }

    /** An outcome that is not a verification rejection. */
    public CacheOutcome(Status status, double similarity, String matchedQuery, String reason, boolean stored) {
        this(status, similarity, matchedQuery, reason, stored, null);
    }

    public boolean isHit() {
        return status == Status.HIT;
    }

    /** This outcome with {@code stored} set and {@code note}, when not null, appended to the reason. */
    public CacheOutcome withStored(boolean stored, String note) {
        return new CacheOutcome(status, similarity, matchedQuery, note == null ? reason : reason + "; " + note, stored, rejectedBy);
    }
}
