package io.semanticrouter;

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
}
