package io.semanticrouter.cache.milvus;

import io.micrometer.core.instrument.MeterRegistry;
import io.semanticrouter.CacheEntry;
import io.semanticrouter.CachePartitions;
import io.semanticrouter.CacheException;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.CacheResult;
import io.semanticrouter.SemanticCache;
import io.semanticrouter.spi.CacheArguments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link SemanticCache} on a Milvus server (standalone, cluster, Zilliz Cloud or Milvus Lite), shared by
 * every router instance that points at the same collection.
 *
 * <p><b>Lookups</b> search the query's partition (a hashed {@code scope} partition key) for live rows
 * ({@code expires_at} after now, on the injectable {@link Clock}) and serve the nearest at or above the
 * threshold: the same meaning as the in-memory cache.
 *
 * <p><b>Stores are asynchronous.</b> {@link #store} checks the entry and hands it to a bounded queue; one
 * writer thread encodes entries and sends batches (up to {@link MilvusCacheConfig.Writes#batchSize()} rows,
 * waiting at most {@link MilvusCacheConfig.Writes#maxDelay()} to fill one), so a request never waits for Milvus
 * to write and Milvus is never flushed per insert. A batch replaces rows by upsert, or by delete then insert on
 * Milvus 2.3.0-2.3.9, whose upsert files rows under the wrong partition key (see {@code ServerProfile}). Each
 * row is written whole, so a lookup never sees half an entry; an entry becomes visible within about
 * {@code maxDelay} plus one round trip ({@link #awaitPendingWrites} waits for it). Answers larger than a Milvus
 * VarChar (64 KiB) are stored gzip-compressed when that fits and skipped (counted as {@code skipped_oversize})
 * when not; prompts that large are skipped. Nothing is truncated.
 *
 * <p><b>Expiry.</b> Expired rows are never served (filter), and a maintenance thread deletes them every
 * {@link MilvusCacheConfig.Ttl#cleanupInterval()} ({@link #purgeExpired()} does it now). With
 * {@link MilvusCacheConfig.Ttl#serverTtl()} set, a new collection also gets Milvus's
 * {@code collection.ttl.seconds}, and no entry is kept longer.
 *
 * <p><b>Fail open.</b> Connection and collection set-up happen in the background, never on a request
 * thread: until they succeed lookups fail fast with {@link CacheException} (which the router answers as a
 * miss) and stores are queued for the writer. While the server is down or slower than
 * {@link MilvusCacheConfig.Connection#requestTimeout()}, lookups fail within that deadline. After
 * {@link MilvusCacheConfig.Breaker#failureThreshold()} consecutive failed lookups (or writes, counted apart) a
 * circuit breaker stops calling the server (logged once per outage, counted as an outage); a background probe
 * reconnects with a fresh connection and closes the breaker when the server answers, re-creating the collection
 * if the server lost it. Every failed lookup also asks the maintenance thread to check the collection at once,
 * so one that a restarted server reports released is loaded again whatever the traffic. The application never
 * needs a restart.
 *
 * <p>This class is the front: the connection, the writer, the maintenance thread and the counters are
 * package-private parts it delegates to (see the package description).
 *
 * <p>Thread-safe. {@link #close()} sends what is queued (for up to five seconds) and releases the connection.
 */
public final class MilvusSemanticCache implements SemanticCache {

    private static final Logger log = LoggerFactory.getLogger(MilvusSemanticCache.class);

    private final MilvusCacheConfig config;
    private final double threshold;
    private final Duration defaultTtl;
    private final Clock clock;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean unreadableLogged = new AtomicBoolean();
    private final CacheCounters counters = new CacheCounters();
    private final MilvusConnection connection;
    private final WriteBehindWriter writer;
    private final Maintenance maintenance;

    private MilvusSemanticCache(Builder b) {
        this.config = b.config;
        this.threshold = b.threshold;
        this.defaultTtl = b.ttl;
        this.clock = b.clock;
        this.connection = new MilvusConnection(config, counters, closed);
        this.writer = new WriteBehindWriter(config, connection, counters, closed);
        this.maintenance = new Maintenance(config, connection, writer, counters, clock);
        if (b.registry != null) {
            counters.register(b.registry, config.collection().name(), writer.queue(), connection.breaker());
        }
    }

    private void start() {
        writer.start();
        maintenance.start();
    }

    /** A new builder; without {@link Builder#config} it talks to {@code http://localhost:19530}. */
    public static Builder builder() {
        return new Builder();
    }

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
        if (!connection.usable()) {
            counters.lookupRejected();
            throw connection.unavailable();
        }
        long start = System.nanoTime();
        try {
            CacheCollection c = connection.collection();
            if (c == null) {
                // never connect or create on a request thread: the maintenance thread does it within a tick
                counters.lookupRejected();
                if (!connection.connected()) {
                    throw new CacheException("Milvus cache at " + config.connection().uri() + " is still connecting");
                }
                connection.requestOpen(query.embedding().dimension());
                throw new CacheException("Milvus collection '" + config.collection().name() + "' is not open yet;"
                        + " opening it in the background");
            }
            return search(c, query, limit);
        } finally {
            counters.lookupTook(System.nanoTime() - start);
        }
    }

    private List<CacheResult> search(CacheCollection c, CacheQuery query, int limit) {
        List<CacheResult> r;
        try {
            r = c.search(query, clock.millis(), query.threshold(threshold), limit);
        } catch (CacheCollection.UnreadableRowException e) {
            // a row this cache cannot decode (written by something else, or damaged): a miss, not an outage
            counters.unreadableRow();
            if (unreadableLogged.compareAndSet(false, true)) {
                log.warn("Milvus collection '{}' holds a row this cache cannot read ({}); treated as a miss",
                        config.collection().name(), e.getMessage());
            }
            counters.miss();
            return List.of(CacheResult.miss(e.similarity()));
        } catch (RuntimeException e) {
            counters.lookupError();
            connection.requestRepair(); // a released or vanished collection is reopened at once, not after N failures
            throw connection.failed("lookup", e, CircuitBreaker.Kind.READ);
        }
        connection.succeeded(CircuitBreaker.Kind.READ);
        if (r.get(0).isHit()) {
            counters.hit();
        } else {
            counters.miss();
        }
        return r;
    }

    /**
     * Queues the entry for writing and returns at once. The entry is written whole within about
     * {@code writes.maxDelay} plus one round trip, or not at all: a full queue, an oversized prompt or answer, or
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
        if (!connection.usable()) {
            counters.storeRejected();
            throw connection.unavailable();
        }
        long now = clock.millis();
        Duration ttl = entry.ttl() != null ? entry.ttl() : defaultTtl;
        long expires = ttl == null ? Long.MAX_VALUE : saturatedAdd(now, saturatedMillis(ttl));
        if (config.ttl().serverTtl() != null) {
            // the server deletes rows older than its TTL whatever we asked: never promise more than that
            expires = Math.min(expires, saturatedAdd(now, config.ttl().serverTtl().toMillis()));
        }
        writer.submit(entry, now, expires);
    }

    /** Rows in the collection (expired rows not yet deleted included); 0 when it does not exist (yet). */
    @Override
    public long size() {
        return connection.onCollection("count", CacheCollection::count);
    }

    /** Deletes every row of the collection, after sending what is queued (so nothing reappears later). */
    @Override
    public void clear() {
        awaitPendingWrites(Duration.ofSeconds(30));
        connection.onCollection("clear", c -> {
            c.deleteAll();
            return 0;
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>Sends what is queued first (so a queued entry of the tenant does not reappear after the purge), then
     * deletes by a filter on the {@code scope} field's tenant prefix, which is built from hexadecimal digits only.
     * The count is that of the tenant's rows (expired ones not yet deleted included) in a strong-consistency count
     * just before the delete: exact unless the tenant's entries are stored while the purge runs. Every other row
     * stays, and the collection is neither dropped nor recreated.
     *
     * @throws CacheException if Milvus fails, the cache is closed, or the breaker is open
     */
    @Override
    public OptionalLong purgeTenant(String tenantKey) {
        CachePartitions.checkTenantKey(tenantKey);
        if (closed.get()) {
            throw new CacheException("Milvus cache is closed");
        }
        awaitPendingWrites(Duration.ofSeconds(30));
        String prefix = CacheCollection.tenantScopePrefix(tenantKey);
        long n = connection.onCollection("purge", c -> {
            long rows = c.countScopePrefix(prefix);
            if (rows > 0) {
                c.deleteScopePrefix(prefix);
            }
            return rows;
        });
        return OptionalLong.of(n);
    }

    /** The minimum similarity for a hit. */
    @Override
    public double similarityThreshold() {
        return threshold;
    }

    /**
     * Connects and opens the collection now, in the calling thread, instead of in the background. Call it at
     * start-up to fail fast on a wrong address or an incompatible collection.
     *
     * @throws IncompatibleCollectionException if the collection cannot hold this cache's entries
     * @throws CacheException                  if the server cannot be reached
     */
    public void initialize() {
        connection.initialize();
    }

    /**
     * Waits until every entry accepted before this call has been written to Milvus (or dropped).
     *
     * @return whether that happened within the timeout
     */
    public boolean awaitPendingWrites(Duration timeout) {
        return writer.awaitPendingWrites(timeout);
    }

    /**
     * Deletes expired rows now (the maintenance thread also does it every {@code ttl.cleanupInterval}).
     *
     * @return the number of rows deleted
     * @throws CacheException if Milvus fails or the breaker is open
     */
    public long purgeExpired() {
        return maintenance.purgeExpired();
    }

    /**
     * Drops the whole collection (every instance's entries). The cache creates it again in the background on
     * its next use; meanwhile lookups fail as misses.
     *
     * @throws CacheException if Milvus fails
     */
    public void dropCollection() {
        awaitPendingWrites(Duration.ofSeconds(30));
        connection.drop();
    }

    /** Counters since the cache was built. */
    public MilvusCacheStats stats() {
        return counters.snapshot(writer.accepted(), connection.breaker().isOpen(), writer.queue().size());
    }

    /**
     * Whether the server is Milvus Lite (known once connected): its connect handshake reports the deploy mode
     * {@code embedded}. The version string cannot tell: the embedded Milvus engine from PyPI calls itself
     * {@code v2.3.5-lite}.
     */
    public boolean isMilvusLite() {
        return connection.lite();
    }

    /** What the cache found out about the server (null until connected). */
    ServerProfile serverProfile() {
        return connection.profile();
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
            maintenance.awaitTermination(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.dropQueued(); // anything queued after the writer stopped
        connection.close(); // waits for a connect in progress, which then sees the cache closed
    }

    /** The server, database and collection, the threshold and TTL, and the breaker's state; no secrets. */
    @Override
    public String toString() {
        return "MilvusSemanticCache[" + config.connection().uri() + "/" + config.connection().database()
                + "/" + config.collection().name()
                + ", threshold=" + threshold + ", ttl=" + defaultTtl
                + ", circuit=" + (connection.breaker().isOpen() ? "open" : "closed") + "]";
    }

    private void checkDimension(int d) {
        int expected = connection.dimension();
        if (expected != 0 && d != expected) {
            throw new IllegalArgumentException("embedding dimension " + d + " does not match the cache dimension "
                    + expected + " (Milvus collection '" + config.collection().name() + "')");
        }
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
         * Minimum similarity for a hit (YAML: {@code similarity_threshold}). Default 0.80.
         *
         * @throws IllegalArgumentException unless in (0, 1]
         */
        public Builder similarityThreshold(double threshold) {
            this.threshold = CacheArguments.threshold(threshold);
            return this;
        }

        /**
         * Default time to live of an entry (YAML: {@code ttl_seconds}). Default: no expiry. (The server-side
         * collection TTL is {@link MilvusCacheConfig.Ttl#serverTtl()}, a separate, opt-in setting.)
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
