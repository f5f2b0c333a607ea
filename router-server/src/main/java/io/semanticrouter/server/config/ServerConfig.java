package io.semanticrouter.server.config;

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
 *   auth:                         # default: no authentication
 *     bearer_tokens_env: ROUTER_TOKENS   # comma-separated tokens; the caller names its tenant in the header
 *     tokens:                            # a token that always means one tenant
 *       - token_env: TEAM_A_TOKEN
 *         tenant: team-a
 * </pre>
 *
 * @param host                  the address to bind
 * @param port                  the TCP port (0 to 65535)
 * @param maxBodyBytes          the largest request body accepted
 * @param requestTimeoutSeconds how long one request may take, model calls included
 * @param tenantHeader          the HTTP header that names the caller's tenant (cache scope)
 * @param auth                  bearer-token authentication, or {@code null} for none
 */
public record ServerConfig(String host, Integer port, Integer maxBodyBytes, Integer requestTimeoutSeconds,
                           String tenantHeader, Auth auth) {

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
        return new ServerConfig(null, null, null, null, null, null);
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
     * One entry of {@code server.auth.tokens}.
     *
     * @param tokenEnv the environment variable holding the token
     * @param tenant   the tenant every request with this token belongs to
     */
    public record TenantToken(String tokenEnv, String tenant) {
    }
}
