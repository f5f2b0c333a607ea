package io.semanticrouter.cache.milvus;

import com.google.gson.JsonObject;
import io.semanticrouter.CacheEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The write-behind writer: a bounded queue of accepted entries and one thread that encodes them and sends
 * batches of up to {@code writes.batchSize} rows, waiting at most {@code writes.maxDelay} to fill one. A batch
 * holds one row per id (the last entry wins) and replaces rows the way the server needs
 * ({@link ServerProfile.WriteMode}: upsert, or delete then insert). It also tracks rows not yet flushed, for
 * the Lite flush of the maintenance thread, and how many accepted entries it has finished with, for
 * {@link #awaitPendingWrites}. Thread-safe.
 */
final class WriteBehindWriter {

    /** Logs under the cache's name, as operators know it. */
    private static final Logger log = LoggerFactory.getLogger(MilvusSemanticCache.class);
    private static final long POLL_MILLIS = 100;

    private final MilvusCacheConfig config;
    private final MilvusConnection connection;
    private final CacheCounters counters;
    private final AtomicBoolean closed;
    private final BlockingQueue<Pending> queue;
    private final Thread thread;
    private final AtomicBoolean queueFullLogged = new AtomicBoolean();
    private final AtomicLong unflushedRows = new AtomicLong();
    private volatile long lastWriteNanos;

    // accepted entries vs. entries the writer has finished with (written, dropped or failed)
    private final AtomicLong accepted = new AtomicLong();
    private final Object progress = new Object();
    private long finished;

    /** An accepted entry with the times it was stored at and expires at (epoch ms). */
    private record Pending(CacheEntry entry, long createdAt, long expiresAt) {
    }

    /** A writer not started yet; {@code closed} is the cache's flag, set when it closes. */
    WriteBehindWriter(MilvusCacheConfig config, MilvusConnection connection, CacheCounters counters,
                      AtomicBoolean closed) {
        this.config = config;
        this.connection = connection;
        this.counters = counters;
        this.closed = closed;
        this.queue = new ArrayBlockingQueue<>(config.writes().queueCapacity());
        this.thread = new Thread(this::run, "milvus-cache-writer[" + config.collection().name() + "]");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** The queue itself, for the queue-size gauge (which holds it weakly). */
    BlockingQueue<?> queue() {
        return queue;
    }

    long accepted() {
        return accepted.get();
    }

    /** Queues an entry, or drops it (counted, logged once per spell) when the queue is full. */
    void submit(CacheEntry entry, long createdAt, long expiresAt) {
        Pending pending = new Pending(entry, createdAt, expiresAt);
        if (!queue.offer(pending)) {
            counters.droppedQueueFull();
            if (queueFullLogged.compareAndSet(false, true)) {
                log.warn("Milvus cache write queue is full ({} entries); new entries are dropped until it drains",
                        config.writes().queueCapacity());
            }
            return;
        }
        accepted.incrementAndGet();
        if (closed.get() && queue.remove(pending)) {
            counters.droppedUnavailable(1); // closed while we queued it: the writer is gone
            finish(1);
        }
    }

    /**
     * Waits until every entry accepted before this call has been written (or dropped).
     *
     * @return whether that happened within the timeout
     */
    boolean awaitPendingWrites(Duration timeout) {
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
     * The rows written since the last flush when a Lite flush is due (writes quiet for {@code quiet}, or at
     * least {@code rows} waiting), which then count as flushed; 0 when none is due.
     */
    long takeUnflushedIfDue(long nowNanos, Duration quiet, long rows) {
        long pending = unflushedRows.get();
        if (pending > 0 && (nowNanos - lastWriteNanos >= quiet.toNanos() || pending >= rows)) {
            unflushedRows.addAndGet(-pending);
            return pending;
        }
        return 0;
    }

    /** Tells the thread to stop (the cache is closed); it drops what is still queued. */
    void interrupt() {
        thread.interrupt();
    }

    void join(long millis) throws InterruptedException {
        thread.join(millis);
    }

    /** Drops (and counts) what was queued after the thread stopped. */
    void dropQueued() {
        finish(drainDropped());
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(config.writes().batchSize());
        while (true) {
            try {
                Pending first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (closed.get()) {
                        return;
                    }
                    continue;
                }
                batch.add(first);
                fill(batch);
                write(batch);
            } catch (InterruptedException e) {
                if (closed.get()) {
                    counters.droppedUnavailable(batch.size());
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

    /** Adds queued entries to the batch until it is full or {@code writes.maxDelay} has passed. */
    private void fill(List<Pending> batch) throws InterruptedException {
        long deadline = System.nanoTime() + config.writes().maxDelay().toNanos();
        while (batch.size() < config.writes().batchSize()) {
            if (queue.drainTo(batch, config.writes().batchSize() - batch.size()) > 0) {
                continue;
            }
            long left = deadline - System.nanoTime();
            Pending next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                return;
            }
            batch.add(next);
        }
    }

    private int drainDropped() {
        List<Pending> rest = new ArrayList<>();
        queue.drainTo(rest);
        counters.droppedUnavailable(rest.size());
        return rest.size();
    }

    /** The row for an entry, or null (counted) when its prompt or answer cannot be stored whole. */
    private JsonObject toRow(Pending p) {
        CacheEntry entry = p.entry();
        if (ResponseCodec.utf8Length(entry.queryText()) > MilvusCacheConfig.MAX_VARCHAR_BYTES
                || ResponseCodec.utf8Length(entry.model()) > CacheCollection.NAME_LENGTH
                || (entry.category() != null && ResponseCodec.utf8Length(entry.category()) > CacheCollection.NAME_LENGTH)) {
            counters.skippedOversize();
            log.debug("Not caching an entry whose prompt, model or category is longer than Milvus can hold");
            return null;
        }
        ResponseCodec.Encoded response = ResponseCodec.encode(entry.response(), MilvusCacheConfig.MAX_VARCHAR_BYTES);
        if (response == null) {
            counters.skippedOversize();
            log.debug("Not caching a {}-character answer: even compressed it exceeds Milvus's VarChar limit",
                    entry.response().length());
            return null;
        }
        if (response.encoding() != ResponseCodec.PLAIN) {
            counters.compressed();
        }
        return CacheCollection.row(config.collection().vectorField(), entry, response, p.createdAt(), p.expiresAt());
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
                counters.writeFailures(1);
                log.warn("Cannot encode a cache entry for Milvus", e);
                continue;
            }
            if (row != null && byId.put(row.get(CacheCollection.ID).getAsString(), row) != null) {
                counters.superseded(); // the same question twice in one batch: the later answer wins
            }
            if (row != null) {
                dim = p.entry().embedding().dimension();
            }
        }
        if (!byId.isEmpty()) {
            send(new ArrayList<>(byId.values()), dim);
        }
    }

    /** Sends one batch of rows, opening the collection first if needed; counts the outcome. */
    private void send(List<JsonObject> rows, int dim) {
        if (!connection.writable()) {
            counters.droppedUnavailable(rows.size());
            return;
        }
        CacheCollection c;
        try {
            c = connection.ensureOpen(dim);
        } catch (IncompatibleCollectionException e) {
            counters.droppedUnavailable(rows.size());
            return;
        } catch (RuntimeException e) {
            counters.droppedUnavailable(rows.size());
            connection.failed("connect", e, CircuitBreaker.Kind.WRITE);
            return;
        }
        try {
            c.write(rows, connection.writeMode());
            connection.succeeded(CircuitBreaker.Kind.WRITE);
            counters.rowsWritten(rows.size());
            lastWriteNanos = System.nanoTime();
            unflushedRows.addAndGet(rows.size());
            queueFullLogged.set(false);
        } catch (RuntimeException e) {
            counters.writeFailures(rows.size());
            connection.failed("write", e, CircuitBreaker.Kind.WRITE);
        }
    }

    private void finish(int n) {
        synchronized (progress) {
            finished += n;
            progress.notifyAll();
        }
    }
}
