package io.semanticrouter.classifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Per-category confidence thresholds chosen from labelled classifications (for instance
 * {@link ExemplarClassifier#leaveOneOut()}, or a held-out set): for each category, the lowest confidence from which
 * the classifier's answers of that category are right at least {@code precision} of the time. Below it the
 * selector abstains (the router's default model answers). Feed the result to
 * {@link CategoryModelSelector.Builder#minConfidence(Map)}.
 */
public final class CategoryThresholds {

    private CategoryThresholds() {
    }

    /**
     * Fits thresholds for a target precision.
     *
     * @param labelled   classifications with their true categories
     * @param precision  the precision each category's routed answers must reach, in (0, 1]
     * @param minSupport categories predicted fewer times than this get {@code fallback} (too little evidence)
     * @param fallback   the threshold for those categories, in [0, 1]
     * @return category -> minimum confidence, for every category the classifier predicted at least once; 1.0 when
     *         no threshold reaches the precision (the category then routes only on full confidence)
     * @throws IllegalArgumentException on an argument out of range
     */
    public static Map<String, Double> forPrecision(List<ExemplarClassifier.Labelled> labelled, double precision,
                                                   int minSupport, double fallback) {
        Objects.requireNonNull(labelled, "labelled must not be null");
        if (!(precision > 0 && precision <= 1)) {
            throw new IllegalArgumentException("precision must be in (0, 1], was " + precision);
        }
        if (minSupport < 1) {
            throw new IllegalArgumentException("minSupport must be >= 1, was " + minSupport);
        }
        if (!(fallback >= 0 && fallback <= 1)) {
            throw new IllegalArgumentException("fallback must be in [0, 1], was " + fallback);
        }
        Map<String, List<ExemplarClassifier.Labelled>> byPredicted = new LinkedHashMap<>();
        for (ExemplarClassifier.Labelled l : labelled) {
            Objects.requireNonNull(l, "labelled must not hold null");
            String c = l.classification().category();
            if (c != null) {
                byPredicted.computeIfAbsent(c, k -> new ArrayList<>()).add(l);
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        byPredicted.forEach((category, list) -> {
            if (list.size() < minSupport) {
                out.put(category, fallback);
                return;
            }
            list.sort((a, b) -> Double.compare(a.classification().confidence(), b.classification().confidence()));
            int right = 0;
            for (ExemplarClassifier.Labelled l : list) {
                right += l.correct() ? 1 : 0;
            }
            // raise the threshold past the least confident answers until the rest are precise enough
            // (only at a rise in confidence: answers tied with the threshold all pass it)
            double threshold = 1.0;
            for (int i = 0; i < list.size(); i++) {
                double c = list.get(i).classification().confidence();
                boolean rise = i == 0 || c > list.get(i - 1).classification().confidence();
                if (rise && (double) right / (list.size() - i) >= precision) {
                    threshold = c;
                    break;
                }
                right -= list.get(i).correct() ? 1 : 0;
            }
            out.put(category, threshold);
        });
        return out;
    }
}
