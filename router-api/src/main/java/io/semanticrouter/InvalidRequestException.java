package io.semanticrouter;

/**
 * The request given to the router is malformed: no messages, no user message, a null element and the
 * like. The message names the field and the offending value. Nothing was embedded, cached or sent.
 */
public class InvalidRequestException extends SemanticRouterException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The request field at fault, e.g. {@code messages[2]}. */
    public String field() {
        return field;
    }
}
