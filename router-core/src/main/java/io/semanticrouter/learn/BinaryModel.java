package io.semanticrouter.learn;

/** A trained binary classifier over dense feature rows of a fixed width. Implementations are immutable and thread-safe. */
public interface BinaryModel {

    /**
     * The probability of the positive class.
     *
     * @throws IllegalArgumentException if the row has another width than the model
     */
    double probability(float[] features);

    /** Number of features a row must have. */
    int width();
}
