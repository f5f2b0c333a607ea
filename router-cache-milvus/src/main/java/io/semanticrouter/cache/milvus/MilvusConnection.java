package io.semanticrouter.cache.milvus;

import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.service.collection.request.DropCollectionReq;
import io.semanticrouter.CacheException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToLongFunction;

/**
 * The cache's link to Milvus: the client, the open collection and its dimension, what the server is
 * ({@link ServerProfile}), the {@link CircuitBreaker}, and a collection found unusable (which disables the
 * cache). Connecting, opening, probing and repairing run here under one lock, on the maintenance or writer
 * thread (or {@link MilvusSemanticCache#initialize()}); request threads only read the volatile state and
 * report their failures. Thread-safe.
 */
final class MilvusConnection {

    /** Logs under the cache's name, as operators know it. */
    private static final Logger log = LoggerFactory.getLogger(MilvusSemanticCache.class);

    private final MilvusCacheConfig config;
    private final ClientFactory clients;
    private final CircuitBreaker breaker;
    private final CacheCounters counters;
    private final AtomicBoolean closed;
    private final CollectionRepair repair = new CollectionRepair(System::nanoTime);
    private final Object lock = new Object();

    private volatile MilvusClientV2 client;
    private volatile CacheCollection collection;
    private volatile int dimension;
    private volatile IncompatibleCollectionException fatal;
    private volatile ServerProfile profile;
    /** Dimension a lookup asked the maintenance thread to open the collection with (0: none asked). */
    private volatile int openWanted;

    /** A connection not made yet; {@code closed} is the cache's flag, set when it closes. */
    MilvusConnection(MilvusCacheConfig config, CacheCounters counters, AtomicBoolean closed) {
        this.config = config;
        this.clients = new ClientFactory(config);
        MilvusCacheConfig.Breaker b = config.breaker();
        this.breaker = new CircuitBreaker(b.failureThreshold(), b.openFor(), b.maxOpenFor(), System::nanoTime);
        this.counters = counters;
        this.closed = closed;
        this.dimension = config.collection().dimension();
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    /** The open collection, or null while there is none (not connected, not created, or dropped). */
    CacheCollection collection() {
        return collection;
    }

    boolean connected() {
        return client != null;
    }

    /** The embedding dimension in force, or 0 while the first embedding has yet to fix it. */
    int dimension() {
        return dimension;
    }

    /** What the cache found out about the server (null until connected). */
    ServerProfile profile() {
        return profile;
    }

    /** Whether the server is Milvus Lite (false until connected). */
    boolean lite() {
        ServerProfile p = profile;
        return p != null && p.lite();
    }

    /** How the writer replaces rows on this server (the safe mode until it is known). */
    ServerProfile.WriteMode writeMode() {
        ServerProfile p = profile;
        return p == null ? ServerProfile.WriteMode.DELETE_THEN_INSERT : p.writeMode();
    }

    /**
     * Whether calls may go to the server now (false while the breaker is open).
     *
     * @throws IncompatibleCollectionException if the collection was found unusable
     */
    boolean usable() {
        IncompatibleCollectionException f = fatal;
        if (f != null) {
            throw f;
        }
        return breaker.allows();
    }

    /** Whether writes may go to the server now: breaker closed and the collection not found unusable. */
    boolean writable() {
        return fatal == null && breaker.allows();
    }

    /** Whether the maintenance thread may call the server: breaker closed, collection usable, cache open. */
    boolean active() {
        return writable() && !closed.get();
    }

    CacheException unavailable() {
        return new CacheException("Milvus cache at " + config.connection().uri()
                + " is unavailable (circuit open); answering as a miss");
    }

    void succeeded(CircuitBreaker.Kind kind) {
        breaker.onSuccess(kind);
    }

    /** Records a failed call, opening the breaker (and logging the outage once) when it is time. */
    CacheException failed(String op, RuntimeException e, CircuitBreaker.Kind kind) {
        if (e instanceof IncompatibleCollectionException ice) {
            return ice;
        }
        if (breaker.onFailure(kind) == CircuitBreaker.Transition.OPENED) {
            counters.outage();
            log.warn("Milvus cache at {} is unavailable ({} failed: {}); serving misses and probing in the background",
                    config.connection().uri(), op, rootMessage(e));
        } else {
            log.debug("Milvus cache {} failed", op, e);
        }
        return new CacheException("Milvus cache " + op + " failed: " + rootMessage(e), e);
    }

    /** Asks the maintenance thread to open the collection with this dimension (a lookup found none open). */
    void requestOpen(int wantedDimension) {
        openWanted = wantedDimension;
    }

    /** Asks the maintenance thread to check the collection at once (a lookup failed). */
    void requestRepair() {
        repair.request();
    }

    /** Runs an administrative call on the collection (0 when there is none yet), through the breaker. */
    long onCollection(String op, ToLongFunction<CacheCollection> call) {
        if (!usable()) {
            throw unavailable();
        }
        try {
            CacheCollection c = collection != null ? collection : ensureOpen(0); // adopts one another instance made
            if (c == null) {
                return 0;
            }
            long n = call.applyAsLong(c);
            breaker.onSuccess(CircuitBreaker.Kind.READ);
            return n;
        } catch (IncompatibleCollectionException e) {
            throw e;
        } catch (RuntimeException e) {
            repair.request();
            throw failed(op, e, CircuitBreaker.Kind.READ);
        }
    }

    /** Connects (if needed) and opens the collection; returns it, or null if it cannot exist yet. */
    CacheCollection ensureOpen(int wantedDimension) {
        CacheCollection c = collection;
        if (c != null) {
            return c;
        }
        synchronized (lock) {
            if (collection != null) {
                return collection;
            }
            if (fatal != null) {
                throw fatal;
            }
            if (closed.get()) {
                throw new CacheException("Milvus cache is closed");
            }
            try {
                MilvusClientV2 cl = client;
                if (cl == null) {
                    cl = connect();
                    client = cl;
                }
                adopt(CacheCollection.open(cl, config, wantedDimension, config.ttl().serverTtl()));
                return collection;
            } catch (IncompatibleCollectionException e) {
                disable(e);
                throw e;
            }
        }
    }

    /** Takes an opened collection (null: none yet) and its dimension. Called under the lock. */
    private void adopt(CacheCollection opened) {
        if (opened != null) {
            dimension = opened.dimension();
            collection = opened;
        }
    }

    /**
     * Connects and opens the collection now, in the calling thread.
     *
     * @throws IncompatibleCollectionException if the collection cannot hold this cache's entries
     * @throws CacheException                  if the server cannot be reached
     */
    void initialize() {
        if (fatal != null) {
            throw fatal;
        }
        try {
            ensureOpen(dimension);
        } catch (IncompatibleCollectionException e) {
            throw e;
        } catch (RuntimeException e) {
            tripOnConnectFailure(e);
            throw new CacheException("cannot reach Milvus at " + config.connection().uri() + ": " + rootMessage(e), e);
        }
    }

    /** The first connection, made on the maintenance thread when the cache starts. */
    void connectInBackground() {
        if (closed.get()) {
            return;
        }
        try {
            ensureOpen(dimension);
        } catch (IncompatibleCollectionException e) {
            // logged in ensureOpen; the cache stays disabled
        } catch (RuntimeException e) {
            if (!closed.get()) { // closed while connecting: nothing to report
                tripOnConnectFailure(e);
            }
        }
    }

    /** Opens the collection a lookup asked for, if any (maintenance thread). */
    void openIfWanted() {
        int wanted = openWanted;
        if (wanted > 0 && client != null) {
            try {
                ensureOpen(wanted);
            } catch (IncompatibleCollectionException e) {
                // disabled and logged by ensureOpen
            } catch (RuntimeException e) {
                failed("open", e, CircuitBreaker.Kind.READ);
            }
        }
    }

    /** Runs a requested collection check when one is due (maintenance thread); whether it ran. */
    boolean repairIfDue() {
        if (!repair.takeIfDue()) {
            return false;
        }
        repairCollection();
        return true;
    }

    /** Probes the server when the open breaker wants it (maintenance thread); whether it did. */
    boolean probeIfDue() {
        if (!breaker.probeDue()) {
            return false;
        }
        probe();
        return true;
    }

    /** Drops the collection (or the one of that name another instance made) and forgets it. */
    void drop() {
        synchronized (lock) {
            CacheCollection c = collection;
            try {
                if (c != null) {
                    c.drop();
                } else if (client != null) {
                    client.dropCollection(DropCollectionReq.builder().collectionName(config.collection().name()).build());
                }
            } catch (RuntimeException e) {
                throw new CacheException("cannot drop Milvus collection '" + config.collection().name() + "': "
                        + e.getMessage(), e);
            }
            collection = null;
            dimension = config.collection().dimension();
            openWanted = 0;
        }
    }

    /** Releases the client; a connect in progress finishes first and then sees the cache closed. */
    void close() {
        MilvusClientV2 c;
        synchronized (lock) {
            c = client;
            client = null;
            collection = null;
        }
        if (c != null) {
            c.close();
        }
    }

    private void tripOnConnectFailure(RuntimeException e) {
        if (breaker.trip() == CircuitBreaker.Transition.OPENED) {
            counters.outage();
            log.warn("Cannot reach Milvus at {} ({}); serving misses and retrying in the background",
                    config.connection().uri(), rootMessage(e));
        }
    }

    private void disable(IncompatibleCollectionException e) {
        fatal = e;
        log.error("Milvus cache disabled: {}", e.getMessage());
    }

    /** A new client, with the server's profile learnt (and logged when it changed). */
    private MilvusClientV2 connect() {
        MilvusClientV2 c = clients.connect();
        try {
            ServerProfile found = ServerProfile.ask(c);
            ServerProfile known = profile;
            if (known == null || !known.equals(found)) {
                if (found.lite()) {
                    log.info("Connected to {} at {}. Lite keeps no collection TTL, consistency levels, auth or TLS, and"
                            + " searches unflushed rows by brute force: expiry relies on the expires_at filter and the"
                            + " cleanup every {}, and the cache flushes Lite when writes pause for {} s or {} rows wait"
                            + " (it never flushes a full Milvus server).", found.describe(), config.connection().uri(),
                            config.ttl().cleanupInterval(), Maintenance.LITE_QUIET.toSeconds(), Maintenance.LITE_FLUSH_ROWS);
                } else {
                    log.info("Connected to {} at {}", found.describe(), config.connection().uri());
                }
            }
            profile = found;
            return c;
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /**
     * Checks the collection after a failed lookup ({@link CollectionRepair}): loaded, nothing to do; released
     * or still loading, loads it and waits until it is; missing, creates it.
     */
    private void repairCollection() {
        try {
            synchronized (lock) {
                MilvusClientV2 cl = client;
                if (cl == null || closed.get() || fatal != null
                        || CacheCollection.isLoaded(cl, config.collection().name())) {
                    return;
                }
                adopt(CacheCollection.open(cl, config, dimension, config.ttl().serverTtl()));
            }
            log.info("Milvus collection '{}' was not loaded (server restarted?); loaded it again",
                    config.collection().name());
            if (breaker.isOpen()) {
                // searches work again: no need to wait for the next probe
                log.info("Milvus cache at {} is reachable again after {} ms", config.connection().uri(),
                        breaker.probeSucceeded().toMillis());
            }
        } catch (IncompatibleCollectionException e) {
            disable(e);
        } catch (RuntimeException e) {
            failed("reload", e, CircuitBreaker.Kind.READ);
        }
    }

    /** Reconnects with a fresh channel; on success swaps it in and closes the breaker. */
    private void probe() {
        MilvusClientV2 fresh = null;
        try {
            fresh = connect();
            synchronized (lock) {
                if (closed.get()) {
                    return; // the finally block closes the fresh client
                }
                CacheCollection opened = CacheCollection.open(fresh, config, dimension, config.ttl().serverTtl());
                MilvusClientV2 old = client;
                client = fresh;
                collection = opened;
                if (opened != null) {
                    dimension = opened.dimension();
                }
                if (old != null) {
                    old.close();
                }
            }
            fresh = null;
            Duration down = breaker.probeSucceeded();
            log.info("Milvus cache at {} is reachable again after {} ms", config.connection().uri(), down.toMillis());
        } catch (IncompatibleCollectionException e) {
            breaker.probeSucceeded();
            disable(e);
        } catch (RuntimeException e) {
            breaker.probeFailed();
            log.debug("Milvus probe failed: {}", rootMessage(e));
        } finally {
            if (fresh != null) {
                fresh.close();
            }
        }
    }

    /** The innermost cause's class and message: what an operator needs from a failed call. */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
