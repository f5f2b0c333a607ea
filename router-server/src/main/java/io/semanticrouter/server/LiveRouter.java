package io.semanticrouter.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.semanticrouter.server.config.ConfigException;
import io.semanticrouter.server.config.ConnectionLimits;
import io.semanticrouter.server.config.ConfiguredRouter;
import io.semanticrouter.server.config.RouterConfig;
import io.semanticrouter.server.config.RouterFactory;
import io.semanticrouter.server.config.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The router a gateway serves with, which a reload replaces while requests run. Each request takes one
 * {@link Lease} at its start and uses that router to its end; {@link #reload()} builds the next router from the
 * configuration file (taking over the embedder, the cache and the meter registry when their settings did not
 * change, see {@link RouterFactory#reload}) and swaps it in atomically. The router it replaced is closed once its
 * last lease is released, on a background thread, never under a running request.
 *
 * <p>A file that fails validation or cannot be built leaves the current router in place; the result lists every
 * problem, and each is logged. Settings that only a restart applies ({@code server.host}, {@code port},
 * {@code max_body_bytes}, {@code request_timeout_seconds} and the connection limits) are reported as
 * {@link ReloadResult#needsRestart()} and otherwise ignored: the gateway keeps the values it started with. The
 * tokens ({@code server.auth}, {@code server.admin}) and {@code server.tenant_header} apply from the next request.
 *
 * <p>Reloads run one at a time: a reload asked for while another runs waits for it, then reads the file again.
 * Meters, on the shared registry: {@code semantic_router.config.reloads{result=success|failure}},
 * {@code semantic_router.config.last_failure_timestamp_seconds} (0 before any failure),
 * {@code semantic_router.config.generation}. Thread-safe.
 */
public final class LiveRouter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveRouter.class);

    /**
     * What one reload did.
     *
     * @param success      whether the new router is in place
     * @param generation   the generation serving after the reload (1 is the router the gateway started with)
     * @param at           when the reload ended
     * @param problems     every problem of a failed reload, as {@code ConfigException.Problem} prints it; empty on
     *                     success
     * @param needsRestart the {@code server} settings that changed but apply only after a restart
     * @param reused       what the new router took over from the old one (embedder, cache, meter_registry)
     */
    public record ReloadResult(boolean success, long generation, Instant at, List<String> problems,
                               List<String> needsRestart, Set<String> reused) {
        /** Copies the lists. */
        public ReloadResult {
            problems = List.copyOf(problems);
            needsRestart = List.copyOf(needsRestart);
            reused = Set.copyOf(reused);
        }
    }

    /** One router in service, with the requests using it (plus one while it is the current router). */
    private static final class Generation {
        final ConfiguredRouter router;
        final long number;
        final boolean owned;
        final AtomicInteger refs = new AtomicInteger(1);

        Generation(ConfiguredRouter router, long number, boolean owned) {
            this.router = router;
            this.number = number;
            this.owned = owned;
        }

        boolean tryRetain() {
            int n;
            do {
                n = refs.get();
                if (n <= 0) {
                    return false;
                }
            } while (!refs.compareAndSet(n, n + 1));
            return true;
        }
    }

    /** A request's hold on one router: use {@link #router()} until {@link #close()}. Not thread-safe. */
    public final class Lease implements AutoCloseable {
        private final Generation generation;
        private boolean released;

        private Lease(Generation generation) {
            this.generation = generation;
        }

        /** The router this request uses from start to end. */
        public ConfiguredRouter router() {
            return generation.router;
        }

        /** The router's generation: 1 for the first, one more per successful reload. */
        public long generation() {
            return generation.number;
        }

        /**
         * Another lease on the same router, for work this request hands to another thread and may stop waiting
         * for (the router then stays open until that work ends too).
         *
         * @throws IllegalStateException if this lease was released
         */
        public Lease share() {
            if (released) {
                throw new IllegalStateException("the lease was released");
            }
            generation.refs.incrementAndGet(); // this lease's reference keeps the count above zero
            return new Lease(generation);
        }

        /** Releases the router; the last release of a replaced router closes it. Idempotent. */
        @Override
        public void close() {
            if (!released) {
                released = true;
                release(generation);
            }
        }
    }

    private final Path file;
    private final Function<String, String> environment;
    private final ServerSettings startSettings;
    private final AtomicReference<Generation> current;
    private final ReentrantLock reloading = new ReentrantLock(true);
    private final ExecutorService closer;
    private final MeterRegistry registry;
    private final AtomicLong lastFailureSeconds = new AtomicLong();
    private volatile ReloadResult last;
    private volatile ReloadResult lastFailure;
    private volatile boolean closed;

    /**
     * Serves {@code initial}, reloading from the file it was loaded from with environment variables from
     * {@code environment}.
     *
     * @param initial     the router to start with
     * @param owned       whether closing this closes {@code initial} too (false: the caller closes it; the routers
     *                    reloads build are closed by this in any case)
     * @param environment looks environment variables up when a reload reads the file
     * @throws NullPointerException if an argument is null
     */
    public LiveRouter(ConfiguredRouter initial, boolean owned, Function<String, String> environment) {
        Objects.requireNonNull(initial, "initial must not be null");
        this.environment = Objects.requireNonNull(environment, "environment must not be null");
        this.file = initial.config().file();
        this.startSettings = initial.server();
        this.current = new AtomicReference<>(new Generation(initial, 1, owned));
        this.registry = initial.meterRegistry();
        this.closer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "router-reload-close");
            t.setDaemon(true);
            return t;
        });
        Gauge.builder("semantic_router.config.last_failure_timestamp_seconds", lastFailureSeconds, AtomicLong::get)
                .description("When a configuration reload last failed (epoch seconds; 0: never)").register(registry);
        Gauge.builder("semantic_router.config.generation", current, c -> c.get().number)
                .description("Configuration generation in service: 1 at start, one more per successful reload")
                .register(registry);
    }

    /**
     * Takes the current router for one request; never null. Close the lease when the request is over.
     *
     * @throws IllegalStateException if this has been closed
     */
    public Lease acquire() {
        while (true) {
            if (closed) {
                throw new IllegalStateException("the gateway's router is closed");
            }
            Generation g = current.get();
            if (g.tryRetain()) {
                return new Lease(g);
            }
            // it was replaced and closed between the read and the retain: read the new one
        }
    }

    /** The router in service now, for reading its settings (a request takes a {@link #acquire() lease}). */
    public ConfiguredRouter current() {
        return current.get().router;
    }

    /** The generation in service now. */
    public long generation() {
        return current.get().number;
    }

    /** The configuration file reloads read. */
    public Path file() {
        return file;
    }

    /** The last reload's result, or null before the first. */
    public ReloadResult lastReload() {
        return last;
    }

    /** The last failed reload, or null when none failed since the start. */
    public ReloadResult lastFailure() {
        return lastFailure;
    }

    /**
     * Reads the file, builds the next router and swaps it in; on any problem keeps the current one. Waits for a
     * reload already running, then runs its own (so that it sees the file as it is now).
     *
     * @return what happened; never throws for a bad file
     * @throws IllegalStateException if this has been closed
     */
    public ReloadResult reload() {
        reloading.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the gateway's router is closed");
            }
            Generation old = current.get();
            ConfiguredRouter next;
            try {
                next = RouterFactory.reload(RouterConfig.load(file, environment), old.router);
            } catch (ConfigException e) {
                return failed(old, e.problems().stream().map(Object::toString).toList(), e);
            } catch (RuntimeException e) {
                return failed(old, List.of("cannot build the router: " + e), e);
            }
            List<String> restart = needsRestart(startSettings, next.server());
            Generation fresh = new Generation(next, old.number + 1, true);
            current.set(fresh);
            release(old);
            ReloadResult r = new ReloadResult(true, fresh.number, Instant.now(), List.of(), restart, next.reused());
            last = r;
            counter("success").increment();
            log.info("Reloaded {}: generation {}, reused {}{}", file, fresh.number, next.reused(),
                    restart.isEmpty() ? "" : "; changed but applied only after a restart: " + restart);
            return r;
        } finally {
            reloading.unlock();
        }
    }

    private ReloadResult failed(Generation old, List<String> problems, Exception e) {
        ReloadResult r = new ReloadResult(false, old.number, Instant.now(), problems, List.of(), Set.of());
        last = r;
        lastFailure = r;
        lastFailureSeconds.set(r.at().getEpochSecond());
        counter("failure").increment();
        log.warn("Reload of {} failed; still serving generation {}. {} problem(s):", file, old.number, problems.size());
        for (String p : problems) {
            log.warn("  {}", p);
        }
        log.debug("Reload failure", e);
        return r;
    }

    private Counter counter(String result) {
        return Counter.builder("semantic_router.config.reloads").description("Configuration reloads by result")
                .tag("result", result).register(registry);
    }

    /** The settings a running gateway cannot change, by key, that differ. */
    static List<String> needsRestart(ServerSettings was, ServerSettings now) {
        List<String> out = new ArrayList<>();
        if (!was.host().equals(now.host())) {
            out.add("server.host");
        }
        if (was.port() != now.port()) {
            out.add("server.port");
        }
        if (was.maxBodyBytes() != now.maxBodyBytes()) {
            out.add("server.max_body_bytes");
        }
        if (!was.requestTimeout().equals(now.requestTimeout())) {
            out.add("server.request_timeout_seconds");
        }
        ConnectionLimits a = was.limits();
        ConnectionLimits b = now.limits();
        String[] keys = {"header_timeout_seconds", "body_timeout_seconds", "idle_timeout_seconds", "max_connections",
            "max_header_bytes", "max_headers", "stream_buffer_bytes"};
        Object[][] values = {{a.headerTimeout(), b.headerTimeout()}, {a.bodyTimeout(), b.bodyTimeout()},
            {a.idleTimeout(), b.idleTimeout()}, {a.maxConnections(), b.maxConnections()},
            {a.maxHeaderBytes(), b.maxHeaderBytes()}, {a.maxHeaders(), b.maxHeaders()},
            {a.streamBufferBytes(), b.streamBufferBytes()}};
        for (int i = 0; i < keys.length; i++) {
            if (!values[i][0].equals(values[i][1])) {
                out.add("server." + keys[i]);
            }
        }
        return out;
    }

    private void release(Generation g) {
        if (g.refs.decrementAndGet() == 0 && g.owned) {
            try {
                closer.execute(() -> closeQuietly(g));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                closeQuietly(g);
            }
        }
    }

    private static void closeQuietly(Generation g) {
        try {
            g.router.close();
            log.debug("Closed router generation {}", g.number);
        } catch (RuntimeException e) {
            log.warn("Closing router generation {} failed", g.number, e);
        }
    }

    /**
     * Releases the current router (closed once its running requests end, unless the caller owns it) and stops the
     * background thread after it has closed what it had queued.
     */
    @Override
    public void close() {
        reloading.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            release(current.get());
        } finally {
            reloading.unlock();
        }
        closer.shutdown();
        try {
            closer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
