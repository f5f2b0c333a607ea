package io.semanticrouter.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

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

    /**
     * A detector that runs each of {@code detectors} and returns all their matches in text order (by start, then
     * end, then type); a span two detectors both report with the same type is listed once.
     *
     * @throws NullPointerException     if the array or an element is null
     * @throws IllegalArgumentException if no detector is given
     */
    static PiiDetector allOf(PiiDetector... detectors) {
        Objects.requireNonNull(detectors, "detectors must not be null");
        if (detectors.length == 0) {
            throw new IllegalArgumentException("at least one detector is needed");
        }
        List<PiiDetector> all = List.of(detectors);
        return text -> {
            Objects.requireNonNull(text, "text must not be null");
            List<PiiMatch> found = new ArrayList<>();
            for (PiiDetector d : all) {
                for (PiiMatch m : d.detect(text)) {
                    if (!found.contains(m)) {
                        found.add(m);
                    }
                }
            }
            found.sort(Comparator.comparingInt(PiiMatch::start).thenComparingInt(PiiMatch::end)
                    .thenComparing(PiiMatch::type));
            return found;
        };
    }
}
