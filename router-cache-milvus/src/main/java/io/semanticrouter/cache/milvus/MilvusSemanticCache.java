package io.semanticrouter.cache.milvus;

import io.semanticrouter.spi.CacheArguments;
import com.google.gson.JsonObject;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.client.RetryConfig;
import io.milvus.v2.service.database.request.CreateDatabaseReq;
import io.semanticrouter.CacheEntry;
import io.semanticrouter.CacheException;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.CacheResult;
import io.semanticrouter.SemanticCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToLongFunction;

/**
 * A {@link SemanticCache} on a Milvus server (standalone, cluster, Zilliz Cloud or Milvus Lite), shared by
 * every router instance that points at the same collection.
 *
 * <p><b>Lookups</b> search the query's partition (a hashed {@code scope} partition key) for live rows
 * ({@code expires_at} after now, on the injectable {@link Clock}) and serve the nearest at or above the
 * threshold: the same meaning as the in-memory cache.
 *
 * <p><b>Stores are asynchronous.</b> {@link #store} checks the entry and hands it to a bounded queue; one
 * writer thread encodes entries and sends batches (up to {@code writeBatchSize} rows, waiting at most
 * {@code writeMaxDelay} to fill one), so a request never waits for Milvus to write and Milvus is never flushed
 * per insert. A batch replaces rows by upsert, or by delete then insert on Milvus 2.3.0-2.3.9, whose upsert
 * files rows under the wrong partition key (see {@code ServerProfile}). Each row is written whole, so a lookup
 * never sees half an entry;
 * an entry becomes visible within about {@code writeMaxDelay} plus one round trip
 * ({@link #awaitPendingWrites} waits for it). Answers larger than a Milvus VarChar (64 KiB) are stored
 * gzip-compressed when that fits and skipped (counted as {@code skipped_oversize}) when not; prompts that
 * large are skipped. Nothing is truncated.
 *
 * <p><b>Expiry.</b> Expired rows are never served (filter), and a maintenance thread deletes them every
 * {@code cleanupInterval} ({@link #purgeExpired()} does it now). With {@link MilvusCacheConfig#serverTtl()}
 * set, a new collection also gets Milvus's {@code collection.ttl.seconds}, and no entry is kept longer.
 *
 * <p><b>Fail open.</b> Connection and collection set-up happen in the background, never on a request
 * thread: until they succeed lookups fail fast with {@link CacheException} (which the router answers as a
 * miss) and stores are queued for the writer. While the server is down or slower than
 * {@code requestTimeout}, lookups fail within that deadline. After {@code failureThreshold} consecutive
 * failed lookups (or writes, counted apart) a circuit breaker stops calling the server (logged once per
 * outage, counted as an outage); a background probe reconnects with a fresh connection and closes the breaker
 * when the server answers, re-creating the collection if the server lost it. Every failed lookup also asks the
 * maintenance thread to check the collection at once, so one that a restarted server reports released is
 * loaded again whatever the traffic. The application never needs a restart.
 *
 * <p>Thread-safe. {@link #close()} sends what is queued (for up to five seconds) and releases the connection.
 */
public final class MilvusSemanticCache implements SemanticCache {

    private static final Logger log = LoggerFactory.getLogger(MilvusSemanticCache.class);
    /** Lite: flush once writes have been quiet this long... */
    private static final Duration LITE_QUIET = Duration.ofSeconds(1);
    /** ...or once this many rows wait unflushed (Lite searches them by brute force). */
    private static final long LITE_FLUSH_ROWS = 50_000;
    private static final long TICK_MILLIS = 100;

    private final MilvusCacheConfig config;
    private final double threshold;
    private final Duration defaultTtl;
    private final Clock clock;
    private final CircuitBreaker breaker;
    private final BlockingQueue<Pending> queue;
    private final Thread writer;
    private final ScheduledExecutorService maintenance;
    private final Timer lookupTimer;
    private final Object initLock = new Object();
    private final Object progress = new Object();
    private final AtomicBoolean closed = new AtomicBoolean();

    private volatile MilvusClientV2 client;
    private volatile CacheCollection collection;
    private volatile int dimension;
    private volatile IncompatibleCollectionException fatal;
    private volatile ServerProfile profile;
    private final CollectionRepair repair = new CollectionRepair(System::nanoTime);
    /** Dimension a lookup asked the maintenance thread to open the collection with (0: none asked). */
    private volatile int openWanted;
    private final AtomicLong unflushedRows = new AtomicLong();
    private volatile long lastWriteNanos;
    private long lastCleanupNanos = System.nanoTime();

    // accepted entries vs. entries the writer has finished with (written, dropped or failed)
    private final AtomicLong accepted = new AtomicLong();
    private long finished;

    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder lookupErrors = new LongAdder();
    private final LongAdder lookupsRejected = new LongAdder();
    private final LongAdder storesRejected = new LongAdder();
    private final LongAdder unreadableRows = new LongAdder();
    private final LongAdder superseded = new LongAdder();
    private final AtomicBoolean unreadableLogged = new AtomicBoolean();
    private final LongAdder rowsWritten = new LongAdder();
    private final LongAdder droppedQueueFull = new LongAdder();
    private final LongAdder droppedUnavailable = new LongAdder();
    private final LongAdder writeFailures = new LongAdder();
    private final LongAdder skippedOversize = new LongAdder();
    private final LongAdder compressed = new LongAdder();
    private final LongAdder expiredDeleted = new LongAdder();
    private final LongAdder outages = new LongAdder();
    private final AtomicBoolean queueFullLogged = new AtomicBoolean();

    private MilvusSemanticCache(Builder b) {
        this.config = b.config;
        this.threshold = b.threshold;
        this.defaultTtl = b.ttl;
        this.clock = b.clock;
        this.dimension = config.dimension();
        this.breaker = new CircuitBreaker(config.failureThreshold(), config.openDuration(), config.maxOpenDuration(),
                System::nanoTime);
        this.queue = new ArrayBlockingQueue<>(config.writeQueueCapacity());
        this.lookupTimer = b.registry == null ? null : registerMeters(b.registry);

        this.writer = new Thread(this::writeLoop, "milvus-cache-writer[" + config.collection() + "]");
        this.writer.setDaemon(true);
        this.maintenance = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "milvus-cache-maintenance[" + config.collection() + "]");
            t.setDaemon(true);
            return t;
        });
    }

    private void start() {
        writer.start();
        maintenance.execute(this::connectInBackground);
        maintenance.scheduleWithFixedDelay(this::maintain, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A new builder; without {@link Builder#config} it talks to {@code http://localhost:19530}. */
    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------ SemanticCache

    /**
     * {@inheritDoc}
     *
     * <p>One search with {@code topK} at least {@code limit}.
     *
     * @throws NullPointerException            if query is null
     * @throws IllegalArgumentException        if the embedding's dimension differs from the cache's
     * @throws IncompatibleCollectionException if the collection cannot hold this cache's entries
     * @throws CacheException                  if Milvus is unreachable, slow, or the breaker is open
     */
    @Override
    public List<CacheResult> search(CacheQuery query, int limit) {
        Objects.requireNonNull(query, "query");
        CacheArguments.limit(limit);
        checkDimension(query.embedding().dimension());
        if (!usable()) {
            lookupsRejected.increment();
            throw unavailable();
        }
        long start = System.nanoTime();
        try {
            CacheCollection c = collection;
            if (c == null) {
                // never connect or create on a request thread: the maintenance thread does it within a tick
                lookupsRejected.increment();
                if (client == null) {
                    throw new CacheException("Milvus cache at " + config.uri() + " is still connecting");
                }
                openWanted = query.embedding().dimension();
                throw new CacheException("Milvus collection '" + config.collection() + "' is not open yet;"
                        + " opening it in the background");
            }
            List<CacheResult> r;
            try {
                r = c.search(query, clock.millis(), threshold, limit);
            } catch (CacheCollection.UnreadableRowException e) {
                // a row this cache cannot decode (written by something else, or damaged): a miss, not an outage
                unreadableRows.increment();
                if (unreadableLogged.compareAndSet(false, true)) {
                    log.warn("Milvus collection '{}' holds a row this cache cannot read ({}); treated as a miss",
                            config.collection(), e.getMessage());
                }
                misses.increment();
                return List.of(CacheResult.miss(e.similarity()));
            } catch (RuntimeException e) {
                lookupErrors.increment();
                repair.request(); // a released or vanished collection is reopened at once, not after N failures
                throw failed("lookup", e, CircuitBreaker.Kind.READ);
            }
            breaker.onSuccess(CircuitBreaker.Kind.READ);
            (r.get(0).isHit() ? hits : misses).increment();
            return r;
        } finally {
            if (lookupTimer != null) {
                lookupTimer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
        }
    }

    /**
     * Queues the entry for writing and returns at once. The entry is written whole within about
     * {@code writeMaxDelay} plus one round trip, or not at all: a full queue, an oversized prompt or answer, or
     * a failed write drops it and counts it in {@link #stats()}.
     *
     * @throws NullPointerException            if entry is null
     * @throws IllegalArgumentException        if the embedding's dimension differs from the cache's
     * @throws IncompatibleCollectionException if the collection cannot hold this cache's entries
     * @throws CacheException                  if the cache is closed or the breaker is open
     */
    @Override
    public void store(CacheEntry entry) {
        Objects.requireNonNull(entry, "entry");
        checkDimension(entry.embedding().dimension());
        if (closed.get()) {
            throw new CacheException("Milvus cache is closed");
        }
        if (!usable()) {
            storesRejected.increment();
            throw unavailable();
        }
        long now = clock.millis();
        Duration ttl = entry.ttl() != null ? entry.ttl() : defaultTtl;
        long expires = ttl == null ? Long.MAX_VALUE : saturatedAdd(now, saturatedMillis(ttl));
        if (config.serverTtl() != null) {
            // the server deletes rows older than its TTL whatever we asked: never promise more than that
            expires = Math.min(expires, saturatedAdd(now, config.serverTtl().toMillis()));
        }
        Pending pending = new Pending(entry, now, expires);
        if (!queue.offer(pending)) {
            droppedQueueFull.increment();
            if (queueFullLogged.compareAndSet(false, true)) {
                log.warn("Milvus cache write queue is full ({} entries); new entries are dropped until it drains",
                        config.writeQueueCapacity());
            }
            return;
        }
        accepted.incrementAndGet();
        if (closed.get() && queue.remove(pending)) {
            droppedUnavailable.increment(); // closed while we queued it: the writer is gone
            finish(1);
        }
    }

    /** Rows in the collection (expired rows not yet deleted included); 0 when it does not exist (yet). */
    @Override
    public long size() {
        return onCollection("count", CacheCollection::count);
    }

    /** Deletes every row of the collection, after sending what is queued (so nothing reappears later). */
    @Override
    public void clear() {
        awaitPendingWrites(Duration.ofSeconds(30));
        onCollection("clear", c -> {
            c.deleteAll();
            return 0;
        });
    }

    @Override
    public double similarityThreshold() {
        return threshold;
    }

    // ------------------------------------------------------------------ extra operations

    /**
     * Connects and opens the collection now, in the calling thread, instead of in the background. Call it at
     * start-up to fail fast on a wrong address or an incompatible collection.
     *
     * @throws IncompatibleCollectionException if the collection cannot hold this cache's entries
     * @throws CacheException                  if the server cannot be reached
     */
    public void initialize() {
        if (fatal != null) {
            throw fatal;
        }
        try {
            ensureOpen(dimension);
        } catch (IncompatibleCollectionException e) {
            throw e;
        } catch (RuntimeException e) {
            tripOnConnectFailure(e);
            throw new CacheException("cannot reach Milvus at " + config.uri() + ": " + rootMessage(e), e);
        }
    }

    /**
     * Waits until every entry accepted before this call has been written to Milvus (or dropped).
     *
     * @return whether that happened within the timeout
     */
    public boolean awaitPendingWrites(Duration timeout) {
        long target = accepted.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (finished < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Deletes expired rows now (the maintenance thread also does it every {@code cleanupInterval}).
     *
     * @return the number of rows deleted
     * @throws CacheException if Milvus fails or the breaker is open
     */
    public long purgeExpired() {
        long n = onCollection("cleanup", c -> c.deleteExpired(clock.millis()));
        expiredDeleted.add(n);
        return n;
    }

    /**
     * Drops the whole collection (every instance's entries). The cache creates it again in the background on
     * its next use; meanwhile lookups fail as misses.
     *
     * @throws CacheException if Milvus fails
     */
    public void dropCollection() {
        awaitPendingWrites(Duration.ofSeconds(30));
        synchronized (initLock) {
            CacheCollection c = collection;
            try {
                if (c != null) {
                    c.drop();
                } else if (client != null) {
                    client.dropCollection(io.milvus.v2.service.collection.request.DropCollectionReq.builder()
                            .collectionName(config.collection()).build());
                }
            } catch (RuntimeException e) {
                throw new CacheException("cannot drop Milvus collection '" + config.collection() + "': " + e.getMessage(), e);
            }
            collection = null;
            dimension = config.dimension();
            openWanted = 0;
        }
    }

    /** Counters since the cache was built. */
    public MilvusCacheStats stats() {
        return new MilvusCacheStats(hits.sum(), misses.sum(), lookupErrors.sum(), lookupsRejected.sum(),
                unreadableRows.sum(), storesRejected.sum(), accepted.get(), rowsWritten.sum(), superseded.sum(),
                droppedQueueFull.sum(), droppedUnavailable.sum(), writeFailures.sum(), skippedOversize.sum(),
                compressed.sum(), expiredDeleted.sum(), outages.sum(), breaker.isOpen(), queue.size());
    }

    /**
     * Whether the server is Milvus Lite (known once connected): its connect handshake reports the deploy mode
     * {@code embedded}. The version string cannot tell: the embedded Milvus engine from PyPI calls itself
     * {@code v2.3.5-lite}.
     */
    public boolean isMilvusLite() {
        ServerProfile p = profile;
        return p != null && p.lite();
    }

    /** What the cache found out about the server (null until connected). */
    ServerProfile serverProfile() {
        return profile;
    }

    /** The configuration in force (secrets masked in its {@code toString()}). */
    public MilvusCacheConfig config() {
        return config;
    }

    /**
     * Stops accepting entries, sends what is queued (up to five seconds), stops the background threads and
     * closes the connection. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        awaitPendingWrites(Duration.ofSeconds(5));
        writer.interrupt();
        maintenance.shutdownNow();
        try {
            writer.join(2000);
            maintenance.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        finish(drainDropped()); // anything queued after the writer stopped
        MilvusClientV2 c;
        synchronized (initLock) { // waits for a connect in progress, which then sees the cache closed
            c = client;
            client = null;
            collection = null;
        }
        if (c != null) {
            c.close();
        }
    }

    @Override
    public String toString() {
        return "MilvusSemanticCache[" + config.uri() + "/" + config.database() + "/" + config.collection()
                + ", threshold=" + threshold + ", ttl=" + defaultTtl + ", circuit=" + (breaker.isOpen() ? "open" : "closed") + "]";
    }

    // ------------------------------------------------------------------ internals

    private void checkDimension(int d) {
        int expected = dimension;
        if (expected != 0 && d != expected) {
            throw new IllegalArgumentException("embedding dimension " + d + " does not match the cache dimension "
                    + expected + " (Milvus collection '" + config.collection() + "')");
        }
    }

    /** Runs an administrative call on the collection (0 when there is none yet), through the breaker. */
    private long onCollection(String op, ToLongFunction<CacheCollection> call) {
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

    /**
     * Whether calls may go to the server now (false while the breaker is open).
     *
     * @throws IncompatibleCollectionException if the collection was found unusable
     */
    private boolean usable() {
        IncompatibleCollectionException f = fatal;
        if (f != null) {
            throw f;
        }
        return breaker.allows();
    }

    private CacheException unavailable() {
        return new CacheException("Milvus cache at " + config.uri() + " is unavailable (circuit open); answering as a miss");
    }

    /** Records a failed call, opening the breaker (and logging the outage once) when it is time. */
    private CacheException failed(String op, RuntimeException e, CircuitBreaker.Kind kind) {
        if (e instanceof IncompatibleCollectionException ice) {
            return ice;
        }
        if (breaker.onFailure(kind) == CircuitBreaker.Transition.OPENED) {
            outages.increment();
            log.warn("Milvus cache at {} is unavailable ({} failed: {}); serving misses and probing in the background",
                    config.uri(), op, rootMessage(e));
        } else {
            log.debug("Milvus cache {} failed", op, e);
        }
        return new CacheException("Milvus cache " + op + " failed: " + rootMessage(e), e);
    }

    /** Connects (if needed) and opens the collection; thread-safe; returns the collection or null if it cannot exist yet. */
    private CacheCollection ensureOpen(int wantedDimension) {
        CacheCollection c = collection;
        if (c != null) {
            return c;
        }
        synchronized (initLock) {
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
                CacheCollection opened = CacheCollection.open(cl, config, wantedDimension, config.serverTtl());
                if (opened != null) {
                    dimension = opened.dimension();
                    collection = opened;
                }
                return opened;
            } catch (IncompatibleCollectionException e) {
                disable(e);
                throw e;
            }
        }
    }

    private void disable(IncompatibleCollectionException e) {
        fatal = e;
        log.error("Milvus cache disabled: {}", e.getMessage());
    }

    private MilvusClientV2 connect() {
        if (!"default".equals(config.database())) {
            MilvusClientV2 admin = newClient(null);
            try {
                if (!admin.listDatabases().getDatabaseNames().contains(config.database())) {
                    if (!config.autoCreateCollection()) {
                        throw new IncompatibleCollectionException("Milvus database '" + config.database()
                                + "' does not exist and auto_create_collection is off");
                    }
                    admin.createDatabase(CreateDatabaseReq.builder().databaseName(config.database()).build());
                    log.info("Created Milvus database '{}'", config.database());
                }
            } finally {
                admin.close();
            }
        }
        MilvusClientV2 c = newClient(config.database());
        try {
            ServerProfile found = ServerProfile.ask(c);
            ServerProfile known = profile;
            if (known == null || !known.equals(found)) {
                if (found.lite()) {
                    log.info("Connected to {} at {}. Lite keeps no collection TTL, consistency levels, auth or TLS, and"
                            + " searches unflushed rows by brute force: expiry relies on the expires_at filter and the"
                            + " cleanup every {}, and the cache flushes Lite when writes pause for {} s or {} rows wait"
                            + " (it never flushes a full Milvus server).", found.describe(), config.uri(),
                            config.cleanupInterval(), LITE_QUIET.toSeconds(), LITE_FLUSH_ROWS);
                } else {
                    log.info("Connected to {} at {}", found.describe(), config.uri());
                }
            }
            profile = found;
            return c;
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** How the writer replaces rows on this server (the safe mode until it is known). */
    private ServerProfile.WriteMode writeMode() {
        ServerProfile p = profile;
        return p == null ? ServerProfile.WriteMode.DELETE_THEN_INSERT : p.writeMode();
    }

    /**
     * Checks the collection after a failed lookup, on the maintenance thread ({@link CollectionRepair}): loaded,
     * nothing to do; released or still loading, loads it and waits until it is; missing, creates it.
     */
    private void repairCollection() {
        try {
            synchronized (initLock) {
                MilvusClientV2 cl = client;
                if (cl == null || closed.get() || fatal != null || CacheCollection.isLoaded(cl, config.collection())) {
                    return;
                }
                CacheCollection opened = CacheCollection.open(cl, config, dimension, config.serverTtl());
                if (opened != null) {
                    collection = opened;
                    dimension = opened.dimension();
                }
            }
            log.info("Milvus collection '{}' was not loaded (server restarted?); loaded it again", config.collection());
            if (breaker.isOpen()) {
                // searches work again: no need to wait for the next probe
                log.info("Milvus cache at {} is reachable again after {} ms", config.uri(),
                        breaker.probeSucceeded().toMillis());
            }
        } catch (IncompatibleCollectionException e) {
            disable(e);
        } catch (RuntimeException e) {
            failed("reload", e, CircuitBreaker.Kind.READ);
        }
    }

    private MilvusClientV2 newClient(String database) {
        ConnectConfig.ConnectConfigBuilder cc = ConnectConfig.builder()
                .uri(config.uri())
                .connectTimeoutMs(config.connectTimeout().toMillis())
                .rpcDeadlineMs(config.requestTimeout().toMillis())
                // relaxed keep-alive: servers (Lite among them) answer frequent pings with GOAWAY
                .keepAliveTimeMs(TimeUnit.MINUTES.toMillis(5))
                .keepAliveTimeoutMs(TimeUnit.SECONDS.toMillis(20))
                .keepAliveWithoutCalls(false);
        if (database != null && !"default".equals(database)) {
            cc.dbName(database);
        }
        if (config.token() != null) {
            cc.token(config.token());
        }
        if (config.username() != null) {
            cc.username(config.username());
            cc.password(config.password() == null ? "" : config.password());
        }
        if (config.tls()) {
            cc.secure(true);
            if (config.certFile() != null) {
                cc.clientPemPath(config.certFile().toString());
                cc.clientKeyPath(config.keyFile().toString());
            }
            if (config.caFile() != null) {
                cc.caPemPath(config.caFile().toString());
            }
        }
        GrpcLogHygiene.install(); // before the channel exists: its HTTP/2 frame logger would print the credential
        MilvusClientV2 c = new MilvusClientV2(cc.build());
        // the breaker decides about retrying; the SDK's own retries would hold a request far past its deadline
        c.retryConfig(RetryConfig.builder().maxRetryTimes(1).build());
        return c;
    }

    private void connectInBackground() {
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

    private void tripOnConnectFailure(RuntimeException e) {
        if (breaker.trip() == CircuitBreaker.Transition.OPENED) {
            outages.increment();
            log.warn("Cannot reach Milvus at {} ({}); serving misses and retrying in the background",
                    config.uri(), rootMessage(e));
        }
    }

    /** Runs every tick on the maintenance thread: probe when the breaker wants one, cleanup, Lite flush. */
    private void maintain() {
        try {
            if (breaker.probeDue()) {
                probe();
                return;
            }
            if (!breaker.allows() || fatal != null || closed.get()) {
                return;
            }
            CacheCollection c = collection;
            if (c == null) {
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
                return;
            }
            if (repair.takeIfDue()) {
                repairCollection();
                return;
            }
            long now = System.nanoTime();
            long pending = unflushedRows.get();
            if (isMilvusLite() && pending > 0 && (now - lastWriteNanos >= LITE_QUIET.toNanos() || pending >= LITE_FLUSH_ROWS)) {
                // each flush seals a segment per partition bucket: flushing on every tick of a long write burst
                // leaves hundreds of small segments, and Lite's search cost grows with their number
                unflushedRows.addAndGet(-pending);
                try {
                    c.flush();
                } catch (RuntimeException e) {
                    failed("flush", e, CircuitBreaker.Kind.WRITE);
                }
            }
            if (!config.cleanupInterval().isZero() && now - lastCleanupNanos >= config.cleanupInterval().toNanos()) {
                lastCleanupNanos = now;
                try {
                    long n = c.deleteExpired(clock.millis());
                    expiredDeleted.add(n);
                    if (n > 0) {
                        log.debug("Deleted {} expired cache rows", n);
                    }
                } catch (RuntimeException e) {
                    failed("cleanup", e, CircuitBreaker.Kind.WRITE);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Milvus cache maintenance failed", e);
        }
    }

    /** Reconnects with a fresh channel; on success swaps it in and closes the breaker. */
    private void probe() {
        MilvusClientV2 fresh = null;
        try {
            fresh = connect();
            CacheCollection opened;
            synchronized (initLock) {
                if (closed.get()) {
                    return; // the finally block closes the fresh client
                }
                opened = CacheCollection.open(fresh, config, dimension, config.serverTtl());
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
            log.info("Milvus cache at {} is reachable again after {} ms", config.uri(), down.toMillis());
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

    /** An accepted entry with the times it was stored at and expires at (epoch ms). */
    private record Pending(CacheEntry entry, long createdAt, long expiresAt) {
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>(config.writeBatchSize());
        while (true) {
            try {
                Pending first = queue.poll(TICK_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (closed.get()) {
                        return;
                    }
                    continue;
                }
                batch.add(first);
                long deadline = System.nanoTime() + config.writeMaxDelay().toNanos();
                while (batch.size() < config.writeBatchSize()) {
                    if (queue.drainTo(batch, config.writeBatchSize() - batch.size()) > 0) {
                        continue;
                    }
                    long left = deadline - System.nanoTime();
                    Pending next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                }
                write(batch);
            } catch (InterruptedException e) {
                if (closed.get()) {
                    droppedUnavailable.add(batch.size());
                    finish(drainDropped());
                    return; // the finally block accounts for the batch
                }
            } catch (RuntimeException e) {
                log.warn("Milvus cache writer failed", e);
            } finally {
                if (!batch.isEmpty()) {
                    finish(batch.size());
                    batch.clear();
                }
            }
        }
    }

    private int drainDropped() {
        List<Pending> rest = new ArrayList<>();
        queue.drainTo(rest);
        droppedUnavailable.add(rest.size());
        return rest.size();
    }

    /** The row for an entry, or null (counted) when its prompt or answer cannot be stored whole. */
    private JsonObject toRow(Pending p) {
        CacheEntry entry = p.entry();
        if (ResponseCodec.utf8Length(entry.queryText()) > MilvusCacheConfig.MAX_VARCHAR_BYTES
                || ResponseCodec.utf8Length(entry.model()) > CacheCollection.NAME_LENGTH
                || (entry.category() != null && ResponseCodec.utf8Length(entry.category()) > CacheCollection.NAME_LENGTH)) {
            skippedOversize.increment();
            log.debug("Not caching an entry whose prompt, model or category is longer than Milvus can hold");
            return null;
        }
        ResponseCodec.Encoded response = ResponseCodec.encode(entry.response(), MilvusCacheConfig.MAX_VARCHAR_BYTES);
        if (response == null) {
            skippedOversize.increment();
            log.debug("Not caching a {}-character answer: even compressed it exceeds Milvus's VarChar limit",
                    entry.response().length());
            return null;
        }
        if (response.encoding() != ResponseCodec.PLAIN) {
            compressed.increment();
        }
        return CacheCollection.row(config.vectorField(), entry, response, p.createdAt(), p.expiresAt());
    }

    private void write(List<Pending> batch) {
        // one row per id: Milvus refuses an upsert that names a primary key twice; the last write wins
        Map<String, JsonObject> byId = new LinkedHashMap<>();
        int dim = 0;
        for (Pending p : batch) {
            JsonObject row;
            try {
                row = toRow(p);
            } catch (RuntimeException e) {
                writeFailures.increment();
                log.warn("Cannot encode a cache entry for Milvus", e);
                continue;
            }
            if (row != null && byId.put(row.get(CacheCollection.ID).getAsString(), row) != null) {
                superseded.increment(); // the same question twice in one batch: the later answer wins
            }
            if (row != null) {
                dim = p.entry().embedding().dimension();
            }
        }
        if (byId.isEmpty()) {
            return;
        }
        List<JsonObject> rows = new ArrayList<>(byId.values());
        if (fatal != null || !breaker.allows()) {
            droppedUnavailable.add(rows.size());
            return;
        }
        CacheCollection c;
        try {
            c = ensureOpen(dim);
        } catch (IncompatibleCollectionException e) {
            droppedUnavailable.add(rows.size());
            return;
        } catch (RuntimeException e) {
            droppedUnavailable.add(rows.size());
            failed("connect", e, CircuitBreaker.Kind.WRITE);
            return;
        }
        try {
            c.write(rows, writeMode());
            breaker.onSuccess(CircuitBreaker.Kind.WRITE);
            rowsWritten.add(rows.size());
            lastWriteNanos = System.nanoTime();
            unflushedRows.addAndGet(rows.size());
            queueFullLogged.set(false);
        } catch (RuntimeException e) {
            writeFailures.add(rows.size());
            failed("write", e, CircuitBreaker.Kind.WRITE);
        }
    }

    private void finish(int n) {
        synchronized (progress) {
            finished += n;
            progress.notifyAll();
        }
    }

    private Timer registerMeters(MeterRegistry registry) {
        String collectionTag = config.collection();
        Map<String, LongAdder> lookups = Map.of("hit", hits, "miss", misses, "error", lookupErrors,
                "rejected", lookupsRejected, "unreadable", unreadableRows);
        Map<String, LongAdder> writes = Map.of("written", rowsWritten, "rejected", storesRejected,
                "superseded", superseded, "dropped_queue_full", droppedQueueFull,
                "dropped_unavailable", droppedUnavailable, "failed", writeFailures, "skipped_oversize", skippedOversize);
        lookups.forEach((result, n) -> counter(registry, "semantic_router.cache.backend.lookups", result, n, collectionTag));
        writes.forEach((result, n) -> counter(registry, "semantic_router.cache.writes", result, n, collectionTag));
        counter(registry, "semantic_router.cache.expired_deleted", null, expiredDeleted, collectionTag);
        counter(registry, "semantic_router.cache.outages", null, outages, collectionTag);
        Gauge.builder("semantic_router.cache.write_queue.size", queue, BlockingQueue::size)
                .tag("backend", "milvus").tag("collection", collectionTag).register(registry);
        Gauge.builder("semantic_router.cache.circuit_open", breaker, b -> b.isOpen() ? 1 : 0)
                .tag("backend", "milvus").tag("collection", collectionTag).register(registry);
        return Timer.builder("semantic_router.cache.lookup.duration")
                .tag("backend", "milvus").tag("collection", collectionTag)
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    private static void counter(MeterRegistry registry, String name, String result, LongAdder n, String collectionTag) {
        FunctionCounter.Builder<LongAdder> b = FunctionCounter.builder(name, n, LongAdder::sum)
                .tag("backend", "milvus").tag("collection", collectionTag);
        if (result != null) {
            b.tag("result", result);
        }
        b.register(registry);
    }

    private static long saturatedMillis(Duration d) {
        try {
            return d.toMillis();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /**
     * Builder of {@link MilvusSemanticCache}. Methods check their argument at once and name the bad value.
     */
    public static final class Builder {
        private MilvusCacheConfig config = MilvusCacheConfig.builder().build();
        private double threshold = 0.80;
        private Duration ttl;
        private Clock clock = Clock.systemUTC();
        private MeterRegistry registry;

        private Builder() {
        }

        /** Server, collection, writer and breaker settings. Default: {@code http://localhost:19530}. */
        public Builder config(MilvusCacheConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * Minimum similarity for a hit (seed: {@code similarity_threshold}). Default 0.80.
         *
         * @throws IllegalArgumentException unless in (0, 1]
         */
        public Builder similarityThreshold(double threshold) {
            this.threshold = CacheArguments.threshold(threshold);
            return this;
        }

        /**
         * Default time to live of an entry (seed: {@code ttl_seconds}). Default: no expiry. (The server-side
         * collection TTL is {@link MilvusCacheConfig.Builder#serverTtl}, a separate, opt-in setting.)
         *
         * @throws IllegalArgumentException if zero or negative
         */
        public Builder ttl(Duration ttl) {
            this.ttl = CacheArguments.ttl(ttl);
            return this;
        }

        /**
         * Wall clock for {@code created_at}/{@code expires_at}. Every instance sharing a collection compares
         * against it, so keep their clocks in sync (NTP). Tests inject a manual clock. Default: system UTC.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Registers the cache's counters, gauges and lookup timer (tag {@code backend=milvus}). */
        public Builder meterRegistry(MeterRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "meterRegistry");
            return this;
        }

        /**
         * Builds the cache and starts its writer and maintenance threads; the connection is made in the
         * background (see {@link MilvusSemanticCache#initialize()} to wait for it).
         */
        public MilvusSemanticCache build() {
            MilvusSemanticCache cache = new MilvusSemanticCache(this);
            cache.start();
            return cache;
        }
    }
}
