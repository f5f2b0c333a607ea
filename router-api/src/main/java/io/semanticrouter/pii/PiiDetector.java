package io.semanticrouter.pii;

import java.util.List;

/**
 * Finds personal data in text. The router uses one to keep answers about personal data out of a cache that
 * other users share; the guards of the classifier module use it to restrict where a request may go.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface PiiDetector {

    /**
     * Finds personal data.
     *
     * @param text the text to scan; must not be null
     * @return the matches in text order (empty when none)
     * @throws NullPointerException if text is null
     */
    List<PiiMatch> detect(String text);

    /** Whether {@link #detect} finds anything. */
    default boolean containsPii(String text) {
        return !detect(text).isEmpty();
    }
}
