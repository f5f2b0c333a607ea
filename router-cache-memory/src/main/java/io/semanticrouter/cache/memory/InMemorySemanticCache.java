package io.semanticrouter.cache.memory;

import io.github.jbellis.jvector.util.Bits;
import io.semanticrouter.CacheEntry;
import io.semanticrouter.CachePartitions;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.CacheResult;
import io.semanticrouter.SemanticCache;
import io.semanticrouter.Ticker;
import io.semanticrouter.VectorMath;
import io.semanticrouter.spi.CacheArguments;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;

/**
 * A semantic cache in the JVM heap. A partition below {@link #DEFAULT_INDEX_THRESHOLD} entries is searched by
 * an exact cosine scan (a dot product on normalised vectors); from that size on, a jvector HNSW graph of the
 * partition answers lookups, and every candidate it returns is re-scored exactly and re-checked for TTL and
 * liveness before it is served. The graph walk scores int8 copies of the vectors by default
 * ({@link GraphScoring}), which halves the cost of a lookup at the same recall, and the cache walks the graph
 * with its own loop over primitive arrays rather than jvector's searcher ({@link GraphWalk}; docs/ann-index.md).
 * Once a graph search holds an entry at or above the lookup's threshold (checked exactly), it stops when its best
 * candidates have not changed for 50 expansions ({@link Builder#graphHitPatience(int)}); a lookup that misses walks
 * the whole beam, so no hit is overlooked for it. The descent through the graph's upper layers can keep its best
 * few nodes as layer 0's entry points (opt-in, {@link Builder#graphEntrySeeds(int)}), which finds the right cluster
 * of near duplicates with a smaller beam. Instead of the graph, {@link Builder#annIndex(AnnIndex)} can give large
 * partitions an inverted file ({@link AnnIndex#CLUSTERS}): k-means centroids trained in the background, and lists of
 * int8 codes scanned in sequence.
 *
 * <p>Bounded by {@code maxEntries}; when full it first drops expired entries, then evicts one by the
 * configured {@link EvictionPolicy}. Both come from priority queues, so a store never scans the cache. Entries
 * expire after the TTL (per entry or default), measured on an injectable {@link Ticker}; an expired entry is
 * never served. Storing the same question text in the same partition replaces the older entry.
 *
 * <p>Concurrency: bookkeeping (the text map, the partition member lists, the queues) is guarded by a write
 * lock held for O(log n) work per store; graph inserts run after the lock is released, concurrently with
 * searches, and an indexed lookup takes no lock at all. Exact scans of small partitions run under the read
 * lock. Removed nodes stay in the graph as stepping stones and are filtered out; when they outnumber live ones
 * a fresh graph is built in the background and swapped in. Thread-safe.
 */
public final class InMemorySemanticCache implements SemanticCache {

    /**
     * Partition size from which lookups go through the ANN index; below it the exact scan is faster or as fast
     * (measured in docs/ann-index.md).
     */
    public static final int DEFAULT_INDEX_THRESHOLD = 10_000;

    /**
     * The walk new caches start with: {@link GraphWalk#DIRECT}, unless the system property
     * {@code semanticrouter.ann.walk} names another (for benchmark runs that compare the two).
     */
    static final GraphWalk DEFAULT_WALK = defaultWalk();

    /**
     * Lists a {@link AnnIndex#CLUSTERS} lookup scans, unless the cache is told otherwise ({@link #clusterProbes(int)}).
     */
    static final int DEFAULT_CLUSTER_PROBES = 48;
    /**
     * Lists a {@link AnnIndex#CLUSTERS} lookup scans before it may stop early because it holds a hit (an entry whose
     * exact similarity reaches the lookup's threshold), unless the cache is told otherwise.
     */
    static final int DEFAULT_CLUSTER_HIT_PROBES = 4;
    /**
     * A {@link AnnIndex#CLUSTERS} index trains its centroids once its partition holds this many entries (and its
     * index exists: from the index threshold on); below, it scans its one list whole.
     */
    static final int MIN_TRAINED = 64;
    /**
     * A {@link AnnIndex#CLUSTERS} index is trained afresh once its partition has grown by this factor since its
     * centroids were trained, so its lists stay within 1.5 times the length they were trained for; the builds this
     * costs add up to about 2.2 times the last one.
     */
    static final double RETRAIN_GROWTH = 1.5;

    /** Text bytes per entry assumed by the {@code maxEntries} memory check (question, answer, model). */
    static final int ASSUMED_TEXT_BYTES = 512;

    private final double threshold;
    private final int maxEntries;
    private final long defaultTtlNanos;
    private final EvictionPolicy policy;
    private final Ticker ticker;
    private final int indexThreshold;
    private final boolean bitCodes;
    private final AnnIndex annIndex;
    private volatile int clusterProbes = DEFAULT_CLUSTER_PROBES;
    private volatile int clusterHitProbes = DEFAULT_CLUSTER_HIT_PROBES;
    private volatile int clusterGroupProbes = ClusterLists.GROUP_PROBES;
    private volatile int searchBeam = PartitionIndex.SEARCH_BEAM;
    private volatile GraphScoring graphScoring = GraphScoring.INT8;
    private volatile int graphRerank = PartitionIndex.RERANK;
    private volatile GraphWalk graphWalk = DEFAULT_WALK;
    private volatile int graphBitRerank = PartitionIndex.BIT_RERANK;
    private volatile float graphBitMargin = PartitionIndex.BIT_MARGIN;
    private final LongAdder graphFineScores = new LongAdder();
    private volatile boolean graphPrefetch = true;
    private volatile int graphPatience;
    private volatile int graphHitPatience;
    private volatile int graphEntrySeeds;
    private final LongAdder graphHitChecks = new LongAdder();
    private final LongAdder graphVisits = new LongAdder();
    private final LongAdder graphSettled = new LongAdder();
    private final LongAdder indexBuilds = new LongAdder();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final AtomicLong clock = new AtomicLong();

    private volatile int dimension;
    private final Map<String, Partition> partitions = new ConcurrentHashMap<>();
    private final Map<TextKey, Node> byText = new HashMap<>();
    private final NodeHeap evictionQueue;
    private final NodeHeap expiryQueue = new NodeHeap((n, k) -> k[0] = n.expiresAt);
    private volatile int size;

    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private long stores;
    private long evictions;
    private long expirations;

    private ExecutorService background;
    private volatile boolean closed;

    private InMemorySemanticCache(Builder b) {
        this.threshold = b.threshold;
        this.maxEntries = b.maxEntries;
        this.defaultTtlNanos = b.ttl == null ? Long.MAX_VALUE : b.ttl.toNanos();
        this.policy = b.policy;
        this.ticker = b.ticker;
        this.indexThreshold = b.indexThreshold;
        this.bitCodes = b.bitCodes;
        this.annIndex = b.annIndex;
        this.graphPatience = b.patience;
        this.graphHitPatience = b.hitPatience;
        this.graphEntrySeeds = b.entrySeeds;
        this.evictionQueue = new NodeHeap(evictionKey(b.policy));
        if (b.dimension != 0) {
            checkMemory(b.dimension, b.maxEntries, b.bitCodes);
        }
        this.dimension = b.dimension;
    }

    /** A builder with the defaults of vLLM Semantic Router's configuration: threshold 0.80, 10,000 entries, no expiry, FIFO. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Estimated heap bytes one entry of the given dimension takes in a cache built with the defaults (no one-bit
     * codes), without its texts: the vector, the graph's neighbour lists, the int8 copy the graph walk scores, the
     * node and the bookkeeping (text map, queues, ordinal table), and the visited arrays of the graph walks a
     * partition keeps between lookups (4 bytes per entry for each, one per processor and at least two).
     *
     * @throws IllegalArgumentException if dimension is not positive
     */
    public static long estimatedBytesPerEntry(int dimension) {
        return estimatedBytesPerEntry(dimension, false);
    }

    /**
     * As {@link #estimatedBytesPerEntry(int)}, for a cache that keeps one-bit codes
     * ({@link Builder#graphBitCodes(boolean)}) or not: they add {@code 8 * (ceil(dimension / 64) + 1)} bytes, 56
     * at 384 dimensions.
     *
     * @throws IllegalArgumentException if dimension is not positive
     */
    public static long estimatedBytesPerEntry(int dimension, boolean bitCodes) {
        if (dimension <= 0) {
            throw new IllegalArgumentException("dimension must be > 0, was " + dimension);
        }
        long vector = 16L + 4L * dimension; // the float[]
        long graph = (long) Math.ceil(PartitionIndex.DEGREE * PartitionIndex.OVERFLOW) * 8 + 96; // neighbour ids and scores, headers
        long node = 104 + 48 + 32 + 2 * 20 + 8; // node, text map entry and key, member list, queues, ordinal
        long codes = Int8Codes.bytesPerVector(dimension) // the int8 copy the graph search scores
                + (bitCodes ? BitCodes.bytesPerVector(dimension) : 0); // and the one-bit copy, if kept
        long walks = 4L * PartitionIndex.POOLED_WALKERS; // the pooled walks' visited stamps, an int per ordinal each
        return vector + graph + node + codes + walks;
    }

    /**
     * {@inheritDoc}
     *
     * <p>An exact scan of a small partition; a graph search of a large one, whose candidates are re-scored
     * exactly and re-checked for expiry and removal.
     *
     * @throws NullPointerException     if query is null
     * @throws IllegalArgumentException if the embedding's dimension differs from the cache's
     */
    @Override
    public List<CacheResult> search(CacheQuery query, int limit) {
        Objects.requireNonNull(query, "query");
        CacheArguments.limit(limit);
        float[] q = query.embedding().vector();
        checkDimension(q.length);
        long now = ticker.read();
        TopK top = new TopK(limit, query.threshold(threshold));
        Partition p = partitions.get(query.partition());
        PartitionIndex index = p == null ? null : p.index;
        if (index != null) {
            searchIndex(index, q, now, top, searchBeam);
        } else {
            lock.readLock().lock();
            try {
                checkDimension(q.length);
                Partition current = partitions.get(query.partition());
                if (current != null) {
                    current.scan(q, now, top);
                }
            } finally {
                lock.readLock().unlock();
            }
        }
        if (top.found > 0) { // eviction credits the nearest entry, as lookup does
            top.nodes[0].credit(clock.incrementAndGet());
            hits.incrementAndGet();
            List<CacheResult> out = new ArrayList<>(top.found);
            for (int k = 0; k < top.found; k++) {
                out.add(CacheResult.hit(top.nodes[k].toEntry(), Math.min(1.0, top.sims[k])));
            }
            return out;
        }
        misses.incrementAndGet();
        return List.of(top.best == Double.NEGATIVE_INFINITY ? CacheResult.miss() : CacheResult.miss(top.best));
    }

    private void searchIndex(PartitionIndex index, float[] q, long now, TopK top, int beam) {
        GraphScoring scoring = graphScoring;
        int limit = top.nodes.length;
        int k = scoring == GraphScoring.EXACT && !index.clustered() ? limit // an approximate walk hands back more, to be re-scored exactly
                : Math.max(limit, (int) Math.min(10_000, Math.max((long) graphRerank, 2L * limit)));
        Bits live = ord -> {
            Node n = index.node(ord);
            return n != null && n.live(now);
        };
        PartitionIndex.Hits result = index.clustered()
                ? index.searchClusters(q, k, clusterProbes, clusterGroupProbes, clusterHitProbes, hitBar(top.threshold), live)
                : index.search(q, k, beam, scoring, graphWalk, live, new PartitionIndex.Options(graphBitRerank,
                        graphBitMargin, graphPrefetch, graphPatience, graphHitPatience, hitBar(top.threshold),
                        graphEntrySeeds));
        graphVisits.add(result.visited());
        graphHitChecks.add(result.hitChecks());
        if (result.settled()) {
            graphSettled.increment();
        }
        graphFineScores.add(result.fine());
        for (int ord : result.ords()) {
            Node n = index.node(ord);
            if (n != null && n.live(now)) { // re-checked: it may have gone since the graph accepted it
                top.offer(n, VectorMath.dot(q, 0, n.vector, 0, q.length));
            }
        }
    }

    /**
     * The float a walk's exact score (the float of the double this cache compares with the threshold) must reach for
     * the walk to hold a hit: the next float above the threshold's, so that it holds one only where the lookup will
     * find the double at or above the threshold (rounding to float keeps order).
     */
    private static float hitBar(double threshold) {
        return Math.nextUp((float) threshold);
    }

    /**
     * {@inheritDoc}
     *
     * @throws NullPointerException     if entry is null
     * @throws IllegalArgumentException if the embedding's dimension differs from the cache's
     * @throws IllegalStateException    if this is the first entry, no dimension was given, and
     *                                  {@code maxEntries} entries of this dimension would not fit in the heap
     */
    @Override
    public void store(CacheEntry entry) {
        Objects.requireNonNull(entry, "entry");
        float[] v = entry.embedding().vector();
        long now = ticker.read();
        long ttl = entry.ttl() != null ? entry.ttl().toNanos() : defaultTtlNanos;
        long expiry = ttl == Long.MAX_VALUE || now + ttl < now ? Long.MAX_VALUE : now + ttl;
        Node node;
        PendingInserts pending;
        lock.writeLock().lock();
        try {
            if (dimension == 0) {
                checkMemory(v.length, maxEntries, bitCodes);
                dimension = v.length;
            }
            checkDimension(v.length);
            node = new Node(entry, v, expiry, clock.incrementAndGet());
            TextKey key = new TextKey(entry.partition(), entry.queryText());
            Node old = byText.get(key);
            if (old != null) {
                removeNode(old);
            } else if (size >= maxEntries) {
                makeRoom(now);
            }
            pending = add(node, key, old);
            stores++;
        } finally {
            lock.writeLock().unlock();
        }
        pending.run(); // graph work outside the lock, concurrent with lookups
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void clear() {
        lock.writeLock().lock();
        try {
            for (Partition p : partitions.values()) {
                for (int i = 0; i < p.count; i++) {
                    p.members[i].removed = true;
                }
                p.building = null;
            }
            partitions.clear();
            byText.clear();
            evictionQueue.clear();
            expiryQueue.clear();
            size = 0;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Drops the tenant's partitions whole, graphs included, under the write lock; the count is exact.
     */
    @Override
    public OptionalLong purgeTenant(String tenantKey) {
        CachePartitions.checkTenantKey(tenantKey);
        long removed = 0;
        lock.writeLock().lock();
        try {
            List<Partition> doomed = new ArrayList<>();
            for (Map.Entry<String, Partition> e : partitions.entrySet()) {
                if (tenantKey.equals(CachePartitions.tenantKeyOf(e.getKey()))) {
                    doomed.add(e.getValue());
                }
            }
            for (Partition p : doomed) {
                // removeNode drops the partition (and its graph) with its last member
                while (p.count > 0) {
                    removeNode(p.members[p.count - 1]);
                    removed++;
                }
            }
            compactQueues();
        } finally {
            lock.writeLock().unlock();
        }
        return OptionalLong.of(removed);
    }

    /**
     * Entries held per tenant key ({@link CachePartitions#tenantKeyOf}; partitions without one are left out), from
     * one pass over the partitions under the read lock.
     */
    public Map<String, Long> sizesByTenantKey() {
        Map<String, Long> out = new HashMap<>();
        lock.readLock().lock();
        try {
            for (Map.Entry<String, Partition> e : partitions.entrySet()) {
                String key = CachePartitions.tenantKeyOf(e.getKey());
                if (key != null) {
                    out.merge(key, (long) e.getValue().count, Long::sum);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return out;
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

    /** Partition size from which lookups use the ANN index. */
    public int indexThreshold() {
        return indexThreshold;
    }

    /** The kind of index large partitions are searched through. */
    public AnnIndex annIndex() {
        return annIndex;
    }

    /** Lists a {@link AnnIndex#CLUSTERS} lookup scans: the lists of this many nearest centroids. */
    public int clusterProbes() {
        return clusterProbes;
    }

    /**
     * Changes the lists a {@link AnnIndex#CLUSTERS} lookup scans, for lookups that start after the call; more finds
     * the exact nearest more often and costs more. Default 48; for benchmarks and tuning.
     *
     * @throws IllegalArgumentException unless in [1, 65536]
     */
    public void clusterProbes(int probes) {
        if (probes < 1 || probes > ClusterLists.MAX_CENTROIDS) {
            throw new IllegalArgumentException("clusterProbes must be in [1, 65536], was " + probes);
        }
        this.clusterProbes = probes;
    }

    /** Groups of centroids a {@link AnnIndex#CLUSTERS} lookup opens to find its nearest centroids. */
    public int clusterGroupProbes() {
        return clusterGroupProbes;
    }

    /**
     * Changes the groups of centroids a {@link AnnIndex#CLUSTERS} lookup opens, for lookups that start after the
     * call. From 1,024 centroids on, the centroids are grouped ({@code sqrt(k)} groups) and a lookup scores only the
     * centroids of its best groups; more groups find the nearest centroids more surely and cost more, and as many as
     * there are groups scores every centroid. Default 32; for benchmarks and tuning.
     *
     * @throws IllegalArgumentException unless in [1, 65536]
     */
    public void clusterGroupProbes(int groups) {
        if (groups < 1 || groups > ClusterLists.MAX_CENTROIDS) {
            throw new IllegalArgumentException("clusterGroupProbes must be in [1, 65536], was " + groups);
        }
        this.clusterGroupProbes = groups;
    }

    /** Lists a {@link AnnIndex#CLUSTERS} lookup scans before it may stop because it holds a hit. */
    public int clusterHitProbes() {
        return clusterHitProbes;
    }

    /**
     * Changes the lists a {@link AnnIndex#CLUSTERS} lookup scans before it may stop because it holds a hit (an entry
     * whose exact similarity reaches the lookup's threshold). Only which of several entries above the threshold is
     * served can change; a lookup that misses scans {@link #clusterProbes()} lists. Default 4; a value at or above
     * {@code clusterProbes} turns the early stop off.
     *
     * @throws IllegalArgumentException unless in [1, 65536]
     */
    public void clusterHitProbes(int probes) {
        if (probes < 1 || probes > ClusterLists.MAX_CENTROIDS) {
            throw new IllegalArgumentException("clusterHitProbes must be in [1, 65536], was " + probes);
        }
        this.clusterHitProbes = probes;
    }

    /** Candidates a graph search keeps (HNSW's ef); more finds the exact nearest more often and costs more. */
    public int searchBeam() {
        return searchBeam;
    }

    /**
     * Changes the candidates a graph search keeps (HNSW's ef), for lookups that start after the call. Default
     * 512, measured in docs/ann-index.md; for benchmarks and tuning.
     *
     * @throws IllegalArgumentException unless in [1, 10000]
     */
    public void searchBeam(int beam) {
        if (beam < 1 || beam > 10_000) {
            throw new IllegalArgumentException("searchBeam must be in [1, 10000], was " + beam);
        }
        this.searchBeam = beam;
    }

    /** How graph searches score the nodes they walk; see {@link GraphScoring}. */
    public GraphScoring graphScoring() {
        return graphScoring;
    }

    /**
     * Changes how graph searches score the nodes they walk, for lookups that start after the call. Default
     * {@link GraphScoring#INT8} (measured in docs/ann-index.md); both keep every guarantee, since every
     * candidate is re-scored exactly and re-checked before it is served.
     *
     * @throws NullPointerException  if scoring is null
     * @throws IllegalStateException if scoring is {@link GraphScoring#BIT} or {@link GraphScoring#BIT_INT8} and the
     *                               cache was built without {@link Builder#graphBitCodes(boolean)}
     */
    public void graphScoring(GraphScoring scoring) {
        Objects.requireNonNull(scoring, "scoring");
        if ((scoring == GraphScoring.BIT || scoring == GraphScoring.BIT_INT8) && !bitCodes) {
            throw new IllegalStateException("graphScoring " + scoring + " needs one-bit codes: build the cache with"
                    + " graphBitCodes(true)");
        }
        this.graphScoring = scoring;
    }

    /** Candidates a one-bit graph search ({@link GraphScoring#BIT}) re-scores with the int8 codes. */
    public int graphBitRerank() {
        return graphBitRerank;
    }

    /**
     * Changes how many of a one-bit graph search's best candidates (by the one-bit score) are re-scored with the
     * int8 codes, for lookups that start after the call; the best {@link #graphRerank()} of those are then
     * re-scored exactly. The search keeps at least this many candidates, whatever the search beam. Default 256;
     * for benchmarks and tuning.
     *
     * @throws IllegalArgumentException unless in [1, 10000]
     */
    public void graphBitRerank(int candidates) {
        if (candidates < 1 || candidates > 10_000) {
            throw new IllegalArgumentException("graphBitRerank must be in [1, 10000], was " + candidates);
        }
        this.graphBitRerank = candidates;
    }

    /** How far below the beam's worst int8 score a {@link GraphScoring#BIT_INT8} walk still scores a node with int8. */
    public float graphBitMargin() {
        return graphBitMargin;
    }

    /**
     * Changes how far below the worst int8 score in the beam a neighbour's one-bit score may be for a
     * {@link GraphScoring#BIT_INT8} walk to score it with the int8 codes, for lookups that start after the call. A
     * wider margin scores more nodes with int8 and follows the int8 walk more closely. Default 0.1 (a cosine);
     * for benchmarks and tuning.
     *
     * @throws IllegalArgumentException unless finite and in [0, 4]
     */
    public void graphBitMargin(float margin) {
        if (!(margin >= 0 && margin <= 4)) {
            throw new IllegalArgumentException("graphBitMargin must be in [0, 4], was " + margin);
        }
        this.graphBitMargin = margin;
    }

    /** Whether the cache's own walk reads a batch of neighbours' codes once before scoring them. */
    public boolean graphPrefetch() {
        return graphPrefetch;
    }

    /**
     * Sets whether the cache's own graph walk ({@link GraphWalk#DIRECT}) reads one byte of every cache line of a batch of
     * neighbours' codes before scoring them, so that the memory system can fetch them in parallel; for lookups
     * that start after the call. On by default (2% to 7% less CPU per lookup at 250k entries, docs/ann-index.md);
     * off is for benchmarks. It changes no result.
     */
    public void graphPrefetch(boolean prefetch) {
        this.graphPrefetch = prefetch;
    }

    /** The graph walk's patience: expansions without a change in its best candidates after which it stops; 0 is off. */
    public int graphPatience() {
        return graphPatience;
    }

    /**
     * Sets the graph walk's patience, for lookups that start after the call; see
     * {@link Builder#graphPatience(int)}.
     *
     * @throws IllegalArgumentException unless in [0, 100000]
     */
    public void graphPatience(int expansions) {
        this.graphPatience = checkPatience("graphPatience", expansions);
    }

    /** The graph walk's hit patience: its patience once it holds a hit; 0 is off. */
    public int graphHitPatience() {
        return graphHitPatience;
    }

    /**
     * Sets the graph walk's hit patience, for lookups that start after the call; see
     * {@link Builder#graphHitPatience(int)}.
     *
     * @throws IllegalArgumentException unless in [0, 100000]
     */
    public void graphHitPatience(int expansions) {
        this.graphHitPatience = checkPatience("graphHitPatience", expansions);
    }

    /** Nodes the graph walk's descent through the upper layers keeps as layer 0's entry points; 1 is HNSW's greedy descent. */
    public int graphEntrySeeds() {
        return graphEntrySeeds;
    }

    /**
     * Sets the graph walk's entry seeds, for lookups that start after the call; see
     * {@link Builder#graphEntrySeeds(int)}.
     *
     * @throws IllegalArgumentException unless in [1, 1024]
     */
    public void graphEntrySeeds(int seeds) {
        this.graphEntrySeeds = checkEntrySeeds(seeds);
    }

    private static int checkEntrySeeds(int seeds) {
        return GraphWalker.checkEntrySeeds("graphEntrySeeds", seeds);
    }

    private static int checkPatience(String name, int expansions) {
        if (expansions < 0 || expansions > 100_000) {
            throw new IllegalArgumentException(name + " must be in [0, 100000], was " + expansions);
        }
        return expansions;
    }

    /** Candidates an int8 graph search re-scores exactly (at least twice the lookup's limit). */
    public int graphRerank() {
        return graphRerank;
    }

    /**
     * Changes how many of an int8 graph search's best candidates are re-scored with the full vectors, for
     * lookups that start after the call; a lookup re-scores at least twice its limit. Default 16; for
     * benchmarks and tuning.
     *
     * @throws IllegalArgumentException unless in [1, 10000]
     */
    public void graphRerank(int candidates) {
        if (candidates < 1 || candidates > 10_000) {
            throw new IllegalArgumentException("graphRerank must be in [1, 10000], was " + candidates);
        }
        this.graphRerank = candidates;
    }

    /** Which search walks the graphs; see {@link GraphWalk}. */
    public GraphWalk graphWalk() {
        return graphWalk;
    }

    /**
     * Changes which search walks the graphs, for lookups that start after the call. Default
     * {@link GraphWalk#DIRECT} (measured in docs/ann-index.md); both keep every guarantee, since every candidate
     * is re-scored exactly and re-checked before it is served. For benchmarks and as a fallback.
     *
     * @throws NullPointerException if walk is null
     */
    public void graphWalk(GraphWalk walk) {
        this.graphWalk = Objects.requireNonNull(walk, "walk");
    }

    /** Whether lookups in this partition currently go through the ANN index (false: exact scan). */
    public boolean isIndexed(String partition) {
        Partition p = partitions.get(Objects.requireNonNull(partition, "partition"));
        return p != null && p.index != null;
    }

    /** Background index builds started since the cache was built, over all partitions (for tests). */
    long indexBuilds() {
        return indexBuilds.sum();
    }

    /** Entries the partition's {@link AnnIndex#CLUSTERS} index trained its centroids on; 0 if none (for tests). */
    int clusterTrainedOn(String partition) {
        Partition p = partitions.get(partition);
        PartitionIndex index = p == null ? null : p.index;
        return index == null ? 0 : index.trainedOn();
    }

    /**
     * Whether a background build of this partition's index is under way (its first one, a rebuild that cleans up
     * removed entries, or a {@link AnnIndex#CLUSTERS} index's training afresh); lookups meanwhile use the current
     * index, or the exact scan.
     */
    public boolean isIndexBuilding(String partition) {
        Objects.requireNonNull(partition, "partition");
        lock.readLock().lock();
        try {
            Partition p = partitions.get(partition);
            return p != null && p.building != null;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Nodes the graph searches have scored since the cache was built, over all partitions (for
     * {@link AnnIndex#CLUSTERS}: the centroids and list entries scored). Divided by the lookups made, it gives the
     * cost of an index lookup without a clock, so settings can be compared on a busy machine.
     */
    public long graphNodesVisited() {
        return graphVisits.sum();
    }

    /**
     * Of {@link #graphNodesVisited()}, the nodes scored with the walk's finer codes: all of them, except in a
     * {@link GraphScoring#BIT_INT8} walk, where it counts the nodes that passed the one-bit screen.
     */
    public long graphNodesFineScored() {
        return graphFineScores.sum();
    }

    /**
     * Graph searches since the cache was built that patience ended ({@link Builder#graphPatience(int)}): their
     * best candidates had settled before the search beam was exhausted.
     */
    public long graphSearchesSettled() {
        return graphSettled.sum();
    }

    /**
     * Nodes the graph searches have scored exactly to check whether they hold a hit
     * ({@link Builder#graphHitPatience(int)}), since the cache was built; not counted in
     * {@link #graphNodesVisited()}.
     */
    public long graphHitChecks() {
        return graphHitChecks.sum();
    }

    /**
     * Heap bytes of the index structures of all partitions: the graphs' neighbour lists (not the vectors), or for
     * {@link AnnIndex#CLUSTERS} the lists' int8 codes and ordinals and the centroids.
     */
    public long graphBytes() {
        long total = 0;
        for (Partition p : partitions.values()) {
            PartitionIndex i = p.index;
            total += i == null ? 0 : i.graphBytes();
        }
        return total;
    }

    /** Stops the background graph builds; the cache still answers, by scanning where no graph is ready. */
    @Override
    public void close() {
        closed = true;
        lock.writeLock().lock();
        try {
            if (background != null) {
                background.shutdownNow();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "InMemorySemanticCache[size=" + size() + ", maxEntries=" + maxEntries + ", threshold=" + threshold
                + ", policy=" + policy + ", indexThreshold=" + indexThreshold + "]";
    }

    // --- internals (callers hold the write lock unless said otherwise) ---

    private void checkDimension(int d) {
        int dim = dimension;
        if (dim != 0 && d != dim) {
            throw new IllegalArgumentException("embedding dimension " + d + " does not match the cache dimension " + dim);
        }
    }

    private static GraphWalk defaultWalk() {
        String name = System.getProperty("semanticrouter.ann.walk", "direct");
        try {
            return GraphWalk.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("system property semanticrouter.ann.walk must be direct or jvector, was " + name, e);
        }
    }

    private static void checkMemory(int dimension, int maxEntries, boolean bitCodes) {
        long perEntry = estimatedBytesPerEntry(dimension, bitCodes) + ASSUMED_TEXT_BYTES;
        long need = perEntry * maxEntries;
        long heap = Runtime.getRuntime().maxMemory();
        if (need > heap) {
            throw new IllegalStateException("maxEntries " + maxEntries + " of dimension " + dimension + " need about "
                    + (need >> 20) + " MiB (" + perEntry + " bytes per entry, texts estimated at " + ASSUMED_TEXT_BYTES
                    + " bytes) but the JVM's maximum heap is " + (heap >> 20) + " MiB; lower maxEntries or raise -Xmx");
        }
    }

    private static NodeHeap.KeyFunction evictionKey(EvictionPolicy policy) {
        switch (policy) {
            case FIFO:
                return (n, k) -> k[0] = n.insertedAt;
            case LRU:
                return (n, k) -> k[0] = n.lastAccess();
            default:
                return (n, k) -> {
                    k[0] = n.hits();
                    k[1] = n.lastAccess();
                };
        }
    }

    private PendingInserts add(Node node, TextKey key, Node replaced) {
        Partition p = partitions.computeIfAbsent(node.partition, Partition::new);
        p.add(node);
        byText.put(key, node);
        size++;
        evictionQueue.push(node);
        if (node.expiresAt != Long.MAX_VALUE) {
            expiryQueue.push(node);
        }
        compactQueues();
        PendingInserts pending = new PendingInserts();
        PartitionIndex index = p.index;
        if (index != null) {
            place(index, node, replaced, pending, p.building);
        }
        if (p.building != null) {
            place(p.building, node, replaced, pending, index);
        }
        maybeRebuild(p);
        return pending;
    }

    /** Gives the node an ordinal in the graph: the replaced node's if the vector is the same, else a new one. */
    private static void place(PartitionIndex graph, Node node, Node replaced, PendingInserts pending, PartitionIndex other) {
        int ord = replaced == null ? -1 : replaced.ordIn(graph);
        if (ord >= 0 && Arrays.equals(replaced.vector, node.vector)) {
            graph.replace(ord, node);
        } else {
            ord = graph.reserve(node);
            pending.add(graph, ord);
        }
        node.recordOrd(graph, ord, other);
    }

    private void makeRoom(long now) {
        while (expiryQueue.size() > 0 && (expiryQueue.peek().removed || expiryQueue.peekKey() - now <= 0)) {
            Node n = expiryQueue.peek();
            expiryQueue.removeTop();
            if (!n.removed) {
                removeNode(n);
                expirations++;
            }
        }
        if (size < maxEntries) {
            return;
        }
        Node victim = evictionQueue.pollLive(n -> false);
        removeNode(victim);
        evictions++;
    }

    private void removeNode(Node n) {
        n.removed = true;
        Partition p = partitions.get(n.partition);
        p.remove(n);
        if (p.count == 0) {
            partitions.remove(n.partition);
            p.building = null;
        } else {
            maybeRebuild(p);
        }
        byText.remove(new TextKey(n.partition, n.queryText), n);
        size--;
    }

    /** Queues keep removed nodes until they reach the top; drop them all once they outnumber live entries. */
    private void compactQueues() {
        if (evictionQueue.size() > 2L * size + 64) {
            evictionQueue.compact();
        }
        if (expiryQueue.size() > 2L * size + 64) {
            expiryQueue.compact();
        }
    }

    /**
     * Starts a background graph build when a scanned partition reaches the index threshold, or when removed
     * nodes outnumber live ones in its graph; drops the graph of a partition that shrank well below the
     * threshold. A partition created with threshold 0 gets its (empty) graph at once.
     */
    private void maybeRebuild(Partition p) {
        if (p.building != null || closed) {
            return;
        }
        PartitionIndex index = p.index;
        if (index == null) {
            if (p.count < indexThreshold) {
                return;
            }
        } else if (index.reserved() <= 2L * p.count + 1024 && !needsTraining(index, p.count)) {
            return;
        } else if (p.count < indexThreshold / 2) {
            p.index = null;
            return;
        }
        startBuild(p);
    }

    /**
     * Whether a {@link AnnIndex#CLUSTERS} index should be trained afresh: its partition has reached
     * {@link #MIN_TRAINED} entries and {@link #RETRAIN_GROWTH} times what the centroids were trained on.
     */
    private static boolean needsTraining(PartitionIndex index, int count) {
        return index.clustered() && count >= Math.max(MIN_TRAINED, RETRAIN_GROWTH * index.trainedOn());
    }

    private void startBuild(Partition p) {
        indexBuilds.increment();
        PartitionIndex fresh = new PartitionIndex(dimension, bitCodes, annIndex);
        Node[] snapshot = Arrays.copyOf(p.members, p.count);
        p.building = fresh;
        if (background == null) {
            background = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "semantic-cache-index-build");
                t.setDaemon(true);
                return t;
            });
        }
        background.execute(() -> build(p, fresh, snapshot));
    }

    /** Runs on the background thread, without the lock: inserts the snapshot, then swaps the graph in. */
    private void build(Partition p, PartitionIndex fresh, Node[] snapshot) {
        if (fresh.clustered() && snapshot.length >= MIN_TRAINED) {
            fresh.train(snapshot);
        }
        IntStream.range(0, snapshot.length).parallel().forEach(i -> {
            Node n = snapshot[i];
            if (!n.removed && !closed && p.building == fresh) {
                int ord = fresh.reserve(n);
                n.recordOrd(fresh, ord, p.index);
                fresh.insert(ord);
            }
        });
        lock.writeLock().lock();
        try {
            if (p.building == fresh && !closed) {
                p.index = fresh;
                p.building = null;
                if (p.count > 0) { // the partition may have grown or churned enough during the build for another
                    maybeRebuild(p);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Graph inserts decided under the lock and run after it is released (at most two: current and next graph). */
    private static final class PendingInserts {
        private PartitionIndex first;
        private int firstOrd;
        private PartitionIndex second;
        private int secondOrd;

        void add(PartitionIndex index, int ord) {
            if (first == null) {
                first = index;
                firstOrd = ord;
            } else {
                second = index;
                secondOrd = ord;
            }
        }

        void run() {
            if (first != null) {
                first.insert(firstOrd);
            }
            if (second != null) {
                second.insert(secondOrd);
            }
        }
    }

    /** The key that makes a store replace an older entry: the same question in the same partition. */
    private record TextKey(String partition, String text) {
    }

    /** The best {@code limit} nodes at or above the threshold, and the best similarity seen at all. */
    private static final class TopK {
        final Node[] nodes;
        final double[] sims;
        final double threshold;
        int found;
        double best = Double.NEGATIVE_INFINITY;

        TopK(int limit, double threshold) {
            this.nodes = new Node[limit];
            this.sims = new double[limit];
            this.threshold = threshold;
        }

        void offer(Node n, double sim) {
            best = Math.max(best, sim);
            int limit = nodes.length;
            if (sim < threshold || found == limit && sim <= sims[limit - 1]) {
                return;
            }
            int at = found < limit ? found++ : limit - 1; // insertion into the sorted top list
            while (at > 0 && sims[at - 1] < sim) {
                nodes[at] = nodes[at - 1];
                sims[at] = sims[at - 1];
                at--;
            }
            nodes[at] = n;
            sims[at] = sim;
        }
    }

    /** The entries of one partition: a member list for the exact scan, and the graph once it is large. */
    private final class Partition {
        Node[] members = new Node[8];
        int count;
        volatile PartitionIndex index;
        PartitionIndex building;

        Partition(String name) {
            if (indexThreshold == 0 && dimension != 0) {
                index = new PartitionIndex(dimension, bitCodes, annIndex);
            }
        }

        void add(Node n) {
            if (count == members.length) {
                members = Arrays.copyOf(members, (int) Math.min(Integer.MAX_VALUE - 8L, count * 2L));
            }
            n.pos = count;
            members[count++] = n;
        }

        void remove(Node n) {
            Node last = members[--count];
            members[n.pos] = last;
            last.pos = n.pos;
            members[count] = null;
        }

        /** Exact scan; the caller holds the read lock. */
        void scan(float[] q, long now, TopK top) {
            for (int i = 0; i < count; i++) {
                Node n = members[i];
                if (n.expiresAt - now > 0) {
                    top.offer(n, VectorMath.dot(q, 0, n.vector, 0, q.length));
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
        private int indexThreshold = DEFAULT_INDEX_THRESHOLD;
        private boolean bitCodes;
        private int patience;
        private int hitPatience = PartitionIndex.HIT_PATIENCE;
        private int entrySeeds = PartitionIndex.ENTRY_SEEDS;
        private AnnIndex annIndex = AnnIndex.GRAPH;

        private Builder() {
        }

        /**
         * The kind of index a partition at or above the index threshold is searched through. Default
         * {@link AnnIndex#GRAPH}. {@link AnnIndex#CLUSTERS} trains k-means centroids in the background (again each
         * time the partition grows by half) and scans the lists of the nearest ones; it keeps every guarantee the graph
         * keeps (docs/ann-index.md, "Cluster lists").
         */
        public Builder annIndex(AnnIndex kind) {
            this.annIndex = Objects.requireNonNull(kind, "annIndex");
            return this;
        }

        /**
         * Entry points of the graph walk's layer-0 search: the descent through the graph's upper layers keeps its
         * best this many nodes on each layer (a beam search of that width) instead of the single best (HNSW's greedy
         * descent, 1), and layer 0 starts from all of them. It applies to the cache's own walk
         * ({@link GraphWalk#DIRECT}); jvector's walk ignores it. It changes only where the search starts, never
         * what may be served. Default 1. On data with dense clusters (the 250k proxy, 250 copies per question)
         * 32 seeds at beam 512 found a missing query's exact nearest entry as often as one seed at beam 1024, for
         * about 27% fewer nodes, but a hit's walk scored about 500 nodes more, and on a cache without dense clusters
         * every lookup scored more (docs/ann-index.md, "Several entry points").
         *
         * @throws IllegalArgumentException unless in [1, 1024]
         */
        public Builder graphEntrySeeds(int seeds) {
            this.entrySeeds = checkEntrySeeds(seeds);
            return this;
        }

        /**
         * Patience of the graph walk once it holds a hit: a graph search that has found an entry it may serve (live,
         * not expired) whose exact similarity to the query reaches the lookup's threshold stops once its best
         * candidates ({@link InMemorySemanticCache#graphRerank()}) have not changed for this many node expansions
         * in a row. Before it holds such an entry, a search walks as {@link #graphPatience(int)} says (to its beam's
         * end when that is 0), so a lookup that misses walks exactly as without hit patience and no hit is
         * overlooked for it; only which of several entries above the threshold is served can differ. The walk
         * checks an entry exactly when its int8 score is within a small margin of the threshold, until one
         * reaches it ({@link InMemorySemanticCache#graphHitChecks()} counts these checks). It applies to the cache's
         * own walk ({@link GraphWalk#DIRECT}) scoring exact or int8 codes; the one-bit walks and jvector's walk ignore
         * it. A removed or expired entry is never served. Default 50 (on the measured data it cut the nodes a hit
         * scores by about 70% and served the exact answer for every hit; docs/ann-index.md); 0 turns it off.
         *
         * @throws IllegalArgumentException unless in [0, 100000]
         */
        public Builder graphHitPatience(int expansions) {
            this.hitPatience = checkPatience("graphHitPatience", expansions);
            return this;
        }

        /**
         * Patience of the graph walk (early termination): once its best candidates (the ones re-scored exactly,
         * {@link InMemorySemanticCache#graphRerank()}) have not changed for this many node expansions in a row, a
         * graph search stops, although its beam ({@link InMemorySemanticCache#searchBeam()}) would keep it going.
         * 0 turns it off and the search runs to the beam's end. It applies to the cache's own walk
         * ({@link GraphWalk#DIRECT}) scoring exact, int8 or one-bit codes; {@link GraphScoring#BIT_INT8} and
         * jvector's walk ignore it. Stopping early can only cost recall, never correctness: a removed or expired
         * entry is still never served. Default 0; measured in docs/ann-index.md.
         *
         * @throws IllegalArgumentException unless in [0, 100000]
         */
        public Builder graphPatience(int expansions) {
            this.patience = checkPatience("graphPatience", expansions);
            return this;
        }

        /**
         * Keeps a one-bit copy of each vector in every partition graph (56 bytes per entry at 384 dimensions), which
         * {@link GraphScoring#BIT} and {@link GraphScoring#BIT_INT8} score. Off by default: on the measured data
         * neither walk beat the int8 walk (docs/ann-index.md); for benchmarks that compare them on one fill.
         */
        public Builder graphBitCodes(boolean keep) {
            this.bitCodes = keep;
            return this;
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

        /**
         * Partition size from which lookups use the ANN index instead of the exact scan. Default
         * {@link #DEFAULT_INDEX_THRESHOLD}; 0 indexes every partition from its first entry, and
         * {@code Integer.MAX_VALUE} never indexes. Meant for tests and benchmarks; the default needs no tuning.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder indexThreshold(int indexThreshold) {
            if (indexThreshold < 0) {
                throw new IllegalArgumentException("indexThreshold must be >= 0, was " + indexThreshold);
            }
            this.indexThreshold = indexThreshold;
            return this;
        }

        /**
         * Builds the cache.
         *
         * @throws IllegalStateException if a dimension was given and {@code maxEntries} entries of it would not
         *                               fit in the JVM's maximum heap
         */
        public InMemorySemanticCache build() {
            return new InMemorySemanticCache(this);
        }
    }
}
