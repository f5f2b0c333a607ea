package io.semanticrouter.cache.memory;

import io.semanticrouter.spi.CacheArguments;
import io.semanticrouter.CacheEntry;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.CacheResult;
import io.semanticrouter.SemanticCache;
import io.semanticrouter.Ticker;
import io.semanticrouter.VectorMath;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A semantic cache in the JVM heap: exact cosine search (a dot product on normalised vectors) over one
 * contiguous {@code float[]}, scanning only the slots of the query's partition.
 *
 * <p>Bounded by {@code maxEntries}; when full it first drops expired entries, then evicts one by the
 * configured {@link EvictionPolicy}. Entries expire after the TTL (per entry or default), measured on an
 * injectable {@link Ticker}. Lookups run concurrently under a read lock; writes take the write lock, so a
 * reader never sees half an entry. Access bookkeeping for LRU/LFU uses atomic counters.
 */
public final class InMemorySemanticCache implements SemanticCache {

    private final double threshold;
    private final int maxEntries;
    private final long defaultTtlNanos;
    private final EvictionPolicy policy;
    private final Ticker ticker;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final AtomicLong clock = new AtomicLong();

    // slot storage, grown geometrically up to maxEntries
    private int dimension;
    private float[] vectors = new float[0];
    private CacheEntry[] entries = new CacheEntry[0];
    private long[] expiresAt = new long[0];
    private long[] insertedAt = new long[0];
    private AtomicLongArray lastAccess = new AtomicLongArray(0);
    private AtomicLongArray hitCount = new AtomicLongArray(0);
    private int[] freeSlots = new int[0];
    private int freeCount;
    private int capacity;
    private int size;

    private final Map<String, SlotList> partitions = new HashMap<>();
    private final Map<String, Integer> byText = new HashMap<>();

    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private long stores;
    private long evictions;
    private long expirations;

    private InMemorySemanticCache(Builder b) {
        this.threshold = b.threshold;
        this.maxEntries = b.maxEntries;
        this.defaultTtlNanos = b.ttl == null ? Long.MAX_VALUE : b.ttl.toNanos();
        this.policy = b.policy;
        this.ticker = b.ticker;
        this.dimension = b.dimension;
    }

    /** A builder with the defaults of vLLM Semantic Router's configuration: threshold 0.80, 10,000 entries, no expiry, FIFO. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@inheritDoc}
     *
     * <p>One scan of the partition, keeping the best {@code limit} entries.
     *
     * @throws NullPointerException     if query is null
     * @throws IllegalArgumentException if the embedding's dimension differs from the cache's
     */
    @Override
    public List<CacheResult> search(CacheQuery query, int limit) {
        Objects.requireNonNull(query, "query");
        CacheArguments.limit(limit);
        float[] q = query.embedding().vector();
        long now = ticker.read();
        int[] top = new int[limit];
        double[] topSim = new double[limit];
        int found = 0;
        double bestSim = Double.NEGATIVE_INFINITY;
        List<CacheResult> out = new ArrayList<>(limit);
        lock.readLock().lock();
        try {
            checkDimension(q.length);
            SlotList slots = partitions.get(query.partition());
            if (slots != null) {
                int dim = dimension;
                for (int i = 0; i < slots.size; i++) {
                    int s = slots.items[i];
                    if (expiresAt[s] - now <= 0) {
                        continue;
                    }
                    double sim = VectorMath.dot(q, 0, vectors, s * dim, dim);
                    bestSim = Math.max(bestSim, sim);
                    if (sim < threshold || found == limit && sim <= topSim[limit - 1]) {
                        continue;
                    }
                    int at = found < limit ? found++ : limit - 1; // insertion into the sorted top list
                    while (at > 0 && topSim[at - 1] < sim) {
                        top[at] = top[at - 1];
                        topSim[at] = topSim[at - 1];
                        at--;
                    }
                    top[at] = s;
                    topSim[at] = sim;
                }
            }
            for (int k = 0; k < found; k++) {
                out.add(CacheResult.hit(entries[top[k]], Math.min(1.0, topSim[k])));
            }
            if (found > 0) { // eviction credits the nearest entry, as lookup does
                lastAccess.set(top[0], clock.incrementAndGet());
                hitCount.incrementAndGet(top[0]);
            }
        } finally {
            lock.readLock().unlock();
        }
        if (found > 0) {
            hits.incrementAndGet();
            return out;
        }
        misses.incrementAndGet();
        return List.of(bestSim == Double.NEGATIVE_INFINITY ? CacheResult.miss() : CacheResult.miss(bestSim));
    }

    /**
     * {@inheritDoc}
     *
     * @throws NullPointerException     if entry is null
     * @throws IllegalArgumentException if the embedding's dimension differs from the cache's
     */
    @Override
    public void store(CacheEntry entry) {
        Objects.requireNonNull(entry, "entry");
        float[] v = entry.embedding().vector();
        long now = ticker.read();
        long ttl = entry.ttl() != null ? entry.ttl().toNanos() : defaultTtlNanos;
        long expiry = ttl == Long.MAX_VALUE || now + ttl < now ? Long.MAX_VALUE : now + ttl;
        lock.writeLock().lock();
        try {
            if (dimension == 0) {
                dimension = v.length;
            }
            checkDimension(v.length);
            String key = textKey(entry);
            Integer existing = byText.get(key);
            int slot;
            if (existing != null) {
                slot = existing;
            } else {
                if (size >= maxEntries) {
                    makeRoom(now);
                }
                slot = allocate();
                partitions.computeIfAbsent(entry.partition(), p -> new SlotList()).add(slot);
                byText.put(key, slot);
                size++;
            }
            System.arraycopy(v, 0, vectors, slot * dimension, dimension);
            entries[slot] = entry;
            expiresAt[slot] = expiry;
            long tick = clock.incrementAndGet();
            insertedAt[slot] = tick;
            lastAccess.set(slot, tick);
            hitCount.set(slot, 0);
            stores++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public long size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void clear() {
        lock.writeLock().lock();
        try {
            for (int s = 0; s < capacity; s++) {
                if (entries[s] != null) {
                    remove(s);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public double similarityThreshold() {
        return threshold;
    }

    /** Counters since the cache was built. */
    public CacheStats stats() {
        lock.readLock().lock();
        try {
            return new CacheStats(hits.get(), misses.get(), stores, evictions, expirations);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The eviction policy in force. */
    public EvictionPolicy evictionPolicy() {
        return policy;
    }

    @Override
    public String toString() {
        return "InMemorySemanticCache[size=" + size() + ", maxEntries=" + maxEntries + ", threshold=" + threshold
                + ", policy=" + policy + "]";
    }

    // --- internals (callers hold the write lock) ---

    private void checkDimension(int d) {
        if (dimension != 0 && d != dimension) {
            throw new IllegalArgumentException("embedding dimension " + d + " does not match the cache dimension " + dimension);
        }
    }

    private static String textKey(CacheEntry e) {
        return e.partition() + '\u0000' + e.queryText();
    }

    private void makeRoom(long now) {
        for (int s = 0; s < capacity; s++) {
            if (entries[s] != null && expiresAt[s] - now <= 0) {
                remove(s);
                expirations++;
            }
        }
        if (size < maxEntries) {
            return;
        }
        int victim = -1;
        for (int s = 0; s < capacity; s++) {
            if (entries[s] != null && (victim < 0 || worse(s, victim))) {
                victim = s;
            }
        }
        remove(victim);
        evictions++;
    }

    /** Whether slot a should be evicted before slot b. */
    private boolean worse(int a, int b) {
        switch (policy) {
            case FIFO:
                return insertedAt[a] < insertedAt[b];
            case LRU:
                return lastAccess.get(a) < lastAccess.get(b);
            default:
                long ha = hitCount.get(a);
                long hb = hitCount.get(b);
                return ha != hb ? ha < hb : lastAccess.get(a) < lastAccess.get(b);
        }
    }

    private void remove(int slot) {
        CacheEntry e = entries[slot];
        SlotList list = partitions.get(e.partition());
        list.remove(slot);
        if (list.size == 0) {
            partitions.remove(e.partition());
        }
        byText.remove(textKey(e));
        entries[slot] = null;
        if (freeSlots.length == freeCount) {
            freeSlots = Arrays.copyOf(freeSlots, Math.max(16, freeCount * 2));
        }
        freeSlots[freeCount++] = slot;
        size--;
    }

    private int allocate() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (capacity == entries.length) {
            grow();
        }
        return capacity++;
    }

    private void grow() {
        int newCap = (int) Math.min(maxEntries, Math.max(64L, entries.length * 2L));
        vectors = Arrays.copyOf(vectors, newCap * dimension);
        entries = Arrays.copyOf(entries, newCap);
        expiresAt = Arrays.copyOf(expiresAt, newCap);
        insertedAt = Arrays.copyOf(insertedAt, newCap);
        AtomicLongArray la = new AtomicLongArray(newCap);
        AtomicLongArray hc = new AtomicLongArray(newCap);
        for (int i = 0; i < lastAccess.length(); i++) {
            la.set(i, lastAccess.get(i));
            hc.set(i, hitCount.get(i));
        }
        lastAccess = la;
        hitCount = hc;
    }

    /** A growable int list of slots with O(1) removal by swapping in the last element. */
    private static final class SlotList {
        int[] items = new int[8];
        int size;

        void add(int slot) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = slot;
        }

        void remove(int slot) {
            for (int i = 0; i < size; i++) {
                if (items[i] == slot) {
                    items[i] = items[--size];
                    return;
                }
            }
        }
    }

    /**
     * Builder of {@link InMemorySemanticCache}. Every method validates its argument at once and the
     * exception message carries the offending value.
     */
    public static final class Builder {
        private double threshold = 0.80;
        private int maxEntries = 10_000;
        private Duration ttl;
        private EvictionPolicy policy = EvictionPolicy.FIFO;
        private Ticker ticker = Ticker.system();
        private int dimension;

        private Builder() {
        }

        /**
         * Minimum cosine similarity for a hit (YAML: {@code similarity_threshold}). Default 0.80.
         *
         * @throws IllegalArgumentException unless in (0, 1]
         */
        public Builder similarityThreshold(double threshold) {
            this.threshold = CacheArguments.threshold(threshold);
            return this;
        }

        /**
         * Maximum number of entries (YAML: {@code max_entries}). Default 10,000.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxEntries(int maxEntries) {
            if (maxEntries <= 0) {
                throw new IllegalArgumentException("maxEntries must be > 0, was " + maxEntries);
            }
            this.maxEntries = maxEntries;
            return this;
        }

        /**
         * Default time to live of an entry (YAML: {@code ttl_seconds}). Default: no expiry.
         *
         * @throws IllegalArgumentException if zero or negative
         */
        public Builder ttl(Duration ttl) {
            this.ttl = CacheArguments.ttl(ttl);
            return this;
        }

        /** Eviction policy when full. Default {@link EvictionPolicy#FIFO}. */
        public Builder evictionPolicy(EvictionPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "evictionPolicy");
            return this;
        }

        /**
         * Eviction policy by name: {@code fifo}, {@code lru} or {@code lfu}.
         *
         * @throws IllegalArgumentException for any other name
         */
        public Builder evictionPolicy(String policy) {
            this.policy = EvictionPolicy.parse(policy);
            return this;
        }

        /**
         * Fixes the vector dimension up front; otherwise the first stored entry fixes it.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder dimension(int dimension) {
            if (dimension <= 0) {
                throw new IllegalArgumentException("dimension must be > 0, was " + dimension);
            }
            this.dimension = dimension;
            return this;
        }

        /** Time source for TTL. Default {@link Ticker#system()}. */
        public Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        public InMemorySemanticCache build() {
            return new InMemorySemanticCache(this);
        }
    }
}
