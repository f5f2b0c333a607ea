package io.semanticrouter;

/** The embedding model failed (native error, corrupt model, tokenizer failure). */
public class EmbeddingException extends SemanticRouterException {
    private static final long serialVersionUID = 1L;

    public EmbeddingException(String message) {
        super(message);
    }

    public EmbeddingException(String message, Throwable cause) {
        super(message, cause);
    }
}
