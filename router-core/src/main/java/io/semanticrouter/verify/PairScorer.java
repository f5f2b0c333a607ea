package io.semanticrouter.verify;

import io.semanticrouter.Embedding;

/**
 * An optional second-stage check of a candidate hit: scores how well the cached question's answer fits the
 * new question, in [0, 1]. {@link LexicalHitVerifier} runs it after its word rules passed, when configured
 * with {@link LexicalHitVerifier.Builder#scorer(PairScorer, double)}.
 *
 * <p>The router passes both questions' embeddings (the cached entry keeps its own), so a scorer that works on
 * vectors, like {@link LinearPairScorer}, costs no model call. The embeddings are {@code null} when the
 * verifier was called with texts only ({@link HitVerifier#verify(String, String)}).
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface PairScorer {

    /**
     * Scores a pair.
     *
     * @param cachedEmbedding the cached question's embedding, or {@code null} when not known
     * @param newEmbedding    the new question's embedding, or {@code null} when not known
     * @return a score in [0, 1]; higher means the two questions ask the same thing
     * @throws IllegalArgumentException if the scorer needs embeddings and got none, or of another dimension
     */
    double score(String cachedQuestion, Embedding cachedEmbedding, String newQuestion, Embedding newEmbedding);
}
