package io.semanticrouter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link CategoryClassifier} thinks a query is about.
 *
 * @param category   the best category, or {@code null} when the classifier has no categories
 * @param confidence calibrated probability of {@code category}, in [0, 1]
 * @param margin     score of the best category minus score of the runner-up, {@code >= 0}
 * @param scores     raw score of every category, best first (unmodifiable)
 */
public record Classification(String category, double confidence, double margin, Map<String, Double> scores) {

    public Classification {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
        Objects.requireNonNull(scores, "scores");
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    /** A classification with no category (the classifier knows none, or abstains outright). */
    public static Classification none() {
        return new Classification(null, 0, 0, Map.of());
    }
}
