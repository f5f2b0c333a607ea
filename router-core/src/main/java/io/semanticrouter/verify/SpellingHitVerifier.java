package io.semanticrouter.verify;

import io.semanticrouter.Embedding;

import java.util.Objects;

/**
 * A {@link HitVerifier} that hands another one both questions after {@link SpellingNormalizer} has corrected
 * them, the same correction the cache embedded them with. So a misspelt word whose correction is the other
 * question's word ("calcualte" / "calculate") is no replaced word, while two correct words that differ ("form" /
 * "from", "cheap" / "cheat") still do: the normaliser leaves every word it knows alone.
 *
 * <p>Thread-safe when the wrapped verifier is.
 */
public final class SpellingHitVerifier implements HitVerifier {

    private final HitVerifier delegate;
    private final SpellingNormalizer speller;

    private SpellingHitVerifier(HitVerifier delegate, SpellingNormalizer speller) {
        this.delegate = delegate;
        this.speller = speller;
    }

    /**
     * {@code verifier} comparing the corrected questions, with the shared {@link SpellingNormalizer#get()}.
     *
     * @throws NullPointerException if verifier is null
     */
    public static SpellingHitVerifier wrap(HitVerifier verifier) {
        return new SpellingHitVerifier(Objects.requireNonNull(verifier, "verifier"), SpellingNormalizer.get());
    }

    /** The verifier that compares the corrected questions. */
    public HitVerifier delegate() {
        return delegate;
    }

    @Override
    public Verdict verify(String cachedQuestion, String newQuestion) {
        Objects.requireNonNull(cachedQuestion, "cachedQuestion");
        Objects.requireNonNull(newQuestion, "newQuestion");
        return delegate.verify(speller.normalize(cachedQuestion), speller.normalize(newQuestion));
    }

    @Override
    public Verdict verify(String cachedQuestion, Embedding cachedEmbedding, String newQuestion, Embedding newEmbedding) {
        Objects.requireNonNull(cachedQuestion, "cachedQuestion");
        Objects.requireNonNull(newQuestion, "newQuestion");
        return delegate.verify(speller.normalize(cachedQuestion), cachedEmbedding, speller.normalize(newQuestion),
                newEmbedding);
    }
}
