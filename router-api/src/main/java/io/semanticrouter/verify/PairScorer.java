package io.semanticrouter.verify;

/**
 * An optional second-stage check of a candidate hit: scores how well the cached question's answer fits the
 * new question, in [0, 1]. Used by {@link LexicalHitVerifier} after its rules passed, when configured with
 * {@link LexicalHitVerifier.Builder#scorer(PairScorer, double)}.
 *
 * <p>Implementations must be thread-safe. They may be slower than the rules (an extra model call), which
 * is why none is configured by default.
 */
@FunctionalInterface
public interface PairScorer {

    /**
     * Scores a pair.
     *
     * @return a score in [0, 1]; higher means the two questions ask the same thing
     */
    double score(String cachedQuestion, String newQuestion);
}
