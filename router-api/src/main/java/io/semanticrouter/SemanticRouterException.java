package io.semanticrouter;

/** Base class of every exception this library throws on purpose. */
public class SemanticRouterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SemanticRouterException(String message) {
        super(message);
    }

    public SemanticRouterException(String message, Throwable cause) {
        super(message, cause);
    }
}
