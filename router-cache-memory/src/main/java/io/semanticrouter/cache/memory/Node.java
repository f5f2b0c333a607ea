package io.semanticrouter.cache.memory;

import io.semanticrouter.CacheEntry;
import io.semanticrouter.Embedding;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;

/**
 * One stored entry. Everything but the access counters and the {@code removed} flag is final, so a reader that
 * finds a node through the graph without a lock sees a whole entry. The vector is held once: the entry handed
 * back on a hit is rebuilt from these fields, so the cache does not keep a second copy inside a
 * {@link CacheEntry}.
 */
final class Node {

    private static final AtomicLongFieldUpdater<Node> LAST_ACCESS =
            AtomicLongFieldUpdater.newUpdater(Node.class, "lastAccess");
    private static final AtomicLongFieldUpdater<Node> HITS = AtomicLongFieldUpdater.newUpdater(Node.class, "hits");

    final String partition;
    final String queryText;
    final String response;
    final String model;
    final String category;
    final Duration ttl;
    final int tokenCount;
    final boolean truncated;
    final float[] vector;
    final long expiresAt;
    final long insertedAt;

    private volatile long lastAccess;
    private volatile long hits;
    /** Set under the cache's write lock when the node is replaced, expired, evicted or cleared. */
    volatile boolean removed;
    /** Position in the partition's member list; guarded by the cache's write lock. */
    int pos;
    // the ordinals of this node in at most two indexes (the partition's current one and the one being built), by
    // the indexes' ids: a reference would let a removed node, still in an old index's node table, keep the index
    // before that one alive, and so on back through every index the partition ever had
    private long graphA = -1;
    private int ordA = -1;
    private long graphB = -1;
    private int ordB = -1;

    Node(CacheEntry e, float[] vector, long expiresAt, long tick) {
        this.partition = e.partition();
        this.queryText = e.queryText();
        this.response = e.response();
        this.model = e.model();
        this.category = e.category();
        this.ttl = e.ttl();
        this.tokenCount = e.embedding().tokenCount();
        this.truncated = e.embedding().truncated();
        this.vector = vector;
        this.expiresAt = expiresAt;
        this.insertedAt = tick;
        this.lastAccess = tick;
    }

    /** Whether a lookup at {@code now} may serve this node. */
    boolean live(long now) {
        return !removed && expiresAt - now > 0;
    }

    /** The entry as stored (a fresh object with its own copy of the vector). */
    CacheEntry toEntry() {
        return new CacheEntry(partition, queryText, new Embedding(vector, tokenCount, truncated), response, model,
                category, ttl);
    }

    /** Credits a hit at logical time {@code tick}; both counters only ever grow. */
    void credit(long tick) {
        LAST_ACCESS.accumulateAndGet(this, tick, Math::max);
        HITS.incrementAndGet(this);
    }

    /** Records this node's ordinal in a graph, forgetting graphs other than {@code keep} (which may be null). */
    synchronized void recordOrd(PartitionIndex graph, int ord, PartitionIndex keep) {
        long id = graph.id();
        long keepId = keep == null ? -2 : keep.id();
        if (graphA == -1 || graphA == id || graphA != keepId) {
            graphA = id;
            ordA = ord;
        } else {
            graphB = id;
            ordB = ord;
        }
    }

    /** This node's ordinal in the graph, or -1 if it has none there. */
    synchronized int ordIn(PartitionIndex graph) {
        long id = graph.id();
        return id == graphA ? ordA : id == graphB ? ordB : -1;
    }

    long lastAccess() {
        return lastAccess;
    }

    long hits() {
        return hits;
    }
}
