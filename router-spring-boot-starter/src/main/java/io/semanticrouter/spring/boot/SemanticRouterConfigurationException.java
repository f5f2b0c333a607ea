package io.semanticrouter.spring.boot;

/**
 * A {@code semantic-router.*} property the starter cannot build a router from: the message starts with the
 * property's full name, then says what is wrong ({@code semantic-router.semantic-cache.similarity-threshold:
 * must be in (0, 1], was 1.7}). Thrown while the application context starts, so the application does not.
 */
public class SemanticRouterConfigurationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String property;

    /**
     * Creates the exception.
     *
     * @param property the property's full name, e.g. {@code semantic-router.models[0].bean}
     * @param problem  what is wrong with it
     * @param cause    the builder's refusal, or null
     */
    public SemanticRouterConfigurationException(String property, String problem, Throwable cause) {
        super(property + ": " + problem, cause);
        this.property = property;
    }

    /** The property's full name. */
    public String property() {
        return property;
    }
}
