package io.semanticrouter;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into a normalised {@link Embedding}. The router embeds each query once and hands the same
 * vector to the classifier, the selector and the cache.
 *
 * <p>Implementations must be thread-safe. They throw {@link EmbeddingException} when the model fails and
 * {@link IllegalArgumentException} (or {@link NullPointerException}) for bad input.
 */
public interface Embedder extends AutoCloseable {

    /**
     * Embeds one text.
     *
     * @param text the text; must not be null. Text longer than {@link #maxTokens()} is truncated and the
     *             result says so.
     * @throws NullPointerException if text is null
     * @throws EmbeddingException   if the model fails
     */
    Embedding embed(String text);

    /**
     * Embeds many texts; implementations batch them. The result has the same order as the input.
     *
     * @throws NullPointerException if the list or any element is null
     * @throws EmbeddingException   if the model fails
     */
    default List<Embedding> embedAll(List<String> texts) {
        List<Embedding> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(embed(t));
        }
        return out;
    }

    /** Number of dimensions of every vector this embedder returns. */
    int dimension();

    /** The model window in tokens (including special tokens); longer texts are truncated. */
    int maxTokens();

    /** A stable identifier of the model, e.g. {@code all-minilm-l6-v2}. Caches use it to refuse mixed vectors. */
    String modelId();

    /** Releases native resources. The default does nothing. */
    @Override
    default void close() {
    }
}
