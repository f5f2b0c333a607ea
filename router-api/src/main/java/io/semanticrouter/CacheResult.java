package io.semanticrouter;

import java.util.Optional;

/**
 * The outcome of a {@link SemanticCache#search}: a hit with its entry, or a miss. Both carry the best
 * similarity that was seen (NaN when nothing was compared), which the trace shows.
 */
public final class CacheResult {

    private static final CacheResult EMPTY_MISS = new CacheResult(null, Double.NaN);

    private final CacheEntry entry;
    private final double similarity;

    private CacheResult(CacheEntry entry, double similarity) {
        this.entry = entry;
        this.similarity = similarity;
    }

    /** A miss where nothing was compared. */
    public static CacheResult miss() {
        return EMPTY_MISS;
    }

    /** A miss whose nearest entry had the given similarity. */
    public static CacheResult miss(double nearestSimilarity) {
        return Double.isNaN(nearestSimilarity) ? EMPTY_MISS : new CacheResult(null, nearestSimilarity);
    }

    /** A hit on {@code entry} at the given similarity. */
    public static CacheResult hit(CacheEntry entry, double similarity) {
        if (entry == null) {
            throw new NullPointerException("entry");
        }
        return new CacheResult(entry, similarity);
    }

    public boolean isHit() {
        return entry != null;
    }

    /** The entry served, present only on a hit. */
    public Optional<CacheEntry> entry() {
        return Optional.ofNullable(entry);
    }

    /** Best similarity seen; NaN when the partition was empty. */
    public double similarity() {
        return similarity;
    }

    @Override
    public String toString() {
        return isHit() ? "hit(" + similarity + ", " + entry.queryText() + ")" : "miss(" + similarity + ")";
    }
}
