package io.semanticrouter.verify;

import io.semanticrouter.Embedding;

import java.util.Objects;

/**
 * Word rules with a learned second chance: when the first verifier refuses a candidate, a {@link PairHead} may
 * still serve it if it scores the pair at least its threshold. The rules' word lists miss paraphrases whose words
 * they cannot relate ("sneak them into sauces" / "hide them in sauces"; "16 GB of RAM" / "sixteen gigs of
 * memory"); the head serves the clear ones. It never refuses a pair the first verifier accepts.
 *
 * <p>Measured leave-one-writer-out on 12 labelled sets (docs/quality-verifier.md, "Pair model experiment"): more
 * paraphrases served and no wrong hit added on any held-out set. Off by default; the threshold was chosen on
 * the training sets, and a new writer's look-alikes could still score above it.
 *
 * <p>It needs both embeddings (the router passes them), since the head reads their similarity; called with
 * texts only, it gives the first verifier's verdict. Thread-safe when the first verifier is. Cost: a few
 * microseconds, only for refused candidates.
 */
public final class PairHeadHitVerifier implements HitVerifier {

    private final HitVerifier first;
    private final PairHead head;
    private final double minScore;

    private PairHeadHitVerifier(HitVerifier first, PairHead head, double minScore) {
        this.first = first;
        this.head = head;
        this.minScore = minScore;
    }

    /**
     * The first verifier, with the head's own threshold.
     *
     * @throws NullPointerException if an argument is null
     */
    public static PairHeadHitVerifier of(HitVerifier first, PairHead head) {
        Objects.requireNonNull(head, "head must not be null");
        return of(first, head, head.threshold());
    }

    /**
     * The first verifier, with another minimum score for the head.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if minScore is not in (0, 1]
     */
    public static PairHeadHitVerifier of(HitVerifier first, PairHead head, double minScore) {
        Objects.requireNonNull(first, "first verifier must not be null");
        Objects.requireNonNull(head, "head must not be null");
        if (!(minScore > 0 && minScore <= 1)) {
            throw new IllegalArgumentException("minScore must be in (0, 1], was " + minScore);
        }
        return new PairHeadHitVerifier(first, head, minScore);
    }

    /** The minimum head score that serves a refused candidate. */
    public double minScore() {
        return minScore;
    }

    /**
     * Whether the head may serve a pair the word rules refused. It may not when the refusal is one the head cannot
     * judge: the questions ask different aspects ("how many" against "how far") or one adds an amount with a unit
     * the other has no number for ("under 50 MB"); the default rules decide these, whatever the first verifier is.
     *
     * @throws NullPointerException if a question is null
     */
    public static boolean headMayServe(String cachedQuestion, String newQuestion) {
        return !LexicalHitVerifier.defaults().firmRefusal(cachedQuestion, newQuestion);
    }

    @Override
    public Verdict verify(String cachedQuestion, String newQuestion) {
        return first.verify(cachedQuestion, newQuestion);
    }

    @Override
    public Verdict verify(String cachedQuestion, Embedding cachedEmbedding, String newQuestion, Embedding newEmbedding) {
        Verdict verdict;
        boolean mayServe;
        if (first instanceof LexicalHitVerifier rules) { // one reading of each question gives both answers
            LexicalHitVerifier.Checked checked = rules.checked(cachedQuestion, cachedEmbedding, newQuestion,
                    newEmbedding, cachedEmbedding != null && newEmbedding != null);
            verdict = checked.verdict();
            mayServe = !checked.firm();
        } else {
            verdict = first.verify(cachedQuestion, cachedEmbedding, newQuestion, newEmbedding);
            mayServe = !verdict.accepted() && cachedEmbedding != null && newEmbedding != null
                    && headMayServe(cachedQuestion, newQuestion);
        }
        if (verdict.accepted() || cachedEmbedding == null || newEmbedding == null || !mayServe) {
            return verdict;
        }
        double similarity = cachedEmbedding.cosine(newEmbedding);
        return head.score(cachedQuestion, newQuestion, similarity, false) >= minScore ? Verdict.accept() : verdict;
    }
}
