package io.semanticrouter.server.config;

import java.time.Duration;
import java.util.List;

/**
 * The {@code server} section: where the gateway listens and who may call it. Every key is optional.
 *
 * <pre>
 * server:
 *   host: 0.0.0.0                 # default 127.0.0.1 (this machine only)
 *   port: 8080                    # default 8080; 0 picks a free port
 *   max_body_bytes: 1048576       # default 1 MiB; larger requests are refused
 *   request_timeout_seconds: 120  # default 120
 *   tenant_header: X-Tenant       # default X-Tenant
 *   header_timeout_seconds: 10    # default 10: a request's head must arrive within this of its first byte
 *   body_timeout_seconds: 30      # default 30: its body within this of the end of the head
 *   idle_timeout_seconds: 60      # default 60: a connection without a request is closed after this
 *   max_connections: 1024         # default 1024: one more gets 503
 *   max_header_bytes: 16384       # default 16 KiB: a larger request head gets 431
 *   max_headers: 100              # default 100: more header fields get 431
 *   stream_buffer_bytes: 65536    # default 64 KiB: unsent stream bytes one slow client may hold
 *   auth:                         # default: no authentication
 *     bearer_tokens_env: ROUTER_TOKENS   # comma-separated tokens; the caller names its tenant in the header
 *     tokens:                            # a token that always means one tenant
 *       - token_env: TEAM_A_TOKEN
 *         tenant: team-a
 *   admin:                        # default: no admin endpoints (404)
 *     token_env: ROUTER_ADMIN_TOKEN      # the token of /admin/*, from the environment
 * </pre>
 *
 * @param host                  the address to bind
 * @param port                  the TCP port (0 to 65535)
 * @param maxBodyBytes          the largest request body accepted
 * @param requestTimeoutSeconds how long one request may take, model calls included
 * @param tenantHeader          the HTTP header that names the caller's tenant (cache scope)
 * @param auth                  bearer-token authentication, or {@code null} for none
 * @param headerTimeoutSeconds  {@link ConnectionLimits.Builder#headerTimeout}, or null for the default
 * @param bodyTimeoutSeconds    {@link ConnectionLimits.Builder#bodyTimeout}, or null for the default
 * @param idleTimeoutSeconds    {@link ConnectionLimits.Builder#idleTimeout}, or null for the default
 * @param maxConnections        {@link ConnectionLimits.Builder#maxConnections}, or null for the default
 * @param maxHeaderBytes        {@link ConnectionLimits.Builder#maxHeaderBytes}, or null for the default
 * @param maxHeaders            {@link ConnectionLimits.Builder#maxHeaders}, or null for the default
 * @param streamBufferBytes     {@link ConnectionLimits.Builder#streamBufferBytes}, or null for the default
 * @param admin                 the admin API's token, or {@code null} for no admin API
 */
public record ServerConfig(String host, Integer port, Integer maxBodyBytes, Integer requestTimeoutSeconds,
                           String tenantHeader, Auth auth, Integer headerTimeoutSeconds, Integer bodyTimeoutSeconds,
                           Integer idleTimeoutSeconds, Integer maxConnections, Integer maxHeaderBytes,
                           Integer maxHeaders, Integer streamBufferBytes, Admin admin) {

    /** Default {@code host}. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Default {@code port}. */
    public static final int DEFAULT_PORT = 8080;
    /** Default {@code max_body_bytes}: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
    /** Default {@code request_timeout_seconds}. */
    public static final int DEFAULT_REQUEST_TIMEOUT_SECONDS = 120;
    /** Default {@code tenant_header}. */
    public static final String DEFAULT_TENANT_HEADER = "X-Tenant";

    /** Applies the defaults to keys the file leaves out. */
    public ServerConfig {
        host = host == null ? DEFAULT_HOST : host;
        port = port == null ? DEFAULT_PORT : port;
        maxBodyBytes = maxBodyBytes == null ? DEFAULT_MAX_BODY_BYTES : maxBodyBytes;
        requestTimeoutSeconds = requestTimeoutSeconds == null ? DEFAULT_REQUEST_TIMEOUT_SECONDS : requestTimeoutSeconds;
        tenantHeader = tenantHeader == null ? DEFAULT_TENANT_HEADER : tenantHeader;
    }

    /** The section with every default, used when the file has no {@code server} section. */
    static ServerConfig defaults() {
        return new ServerConfig(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The connection limits the section sets, defaults for the rest, through {@link ConnectionLimits#builder()}.
     *
     * @throws IllegalArgumentException naming the builder setting when a value is out of range
     */
    public ConnectionLimits limits() {
        return limits(Refusals.THROW);
    }

    /** Hands the connection keys the section sets to {@link ConnectionLimits#builder()}, which checks them. */
    ConnectionLimits limits(Refusals refusals) {
        ConnectionLimits.Builder b = ConnectionLimits.builder();
        refusals.set("header_timeout_seconds", headerTimeoutSeconds, v -> b.headerTimeout(Duration.ofSeconds(v)));
        refusals.set("body_timeout_seconds", bodyTimeoutSeconds, v -> b.bodyTimeout(Duration.ofSeconds(v)));
        refusals.set("idle_timeout_seconds", idleTimeoutSeconds, v -> b.idleTimeout(Duration.ofSeconds(v)));
        refusals.set("max_connections", maxConnections, b::maxConnections);
        refusals.set("max_header_bytes", maxHeaderBytes, b::maxHeaderBytes);
        refusals.set("max_headers", maxHeaders, b::maxHeaders);
        refusals.set("stream_buffer_bytes", streamBufferBytes, b::streamBufferBytes);
        return b.build();
    }

    /**
     * Hands every value of the section but {@code auth} to {@link ServerSettings#builder()} and
     * {@link ConnectionLimits#builder()}, which check them; a refused value keeps its default.
     */
    ServerSettings.Builder settings(Refusals refusals) {
        ServerSettings.Builder b = ServerSettings.builder();
        refusals.set("host", host, b::host);
        refusals.set("port", port, b::port);
        refusals.set("max_body_bytes", maxBodyBytes, b::maxBodyBytes);
        refusals.set("request_timeout_seconds", requestTimeoutSeconds, v -> b.requestTimeout(Duration.ofSeconds(v)));
        refusals.set("tenant_header", tenantHeader, b::tenantHeader);
        return b.limits(limits(refusals));
    }

    /**
     * {@code server.auth}: callers must send {@code Authorization: Bearer <token>} with one of these tokens.
     * The tokens themselves live in environment variables, never in the file.
     *
     * @param bearerTokensEnv an environment variable holding comma-separated tokens; callers using them name
     *                        their tenant in the tenant header
     * @param tokens          tokens bound to one tenant each (the tenant header is then ignored)
     */
    public record Auth(String bearerTokensEnv, List<TenantToken> tokens) {
        /** Copies the list (kept unmodifiable). */
        public Auth {
            tokens = Copies.list(tokens);
        }
    }

    /**
     * {@code server.admin}: the admin API ({@code /admin/reload}, {@code /admin/cache/...}, {@code /admin/config})
     * and its own bearer token, kept in an environment variable. Without it the admin endpoints answer 404.
     *
     * @param tokenEnv the environment variable holding the admin token
     */
    public record Admin(String tokenEnv) {
    }

    /**
     * One entry of {@code server.auth.tokens}.
     *
     * @param tokenEnv the environment variable holding the token
     * @param tenant   the tenant every request with this token belongs to
     */
    public record TenantToken(String tokenEnv, String tenant) {
    }
}
