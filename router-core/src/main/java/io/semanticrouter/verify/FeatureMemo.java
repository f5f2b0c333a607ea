package io.semanticrouter.verify;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The {@link TextFeatures} of recently verified cached questions, so that an entry served again and again is read
 * once rather than on every hit. Features are a pure function of the text, so a remembered one gives the same
 * verdict as a fresh one. Bounded by count (Caffeine's size eviction); a size of 0 remembers nothing. Thread-safe:
 * the cache publishes each value safely, and features are never changed after they are built.
 */
final class FeatureMemo {

    private final Cache<String, TextFeatures> memo;

    FeatureMemo(int size) {
        this.memo = size == 0 ? null : Caffeine.newBuilder().maximumSize(size).build();
    }

    /** The features of {@code text}: remembered, or read now (and remembered). */
    TextFeatures of(String text) {
        return memo == null ? new TextFeatures(text) : memo.get(text, TextFeatures::new);
    }

    /** How many texts are remembered now, after any pending eviction has run. */
    long size() {
        if (memo == null) {
            return 0;
        }
        memo.cleanUp();
        return memo.estimatedSize();
    }
}
