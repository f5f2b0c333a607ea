package io.semanticrouter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Assigns a query to one of a fixed set of categories. Implementations reuse the router's query embedding
 * rather than embedding the text again. Thread-safe.
 */
public interface CategoryClassifier {

    /**
     * Classifies one query.
     *
     * @param text      the query text (for classifiers that look at words)
     * @param embedding the query's embedding, made by the router's embedder
     * @throws IllegalArgumentException if the embedding dimension does not match the classifier's
     */
    Classification classify(String text, Embedding embedding);

    /** The categories this classifier can return. */
    Set<String> categories();

    /**
     * Every category's probability for one query, summing to 1, best first: what an ensemble of classifiers
     * combines. The default gives the best category its {@link Classification#confidence() confidence} and
     * spreads the rest evenly over the other categories; classifiers with a full calibrated distribution (a
     * softmax over all categories) override it.
     *
     * @throws IllegalArgumentException as {@link #classify}
     */
    default Map<String, Double> probabilities(String text, Embedding embedding) {
        Classification c = classify(text, embedding);
        Map<String, Double> p = new LinkedHashMap<>();
        if (c.category() == null) {
            return p;
        }
        p.put(c.category(), c.confidence());
        int others = categories().size() - 1;
        for (String category : categories()) {
            if (!category.equals(c.category())) {
                p.put(category, (1 - c.confidence()) / others);
            }
        }
        return p;
    }
}
