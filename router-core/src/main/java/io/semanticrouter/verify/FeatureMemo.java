package io.semanticrouter.verify;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The {@link TextFeatures} of recently verified cached questions, so that an entry served again and again is read
 * once rather than on every hit. Features are a pure function of the text, so a remembered one gives the same
 * verdict as a fresh one. Thread-safe: the cache publishes each value safely, and features are never changed after
 * they are built.
 *
 * <p>Bounded by the characters it holds, not only by count, because features grow with the text (measured on QQP
 * questions: about 3.3 KB for 64 characters, 41 KB for 512): a memo for {@code n} questions holds at most
 * {@code n x }{@value #TYPICAL_CHARS} characters of questions (Caffeine's weighted eviction), and a question longer
 * than {@value #MAX_REMEMBERED_CHARS} characters is read afresh each time. So {@code n} typical questions fit, and
 * a memo full of the longest ones holds about {@code n / 8} of them: at most about 5 MB for the default 1,024.
 */
final class FeatureMemo {

    /** The length of a typical question, in characters: the unit of the memo's budget. */
    static final int TYPICAL_CHARS = 64;
    /** Longer questions are read afresh and never remembered. */
    static final int MAX_REMEMBERED_CHARS = 512;

    private final Cache<String, TextFeatures> memo;

    /** A memo for about {@code questions} typical questions; 0 remembers nothing. */
    FeatureMemo(int questions) {
        this.memo = questions == 0 ? null : Caffeine.newBuilder()
                .maximumWeight((long) questions * TYPICAL_CHARS)
                .weigher((String text, TextFeatures f) -> Math.max(1, text.length()))
                .build();
    }

    /** The features of {@code text}: remembered, or read now (and remembered unless it is too long). */
    TextFeatures of(String text) {
        return memo == null || text.length() > MAX_REMEMBERED_CHARS ? new TextFeatures(text)
                : memo.get(text, TextFeatures::new);
    }

    /** How many texts are remembered now, after any pending eviction has run. */
    long size() {
        if (memo == null) {
            return 0;
        }
        memo.cleanUp();
        return memo.estimatedSize();
    }

    /** How many characters of text are remembered now, after any pending eviction has run. */
    long chars() {
        if (memo == null) {
            return 0;
        }
        memo.cleanUp();
        return memo.policy().eviction().orElseThrow().weightedSize().orElse(0L);
    }
}
