package io.semanticrouter.verify;

import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link PairScorer} that embeds only what differs between two questions: the content words of each that
 * the other lacks ("cook rice" against "clean"), and scores their cosine similarity. Two paraphrases differ in
 * words that mean the same ("make faster" / "speed up"), two different questions in words that do not.
 *
 * <p>Pairs where one side adds nothing of its own score 1 (the word rules judge added numbers, names and
 * negations). Costs two short embeddings per verified hit, about 2 ms with MiniLM on one core, which is why
 * it is not on by default; measure it with the evaluation harness before turning it on.
 *
 * <p>Thread-safe when the embedder is.
 */
public final class SpanEmbeddingScorer implements PairScorer {

    private final Embedder embedder;

    /**
     * @param embedder the embedder, usually the router's own
     * @throws NullPointerException if embedder is null
     */
    public SpanEmbeddingScorer(Embedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder must not be null");
    }

    /** Embeds the differing spans; the whole-question embeddings are not needed. */
    @Override
    public double score(String cachedQuestion, Embedding cachedEmbedding, String newQuestion, Embedding newEmbedding) {
        String[] spans = differingSpans(cachedQuestion, newQuestion);
        if (spans == null) {
            return 1;
        }
        List<Embedding> v = embedder.embedAll(List.of(spans[0], spans[1]));
        return Math.max(0, Math.min(1, v.get(0).cosine(v.get(1))));
    }

    /** The content words of each question that the other lacks, in order; {@code null} when one side has none. */
    static String[] differingSpans(String a, String b) {
        TextFeatures fa = new TextFeatures(a);
        TextFeatures fb = new TextFeatures(b);
        String sa = onlyIn(fa, fb);
        String sb = onlyIn(fb, fa);
        return sa.isEmpty() || sb.isEmpty() ? null : new String[]{sa, sb};
    }

    private static String onlyIn(TextFeatures x, TextFeatures y) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String w : x.words) {
            if (Lexicon.STOPWORDS.contains(w) || Lexicon.FILLER.contains(w)) {
                continue;
            }
            if (!y.stems.contains(TextFeatures.stem(w)) && seen.add(w)) {
                out.add(w);
            }
        }
        return String.join(" ", out);
    }
}
