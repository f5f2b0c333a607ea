package io.semanticrouter;

/**
 * A semantic cache back end failed. The router treats it as a miss (fail open) and records it in the
 * trace; it only reaches callers who use a {@link SemanticCache} directly.
 */
public class CacheException extends SemanticRouterException {
    private static final long serialVersionUID = 1L;

    public CacheException(String message) {
        super(message);
    }

    public CacheException(String message, Throwable cause) {
        super(message, cause);
    }
}
