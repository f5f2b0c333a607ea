package io.semanticrouter;

import io.semanticrouter.verify.HitVerifier;
import io.semanticrouter.verify.Rule;
import io.semanticrouter.verify.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;

/**
 * Picks the entry to serve from what the cache found: the most similar entry that reaches the threshold (the
 * category's, when it sets one, otherwise the cache's) and passes the {@link HitVerifier}. The candidates come best first, so the first
 * one that passes is served; one refused does not stop a true paraphrase behind it.
 */
final class HitSelection {

    private static final Logger log = LoggerFactory.getLogger(HitSelection.class);

    /** The outcome and, on a hit, the entry to serve. */
    record Found(CacheOutcome outcome, CacheEntry entry) {
    }

    private final HitVerifier verifier;
    private final CategoryCachePolicy categories;
    private final RouterStats stats;

    HitSelection(HitVerifier verifier, CategoryCachePolicy categories, RouterStats stats) {
        this.verifier = verifier;
        this.categories = categories;
        this.stats = stats;
    }

    /** The threshold a lookup for this category uses: the category's own, or {@code null} for the cache's. */
    Double categoryThreshold(String category) {
        return categories.threshold(category);
    }

    Found select(List<CacheResult> found, CacheQuery query, String category, double cacheThreshold) {
        double threshold = query.threshold(cacheThreshold);
        CacheResult best = found.isEmpty() ? CacheResult.miss() : found.get(0);
        if (!best.isHit() || best.similarity() < threshold) {
            String why = Double.isNaN(best.similarity()) ? "nothing cached in this partition"
                    : "similarity " + fmt(best.similarity()) + " < " + fmt(threshold)
                    + (query.minSimilarity() != null ? " for category " + category : "");
            return miss(best.similarity(), why);
        }
        return verified(found, query, threshold);
    }

    /** The first candidate above {@code threshold} the verifier accepts, or the first refusal. */
    private Found verified(List<CacheResult> found, CacheQuery query, double threshold) {
        CacheOutcome firstRejection = null;
        for (CacheResult r : found) {
            if (!r.isHit() || r.similarity() < threshold) {
                break; // best first: the rest are no closer
            }
            CacheEntry e = r.entry().orElseThrow();
            Verdict verdict = verify(e, query);
            if (verdict.accepted()) {
                String after = firstRejection == null ? "" : " (after refusing '" + firstRejection.matchedQuery()
                        + "': " + firstRejection.rejectedBy().key() + ")";
                return new Found(new CacheOutcome(CacheOutcome.Status.HIT, r.similarity(), e.queryText(),
                        "similarity " + fmt(r.similarity()) + " >= " + fmt(threshold) + ", verified" + after, false), e);
            }
            stats.rejected(verdict.rule());
            if (firstRejection == null) {
                firstRejection = new CacheOutcome(CacheOutcome.Status.REJECTED, r.similarity(), e.queryText(),
                        "similarity " + fmt(r.similarity()) + " but " + verdict, false, verdict.rule());
            }
        }
        return new Found(firstRejection, null);
    }

    /** Runs the verifier; one that throws refuses the hit (a wrong answer is worse than a miss). */
    private Verdict verify(CacheEntry cached, CacheQuery query) {
        try {
            return verifier.verify(cached.queryText(), cached.embedding(), query.text(), query.embedding());
        } catch (RuntimeException ex) {
            log.warn("Hit verifier failed; refusing the hit", ex);
            return Verdict.reject(Rule.SCORER, "verifier failed: " + ex);
        }
    }

    private static Found miss(double similarity, String why) {
        return new Found(new CacheOutcome(CacheOutcome.Status.MISS, similarity, null, why, false), null);
    }

    /**
     * {@code String.format(Locale.ROOT, "%.3f", d)}, the same text, without the formatter for the values a lookup
     * prints (a similarity or a threshold): every hit's reason prints two, and the formatter, which parses its
     * pattern on each call, took about 8% of a hit's cache read (docs/benchmarks.md). The formatter rounds the
     * decimal digits of {@code d} half up; {@code d * 1000} is within 1e-9 of those digits times 1000 for
     * {@code 0 <= d < 1000}, so away from a tie (a fraction within 1e-6 of one half) both round to the same
     * integer. Ties, negative numbers (the formatter keeps "-0.000"), NaN and larger values go to the formatter.
     */
    static String fmt(double d) {
        if (d >= 0 && d < 1000 && Double.doubleToRawLongBits(d) >= 0) {
            double scaled = d * 1000;
            double floor = Math.floor(scaled);
            double fraction = scaled - floor;
            if (Math.abs(fraction - 0.5) > 1e-6) {
                long thousandths = (long) floor + (fraction > 0.5 ? 1 : 0);
                long part = thousandths % 1000;
                return (thousandths / 1000) + (part < 10 ? ".00" : part < 100 ? ".0" : ".") + part;
            }
        }
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
