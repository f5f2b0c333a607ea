package io.semanticrouter;

import java.util.Arrays;

/**
 * An immutable, L2-normalised text embedding plus what the embedder knows about how it was made.
 *
 * <p>The vector is defensively copied in and out, so an {@code Embedding} can be shared freely between
 * threads and stages. Because vectors are normalised, {@link #cosine(Embedding)} is a plain dot product.
 *
 * <p>{@link #truncated()} is {@code true} when the text was longer than the embedder's window and only a
 * prefix was embedded. The router never serves a semantic cache hit for such a text, because the vector
 * does not describe the whole prompt.
 */
public final class Embedding {

    private final float[] vector;
    private final int tokenCount;
    private final boolean truncated;

    /**
     * Creates an embedding.
     *
     * @param vector     the vector; copied. Must be non-empty and finite.
     * @param tokenCount number of tokens the model saw (after truncation), {@code >= 0}
     * @param truncated  whether the input was cut to fit the model window
     * @throws IllegalArgumentException if the vector is empty or holds NaN/infinite values, or tokenCount is negative
     * @throws NullPointerException     if vector is null
     */
    public Embedding(float[] vector, int tokenCount, boolean truncated) {
        if (vector == null) {
            throw new NullPointerException("vector must not be null");
        }
        if (vector.length == 0) {
            throw new IllegalArgumentException("vector must not be empty");
        }
        if (tokenCount < 0) {
            throw new IllegalArgumentException("tokenCount must be >= 0, was " + tokenCount);
        }
        for (int i = 0; i < vector.length; i++) {
            if (!Float.isFinite(vector[i])) {
                throw new IllegalArgumentException("vector[" + i + "] is not finite: " + vector[i]);
            }
        }
        this.vector = vector.clone();
        this.tokenCount = tokenCount;
        this.truncated = truncated;
    }

    /** Creates an embedding of a vector that is not known to come from a tokenizer (token count 0, not truncated). */
    public static Embedding of(float... vector) {
        return new Embedding(vector, 0, false);
    }

    /** Number of dimensions. */
    public int dimension() {
        return vector.length;
    }

    /** A copy of the vector. */
    public float[] vector() {
        return vector.clone();
    }

    /** Value at dimension {@code i}. */
    public float get(int i) {
        return vector[i];
    }

    /** Copies the vector into {@code dest} at {@code offset} (no allocation; for compact stores). */
    public void copyInto(float[] dest, int offset) {
        System.arraycopy(vector, 0, dest, offset, vector.length);
    }

    /** Tokens the model saw, after truncation; 0 when unknown. */
    public int tokenCount() {
        return tokenCount;
    }

    /** Whether the text was longer than the model window and only a prefix was embedded. */
    public boolean truncated() {
        return truncated;
    }

    /**
     * Dot product with another embedding: the cosine similarity when both are normalised.
     *
     * @throws IllegalArgumentException if the dimensions differ
     */
    public double cosine(Embedding other) {
        if (other.vector.length != vector.length) {
            throw new IllegalArgumentException("dimension mismatch: " + vector.length + " vs " + other.vector.length);
        }
        return VectorMath.dot(vector, 0, other.vector, 0, vector.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Embedding e && e.tokenCount == tokenCount && e.truncated == truncated
                && Arrays.equals(e.vector, vector);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(vector) * 31 + tokenCount;
    }

    @Override
    public String toString() {
        return "Embedding[dim=" + vector.length + ", tokens=" + tokenCount + (truncated ? ", truncated" : "") + "]";
    }
}
