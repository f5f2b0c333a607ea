package io.semanticrouter.eval.calibrate;

import io.semanticrouter.verify.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chooses the similarity threshold and the verification rules from labelled question pairs: the lowest
 * threshold (so the most recall) whose false-hit rate stays under a target <em>with confidence</em>, i.e. the
 * one-sided Wilson upper bound of the measured rate is at most the target. Tries every rule set it is given
 * and keeps the one that keeps the most recall; repeats per category where a category has enough pairs.
 *
 * <pre>{@code
 * List<ThresholdCalibrator.Pair> pairs = ...; // similarity, label and the rules that reject each pair
 * Calibration c = ThresholdCalibrator.builder().targetFalseHitRate(0.01).build().calibrate(pairs);
 * cache = InMemorySemanticCache.builder().similarityThreshold(c.similarityThreshold()).build();
 * router = c.applyTo(SemanticRouter.builder()).cache(cache)...build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ThresholdCalibrator {

    /** Thresholds tried: 0.500 to 0.999 in steps of 0.001. */
    private static final int LOW = 500;
    private static final int HIGH = 999;

    private final double target;
    private final double confidence;
    private final double z;
    private final int minCategoryPositives;
    private final List<Set<Rule>> ruleSets;

    private ThresholdCalibrator(Builder b) {
        this.target = b.target;
        this.confidence = b.confidence;
        this.z = normalQuantile(b.confidence);
        this.minCategoryPositives = b.minCategoryPositives;
        this.ruleSets = List.copyOf(b.ruleSets);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * One labelled pair as the calibrator sees it.
     *
     * @param similarity cosine similarity of the two questions' embeddings
     * @param positive   whether the cached answer is right for the new question
     * @param rejectedBy the verification rules that reject the pair (from {@link io.semanticrouter.verify.LexicalHitVerifier#explain})
     * @param category   the routing category of the pair, or {@code null}
     */
    public record Pair(double similarity, boolean positive, Set<Rule> rejectedBy, String category) {
        public Pair {
            rejectedBy = rejectedBy.isEmpty() ? Set.of() : Set.copyOf(rejectedBy);
        }

        /** Whether the pair is served at threshold {@code t} when {@code rules} are on. */
        public boolean served(double t, Set<Rule> rules) {
            return ThresholdCalibrator.served(similarity, rejectedBy, t, rules);
        }
    }

    /**
     * Whether a hit at {@code similarity}, refused by the rules in {@code rejectedBy}, is served at threshold
     * {@code t} when {@code rules} are on: the similarity reaches the threshold and no active rule refuses it.
     */
    public static boolean served(double similarity, Set<Rule> rejectedBy, double t, Set<Rule> rules) {
        if (similarity < t) {
            return false;
        }
        for (Rule r : rejectedBy) {
            if (rules.contains(r)) {
                return false;
            }
        }
        return true;
    }

    /** Counts at one threshold and rule set. */
    public record Point(double threshold, Set<Rule> rules, int positives, int negatives, int truePositives,
                        int falseHits, double falseHitRate, double falseHitUpperBound, double recall, double precision) {
    }

    /**
     * Evaluates one threshold and rule set.
     *
     * @throws NullPointerException if pairs or rules is null
     */
    public Point evaluate(Collection<Pair> pairs, double threshold, Set<Rule> rules) {
        int pos = 0;
        int neg = 0;
        int tp = 0;
        int fp = 0;
        for (Pair p : pairs) {
            boolean served = p.served(threshold, rules);
            if (p.positive()) {
                pos++;
                tp += served ? 1 : 0;
            } else {
                neg++;
                fp += served ? 1 : 0;
            }
        }
        double fhr = neg == 0 ? 0 : (double) fp / neg;
        return new Point(threshold, Set.copyOf(rules), pos, neg, tp, fp, fhr, wilsonUpper(fp, neg, z),
                pos == 0 ? 0 : (double) tp / pos, tp + fp == 0 ? 1 : (double) tp / (tp + fp));
    }

    /**
     * The best point for one rule set: the lowest threshold whose false-hit upper bound meets the target, or
     * {@code null} when no threshold up to 0.999 does.
     */
    public Point best(Collection<Pair> pairs, Set<Rule> rules) {
        for (int k = LOW; k <= HIGH; k++) {
            Point p = evaluate(pairs, k / 1000.0, rules);
            if (p.falseHitUpperBound() <= target && p.negatives() > 0) {
                return p;
            }
        }
        return null;
    }

    /**
     * Calibrates on labelled pairs.
     *
     * @throws IllegalArgumentException if there are no negative pairs (no false-hit rate can be measured) or no
     *                                  rule set reaches the target at any threshold
     * @throws NullPointerException     if pairs is null
     */
    public Calibration calibrate(List<Pair> pairs) {
        Objects.requireNonNull(pairs, "pairs must not be null");
        if (pairs.stream().noneMatch(p -> !p.positive())) {
            throw new IllegalArgumentException("calibration needs negative pairs (label 0), got none among "
                    + pairs.size());
        }
        Point best = null;
        for (Set<Rule> rules : ruleSets) {
            Point p = best(pairs, rules);
            if (p != null && (best == null || p.recall() > best.recall()
                    || p.recall() == best.recall() && p.rules().size() < best.rules().size())) {
                best = p;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "no threshold up to 0.999 keeps the false-hit rate under %.4f with %.0f%% confidence on %d pairs;"
                            + " more negative pairs lower the bound (at least %d are needed)",
                    target, confidence * 100, pairs.size(), (int) Math.ceil(z * z / target)));
        }
        Map<String, List<Pair>> byCategory = new TreeMap<>();
        for (Pair p : pairs) {
            if (p.category() != null) {
                byCategory.computeIfAbsent(p.category(), c -> new ArrayList<>()).add(p);
            }
        }
        Map<String, Double> perCategory = new LinkedHashMap<>();
        for (Map.Entry<String, List<Pair>> e : byCategory.entrySet()) {
            long positives = e.getValue().stream().filter(Pair::positive).count();
            if (positives < minCategoryPositives) {
                continue;
            }
            Point p = best(e.getValue(), best.rules());
            if (p != null && p.threshold() > best.threshold()) {
                perCategory.put(e.getKey(), p.threshold()); // only stricter: the global bound must still hold
            }
        }
        return new Calibration(best.threshold(), best.rules(), perCategory, 0, target, confidence, best.falseHitRate(),
                best.falseHitUpperBound(), best.recall(), best.precision(), best.positives(), best.negatives());
    }

    /** One-sided Wilson score upper bound of a proportion k/n at normal quantile z. */
    static double wilsonUpper(int k, int n, double z) {
        if (n == 0) {
            return 1;
        }
        double p = (double) k / n;
        double z2 = z * z;
        double centre = p + z2 / (2.0 * n);
        double margin = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return Math.min(1, (centre + margin) / (1 + z2 / n));
    }

    /** Standard normal quantile (Abramowitz and Stegun 26.2.23, error below 4.5e-4), for p in (0.5, 1). */
    static double normalQuantile(double p) {
        double q = 1 - p;
        double t = Math.sqrt(-2 * Math.log(q));
        return t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
    }

    /** Builder of {@link ThresholdCalibrator}. */
    public static final class Builder {
        private double target = 0.01;
        private double confidence = 0.95;
        private int minCategoryPositives = 30;
        private final List<Set<Rule>> ruleSets = new ArrayList<>(List.of(
                EnumSet.complementOf(EnumSet.of(Rule.SCORER)), EnumSet.noneOf(Rule.class)));

        private Builder() {
        }

        /**
         * The false-hit rate to stay under (hits on negative pairs / negative pairs). Default 0.01.
         *
         * @throws IllegalArgumentException unless in (0, 1)
         */
        public Builder targetFalseHitRate(double rate) {
            if (!(rate > 0 && rate < 1)) {
                throw new IllegalArgumentException("targetFalseHitRate must be in (0, 1), was " + rate);
            }
            this.target = rate;
            return this;
        }

        /**
         * Confidence of the one-sided upper bound on the false-hit rate. Default 0.95.
         *
         * @throws IllegalArgumentException unless in [0.5, 0.999]
         */
        public Builder confidence(double confidence) {
            if (!(confidence >= 0.5 && confidence <= 0.999)) {
                throw new IllegalArgumentException("confidence must be in [0.5, 0.999], was " + confidence);
            }
            this.confidence = confidence;
            return this;
        }

        /**
         * The rule sets to try (default: every word rule, and none). The calibration keeps the set that keeps
         * the most recall, the smaller set on a tie.
         *
         * @throws IllegalArgumentException if empty
         */
        public Builder ruleSets(Collection<Set<Rule>> sets) {
            if (sets.isEmpty()) {
                throw new IllegalArgumentException("ruleSets must not be empty");
            }
            ruleSets.clear();
            sets.forEach(s -> ruleSets.add(s.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(s)));
            return this;
        }

        /**
         * Positive pairs a category needs for a threshold of its own. Default 30.
         *
         * @throws IllegalArgumentException if below 1
         */
        public Builder minCategoryPositives(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("minCategoryPositives must be >= 1, was " + n);
            }
            this.minCategoryPositives = n;
            return this;
        }

        public ThresholdCalibrator build() {
            return new ThresholdCalibrator(this);
        }
    }
}
