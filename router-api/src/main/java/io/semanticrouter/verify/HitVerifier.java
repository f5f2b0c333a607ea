package io.semanticrouter.verify;

import io.semanticrouter.Embedding;

/**
 * Decides whether a cached answer may be served for a new question, after the cache found the cached question
 * similar enough. Embedding similarity says two questions are about the same thing; a verifier checks that
 * they ask the same thing (not "with" vs "without", not Java vs Kotlin, not Madrid to Lisbon vs Lisbon to
 * Madrid).
 *
 * <p>Implementations must be thread-safe, deterministic and cheap: the router calls one on every cache hit,
 * on the request thread.
 */
@FunctionalInterface
public interface HitVerifier {

    /**
     * Checks a candidate hit.
     *
     * @param cachedQuestion the question whose answer is cached
     * @param newQuestion    the question being asked now
     * @return {@link Verdict#accept()} to serve the cached answer, or a rejection naming the rule and the evidence
     * @throws NullPointerException if either question is null
     */
    Verdict verify(String cachedQuestion, String newQuestion);

    /**
     * Checks a candidate hit knowing both questions' embeddings, which a {@code PairScorer} (router-core) may use. The router
     * calls this form; the default ignores the embeddings.
     *
     * @param cachedEmbedding the cached question's embedding (may be null)
     * @param newEmbedding    the new question's embedding (may be null)
     */
    default Verdict verify(String cachedQuestion, Embedding cachedEmbedding, String newQuestion, Embedding newEmbedding) {
        return verify(cachedQuestion, newQuestion);
    }

    /** A verifier that accepts every hit (plain similarity threshold, as most semantic caches do). */
    static HitVerifier acceptAll() {
        return (cached, query) -> Verdict.accept();
    }
}
