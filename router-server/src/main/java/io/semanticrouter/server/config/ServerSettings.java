package io.semanticrouter.server.config;

import java.time.Duration;
import java.util.Objects;

/**
 * What the HTTP server needs from the file, with defaults applied and tokens read from the environment.
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

    /**
     * @throws NullPointerException if a reference is null
     */
    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(tenantHeader, "tenantHeader");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(limits, "limits");
    }
}
