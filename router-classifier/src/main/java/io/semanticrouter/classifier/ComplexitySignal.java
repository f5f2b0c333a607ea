package io.semanticrouter.classifier;

import io.semanticrouter.Embedding;

/**
 * Says whether a question needs a strong model. {@link StrongWeakSelector} (learned from two models'
 * correctness) and {@link ContrastiveComplexity} (similarity to easy and hard examples) implement it;
 * {@link DecisionSelector} reads it as the {@code complexity} signal.
 */
@FunctionalInterface
public interface ComplexitySignal {

    /**
     * @param text      the question
     * @param embedding its embedding, made by the router's embedder
     * @return whether the question is hard
     */
    boolean hard(String text, Embedding embedding);
}
