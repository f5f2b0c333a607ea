package io.semanticrouter;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

/**
 * The rules for the settings of an OpenAI-compatible model that the configuration readers build (the gateway's
 * {@code type: openai} models and the Spring starter's), in one place. Each method returns the value to hand to
 * LangChain4j's {@code OpenAiChatModel} builder, or throws {@link IllegalArgumentException} saying what is allowed.
 * This class needs no OpenAI client on the class path.
 */
public final class OpenAiModelSettings {

    /** How long one call may take by default, in seconds. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 60;
    /** How often a failed call is retried by default. */
    public static final int DEFAULT_MAX_RETRIES = 1;

    private OpenAiModelSettings() {
    }

    /**
     * An http or https URL with a host and no credentials in it.
     *
     * @param url the base URL, e.g. {@code http://localhost:8000/v1}
     * @return the URL as given
     * @throws IllegalArgumentException otherwise
     */
    public static String baseUrl(String url) {
        URI u;
        try {
            u = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl must be a valid URL, was '" + url + "' (" + e.getReason() + ")");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("baseUrl must start with http:// or https://, was '" + url + "'");
        }
        if (u.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must name a host, was '" + url + "'");
        }
        if (u.getRawUserInfo() != null) {
            throw new IllegalArgumentException("baseUrl must not carry credentials (user:password@); use api_key_env");
        }
        return url;
    }

    /**
     * The server's name of the model: not blank.
     *
     * @param model the name the server knows the model by
     * @return the name
     * @throws IllegalArgumentException if blank
     */
    public static String modelName(String model) {
        if (model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank (leave it out to send the name)");
        }
        return model;
    }

    /**
     * A timeout of at least one second.
     *
     * @param seconds the timeout in seconds
     * @return the timeout
     * @throws IllegalArgumentException if below 1
     */
    public static Duration timeout(int seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("timeoutSeconds must be at least 1, was " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }

    /**
     * Between 0 and 10 retries.
     *
     * @param retries how often a failed call is retried
     * @return the count
     * @throws IllegalArgumentException otherwise
     */
    public static int maxRetries(int retries) {
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException("maxRetries must be in 0..10, was " + retries);
        }
        return retries;
    }

    /**
     * A sampling temperature in [0, 2].
     *
     * @param t the temperature
     * @return the temperature
     * @throws IllegalArgumentException otherwise
     */
    public static double temperature(double t) {
        if (!(t >= 0 && t <= 2)) {
            throw new IllegalArgumentException("temperature must be in [0, 2], was " + t);
        }
        return t;
    }
}
