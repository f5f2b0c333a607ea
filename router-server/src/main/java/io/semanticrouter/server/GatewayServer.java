package io.semanticrouter.server;

import io.semanticrouter.RouteRequest;
import io.semanticrouter.server.config.ConfiguredRouter;
import io.semanticrouter.server.config.ServerSettings;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The OpenAI-compatible HTTP gateway over a {@link ConfiguredRouter}, on Netty. Endpoints:
 * <ul>
 *   <li>{@code POST /v1/chat/completions}: {@code "model": "auto"} routes; a configured model name goes to that
 *       model (the cache still applies); {@code "stream": true} answers with server-sent events ending in
 *       {@code data: [DONE]}. Response headers {@code x-semantic-router-model}, {@code -category},
 *       {@code -cache} (hit, miss, rejected, bypass, error) and {@code -fallbacks} say what happened.</li>
 *   <li>{@code POST /v1/messages}: Anthropic's Messages API over the same routing, guards and cache
 *       ({@link AnthropicProtocol}): {@code system}, text, {@code tool_use} and {@code tool_result} blocks,
 *       {@code tools} and {@code tool_choice}; {@code "stream": true} answers with Anthropic's events
 *       ({@code message_start} ... {@code message_stop}); errors in Anthropic's shape; the token may come as
 *       {@code x-api-key}.</li>
 *   <li>{@code GET /v1/models}: {@code auto} and every configured model.</li>
 *   <li>{@code POST /v1/classify}: {@code {"input": "text" | ["text", ...]}} through the category classifier, in
 *       one batch.</li>
 *   <li>{@code GET /metrics} (Prometheus text), {@code GET /health}, {@code GET /ready}: never behind auth.</li>
 *   <li>The admin API, behind its own token ({@code server.admin.token_env}; 404 without it), see
 *       {@link AdminEndpoints}: {@code POST /admin/reload}, {@code POST /admin/cache/purge}
 *       ({@code {"tenant": "T"}}), {@code GET /admin/cache/stats}, {@code GET /admin/config} (secrets masked),
 *       {@code GET /admin/status}.</li>
 * </ul>
 * Errors use the OpenAI error object (Anthropic's on {@code /v1/messages}) with the matching status: 400 bad request or blocked by a guard, 401 bad
 * token, 404 unknown model or path, 405 wrong method, 408 a request head or body that arrived too slowly, 413 body
 * over the limit, 415 a body that is not JSON, 431 headers over the limits, 502 every model failed, 503 too many
 * connections, 504 the request outlived {@code server.request_timeout_seconds}.
 *
 * <p>Per request: the tenant comes from the token's binding, else from the tenant header, else the shared scope;
 * the two kinds of tenant are disjoint namespaces ({@link io.semanticrouter.server.config.TenantScope}). Cache
 * directives come from {@code x-semantic-cache} ({@code no-cache}, {@code no-store}, {@code ttl=SECONDS},
 * comma-separated; a TTL longer than {@code semantic_cache.ttl_seconds} is cut to it) or the standard
 * {@code Cache-Control: no-cache / no-store}.
 *
 * <p>This class only starts and stops: {@link NettyTransport} speaks HTTP (timeouts, limits, backpressure),
 * {@link GatewayHandler} answers requests, each on the router the {@link LiveRouter} holds when it starts (hot
 * reload: {@code POST /admin/reload}, or a {@link ConfigWatcher} on the file). Thread-safe. {@link #close()} stops
 * the server; a {@link ConfiguredRouter} or {@link LiveRouter} given to {@code start} stays the caller's to close
 * (routers that reloads built are closed with the server when it made the {@code LiveRouter} itself).
 */
public final class GatewayServer implements AutoCloseable {

    private final GatewayHandler handler;
    private final NettyTransport transport;
    /** Threads that answer requests (one per request being answered; idle ones end after a minute). */
    private final ExecutorService workers;
    /** Threads that run routes, so that a request thread can give up on one after the request timeout. */
    private final ExecutorService routing;
    private final AtomicInteger threads = new AtomicInteger();
    /** The live router this server made around a caller's router, closed with it; null when the caller gave one. */
    private final LiveRouter ownLive;

    private GatewayServer(LiveRouter live, boolean ownsLive, String host, int port) throws IOException {
        ServerSettings settings = live.current().server();
        this.ownLive = ownsLive ? live : null;
        this.workers = Executors.newCachedThreadPool(daemons("gateway-"));
        this.routing = Executors.newCachedThreadPool(daemons("gateway-route-"));
        this.handler = new GatewayHandler(live, routing);
        try {
            this.transport = new NettyTransport(host, port, settings.limits(), settings.maxBodyBytes(), handler,
                    GatewayHandler.inlinePaths(), workers, daemons("gateway-io-"));
        } catch (IOException | RuntimeException e) {
            workers.shutdownNow();
            routing.shutdownNow();
            throw e;
        }
    }

    /** Daemon threads named {@code prefix} plus a number shared by all the gateway's pools. */
    private ThreadFactory daemons(String prefix) {
        return r -> {
            Thread t = new Thread(r, prefix + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Starts a gateway on the configured host and port.
     *
     * @throws IOException if the address cannot be bound
     */
    public static GatewayServer start(ConfiguredRouter configured) throws IOException {
        Objects.requireNonNull(configured, "configured must not be null");
        return start(configured, configured.server().host(), configured.server().port());
    }

    /**
     * Starts a gateway on the given host and port (0: any free port), overriding the file's.
     *
     * @throws IOException if the address cannot be bound
     */
    public static GatewayServer start(ConfiguredRouter configured, String host, int port) throws IOException {
        Objects.requireNonNull(configured, "configured must not be null");
        LiveRouter live = new LiveRouter(configured, false, System::getenv);
        try {
            return start(live, true, host, port);
        } catch (IOException | RuntimeException e) {
            live.close();
            throw e;
        }
    }

    /**
     * Starts a gateway serving whatever router {@code live} holds, on the given host and port (0: any free port):
     * {@code POST /admin/reload} and a {@link ConfigWatcher} swap routers under it.
     *
     * @throws IOException if the address cannot be bound
     */
    public static GatewayServer start(LiveRouter live, String host, int port) throws IOException {
        Objects.requireNonNull(live, "live must not be null");
        return start(live, false, host, port);
    }

    private static GatewayServer start(LiveRouter live, boolean owns, String host, int port) throws IOException {
        Objects.requireNonNull(host, "host must not be null");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in [0, 65535], was " + port);
        }
        GatewayServer g = new GatewayServer(live, owns, host, port);
        g.handler.ready(true);
        return g;
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return transport.address().getPort();
    }

    /** The base URI, e.g. {@code http://127.0.0.1:8080}. */
    public URI uri() {
        InetSocketAddress a = transport.address();
        String host = a.getHostString();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort());
    }

    /**
     * Stops accepting requests, gives running ones up to a second, and stops the server's threads. Returns at once
     * when no request is running.
     */
    @Override
    public void close() {
        handler.ready(false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        boolean interrupted = false;
        while (handler.inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                interrupted = true;
                break;
            }
        }
        transport.close();
        workers.shutdownNow();
        routing.shutdownNow();
        if (ownLive != null) {
            ownLive.close();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The cache directives of a request's headers (see {@link CacheDirectives}). */
    static void cacheDirectives(Map<String, List<String>> headers, RouteRequest.Builder rb, Duration maxTtl) {
        CacheDirectives.apply(headers, rb, maxTtl);
    }
}
