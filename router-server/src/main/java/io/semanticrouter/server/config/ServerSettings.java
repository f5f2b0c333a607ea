package io.semanticrouter.server.config;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the HTTP server needs from the file, with defaults applied and tokens read from the environment. Built with
 * {@link #builder()}, whose setters check their arguments at once; the {@code server} keys of the file call the same
 * setters, so each rule is written once.
 *
 * @param host           the address to bind
 * @param port           the TCP port (0: any free port)
 * @param maxBodyBytes   the largest request body accepted
 * @param requestTimeout how long one request may take
 * @param tenantHeader   the header that names the caller's tenant
 * @param auth           bearer-token authentication ({@link TokenAuth#disabled()} without {@code server.auth})
 * @param limits         timeouts and limits of the HTTP connections
 */
public record ServerSettings(String host, int port, int maxBodyBytes, Duration requestTimeout, String tenantHeader,
                             TokenAuth auth, ConnectionLimits limits) {

    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    /**
     * Runs the {@link Builder} setters' checks on the values.
     *
     * @throws NullPointerException     if a reference is null
     * @throws IllegalArgumentException if a value is out of range, as the {@link Builder} setters
     */
    public ServerSettings {
        builder().host(host).port(port).maxBodyBytes(maxBodyBytes).requestTimeout(requestTimeout)
                .tenantHeader(tenantHeader).auth(auth).limits(limits);
    }

    /** A builder holding the defaults of {@link ServerConfig}, no authentication and the default limits. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the settings; each setter throws at once on a value out of range, naming it. Not thread-safe. */
    public static final class Builder {
        private String host = ServerConfig.DEFAULT_HOST;
        private int port = ServerConfig.DEFAULT_PORT;
        private int maxBodyBytes = ServerConfig.DEFAULT_MAX_BODY_BYTES;
        private Duration requestTimeout = Duration.ofSeconds(ServerConfig.DEFAULT_REQUEST_TIMEOUT_SECONDS);
        private String tenantHeader = ServerConfig.DEFAULT_TENANT_HEADER;
        private TokenAuth auth = TokenAuth.disabled();
        private ConnectionLimits limits = ConnectionLimits.defaults();

        private Builder() {
        }

        /**
         * The address to bind ({@code server.host}).
         *
         * @throws IllegalArgumentException if blank
         */
        public Builder host(String host) {
            if (Objects.requireNonNull(host, "host").isBlank()) {
                throw new IllegalArgumentException("host must not be blank");
            }
            this.host = host;
            return this;
        }

        /**
         * The TCP port ({@code server.port}); 0 picks a free one.
         *
         * @throws IllegalArgumentException unless in 0..65535
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be in 0..65535 (0 picks a free port), was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The largest request body accepted ({@code server.max_body_bytes}).
         *
         * @throws IllegalArgumentException if less than 1
         */
        public Builder maxBodyBytes(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be at least 1, was " + bytes);
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /**
         * How long one request may take, model calls included ({@code server.request_timeout_seconds}).
         *
         * @throws IllegalArgumentException if shorter than 1 s
         */
        public Builder requestTimeout(Duration timeout) {
            if (Objects.requireNonNull(timeout, "requestTimeout").compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("requestTimeout must be at least 1 s, was " + timeout.toMillis()
                        + " ms");
            }
            this.requestTimeout = timeout;
            return this;
        }

        /**
         * The header that names the caller's tenant ({@code server.tenant_header}).
         *
         * @throws IllegalArgumentException unless an HTTP header name
         */
        public Builder tenantHeader(String header) {
            if (!HEADER_NAME.matcher(Objects.requireNonNull(header, "tenantHeader")).matches()) {
                throw new IllegalArgumentException("tenantHeader must be an HTTP header name (letters, digits, '-'),"
                        + " was '" + header + "'");
            }
            this.tenantHeader = header;
            return this;
        }

        /** Bearer-token authentication ({@code server.auth}); default {@link TokenAuth#disabled()}. */
        public Builder auth(TokenAuth auth) {
            this.auth = Objects.requireNonNull(auth, "auth");
            return this;
        }

        /** The connection limits; default {@link ConnectionLimits#defaults()}. */
        public Builder limits(ConnectionLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The settings. */
        public ServerSettings build() {
            return new ServerSettings(host, port, maxBodyBytes, requestTimeout, tenantHeader, auth, limits);
        }
    }
}
