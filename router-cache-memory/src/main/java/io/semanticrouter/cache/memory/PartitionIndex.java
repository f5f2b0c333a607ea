package io.semanticrouter.cache.memory;

import io.github.jbellis.jvector.graph.GraphIndexBuilder;
import io.github.jbellis.jvector.graph.GraphSearcher;
import io.github.jbellis.jvector.graph.ImmutableGraphIndex;
import io.github.jbellis.jvector.graph.OnHeapGraphIndex;
import io.github.jbellis.jvector.graph.RandomAccessVectorValues;
import io.github.jbellis.jvector.graph.SearchResult;
import io.github.jbellis.jvector.graph.similarity.BuildScoreProvider;
import io.github.jbellis.jvector.graph.similarity.DefaultSearchScoreProvider;
import io.github.jbellis.jvector.graph.similarity.ScoreFunction;
import io.github.jbellis.jvector.util.Bits;
import io.github.jbellis.jvector.vector.VectorSimilarityFunction;
import io.github.jbellis.jvector.vector.VectorizationProvider;
import io.github.jbellis.jvector.vector.types.VectorFloat;
import io.github.jbellis.jvector.vector.types.VectorTypeSupport;
import io.semanticrouter.VectorMath;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A jvector HNSW graph over the nodes of one partition, built on the heap and inserted into concurrently; or, for
 * {@link AnnIndex#CLUSTERS}, the {@link ClusterLists} of its nodes instead of the graph, with the same ordinals.
 *
 * <p>Ordinals are handed out once ({@link #reserve}) and never reused; a removed node keeps its place in the
 * graph as a stepping stone and is filtered out of results by the caller's accept test. When removed nodes
 * outnumber live ones the cache builds a fresh index in the background and swaps it in, which is how deleted
 * nodes are cleaned up (the graph is never edited while it is searched). Thread-safe.
 */
final class PartitionIndex {

    /** Graph degree (jvector's M), 32 by measurement (docs/ann-index.md); the system property is for tuning runs only. */
    static final int DEGREE = Integer.getInteger("semanticrouter.ann.degree", 32);
    /**
     * Layer 0's degree, DEGREE unless the system property (for tuning runs only) gives another: HNSW's 2M on layer 0
     * is jvector's per-layer degree list.
     */
    static final int DEGREE0 = Integer.getInteger("semanticrouter.ann.degree0", DEGREE);
    /** Beam width while inserting, 200 by measurement (docs/ann-index.md); the system property is for tuning runs only. */
    static final int BUILD_BEAM = Integer.getInteger("semanticrouter.ann.buildBeam", 200);
    /** Neighbour overflow: a list may grow to DEGREE times this before it is pruned; the property is for tuning runs only. */
    static final float OVERFLOW = Float.parseFloat(System.getProperty("semanticrouter.ann.overflow", "1.2"));
    /** Diversity pruning's alpha (1 prunes most, larger keeps more edges); the property is for tuning runs only. */
    static final float ALPHA = Float.parseFloat(System.getProperty("semanticrouter.ann.alpha", "1.2"));
    /** Candidates kept while searching (HNSW's ef), unless the cache is told otherwise. */
    static final int SEARCH_BEAM = 512;
    /**
     * Entry points of the layer-0 search, unless the cache is told otherwise: 1, HNSW's greedy descent. More seeds
     * (a beam of that many nodes on each upper layer) were measured (docs/ann-index.md, "Several entry points"): on
     * the 250k proxy, beam 512 with 32 seeds found a miss's exact nearest entry as often as beam 1024 with one, for
     * 27% to 28% fewer nodes, but a hit's walk scored about 500 nodes more (478 to 1,003) and, on a cache without
     * dense clusters (100k entries, 25 copies per question), every lookup scored more nodes for no recall. A cache
     * serves hits; a miss only needs to know that nothing reaches the threshold, which one seed at beam 512 sees as
     * well (hit recall 1.000 either way). So seeds stay opt-in ({@code graphEntrySeeds}).
     */
    static final int ENTRY_SEEDS = 1;
    /** Candidates an int8 search hands back to be re-scored exactly, unless the cache is told otherwise. */
    static final int RERANK = 16;
    /**
     * The graph walk's patience once it holds a hit, unless the cache is told otherwise: 50 expansions, by measurement
     * (docs/ann-index.md, "Patience only for hits": on the 250k proxy every setting from 10 to 200 kept recall@1 of the
     * hits at 1.000; 50 leaves five times the smallest measured value as a margin).
     */
    static final int HIT_PATIENCE = 50;
    /**
     * How far below the lookup's threshold an int8 walk score may be for the walk to check the node exactly as a
     * possible hit: about 30 times the int8 error's rms on a cosine (0.0006, docs/ann-index.md), and about the
     * worst case of half a quantisation step per dimension for unit vectors of 384 dimensions. A wider margin
     * only costs exact re-checks; a narrower one only notices a hit later.
     */
    static final float HIT_MARGIN = 0.02f;
    /** Candidates of a one-bit walk re-scored with the int8 codes, unless the cache is told otherwise. */
    static final int BIT_RERANK = 256;
    /** How far below the beam's worst int8 score a one-bit score may be and still earn an int8 score, by default. */
    static final float BIT_MARGIN = 0.1f;
    /**
     * Walkers (the direct walk's scratch, whose visited array takes 4 bytes per ordinal) a graph keeps between
     * searches: one per processor, at least two. More searches than that at once each make a walker and drop it.
     */
    static final int POOLED_WALKERS = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** jvector's vector types; loaded with the first graph, so a cache that never builds one never loads jvector. */
    private static final VectorTypeSupport VTS = VectorizationProvider.getInstance().getVectorTypeSupport();

    private static final int CHUNK_BITS = 14;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private static final java.util.concurrent.atomic.AtomicLong IDS = new java.util.concurrent.atomic.AtomicLong();

    private final long id = IDS.getAndIncrement();
    private final int dimension;
    private final AtomicInteger next = new AtomicInteger();
    private volatile AtomicReferenceArray<Node>[] chunks;
    private final GraphIndexBuilder builder;
    private final Vectors vectors = new Vectors();
    private final Int8Codes codes;
    private final BitCodes bits;
    /** The inverted-file lists of a {@link AnnIndex#CLUSTERS} index (then there is no graph), else null. */
    private final ClusterLists clusters;
    /** jvector's searchers are reusable scratch space (queues, visited set); each search takes one and puts it back. */
    private final ConcurrentLinkedQueue<GraphSearcher> searchers = new ConcurrentLinkedQueue<>();
    /** The graph the direct walk reads, or null if jvector's builder made another kind (then jvector walks it). */
    private final OnHeapGraphIndex graph;
    /** The direct walk's scratch space, lent to one search at a time; at most {@link #POOLED_WALKERS} are kept. */
    private final ConcurrentLinkedQueue<GraphWalker> walkers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pooledWalkers = new AtomicInteger();
    private final GraphWalker.BatchScorer exactScorer = this::exactScores;
    private final GraphWalker.BatchScorer int8Scorer;
    private final GraphWalker.BatchScorer int8PrefetchScorer;
    /** Written by prefetching scorers so that their reads are not optimised away; never read for its value. */
    private volatile long prefetchSink;

    /** An index with int8 codes only. */
    PartitionIndex(int dimension) {
        this(dimension, false);
    }

    /** An index with int8 codes, and one-bit codes too if {@code bitCodes} (which the one-bit scorings need). */
    PartitionIndex(int dimension, boolean bitCodes) {
        this(dimension, bitCodes, AnnIndex.GRAPH);
    }

    /**
     * A graph index as above, or, for {@link AnnIndex#CLUSTERS}, an untrained {@link ClusterLists} and no graph
     * ({@code bitCodes} is then ignored).
     */
    @SuppressWarnings("unchecked")
    PartitionIndex(int dimension, boolean bitCodes, AnnIndex kind) {
        this.dimension = dimension;
        this.chunks = new AtomicReferenceArray[] {new AtomicReferenceArray<Node>(CHUNK)};
        if (kind == AnnIndex.CLUSTERS) {
            this.clusters = new ClusterLists(dimension);
            this.codes = null;
            this.bits = null;
            this.int8Scorer = null;
            this.int8PrefetchScorer = null;
            this.builder = null;
            this.graph = null;
            return;
        }
        this.clusters = null;
        this.codes = new Int8Codes(dimension);
        this.bits = bitCodes ? new BitCodes(dimension) : null;
        this.int8Scorer = codes::dot;
        this.int8PrefetchScorer = (q, ords, n, out) -> {
            prefetchSink = codes.touch(ords, n);
            codes.dot(q, ords, n, out);
        };
        BuildScoreProvider bsp = BuildScoreProvider.randomAccessScoreProvider(vectors, VectorSimilarityFunction.DOT_PRODUCT);
        this.builder = DEGREE0 == DEGREE
                ? new GraphIndexBuilder(bsp, dimension, DEGREE, BUILD_BEAM, OVERFLOW, ALPHA, true)
                : new GraphIndexBuilder(bsp, dimension, java.util.List.of(DEGREE0, DEGREE), BUILD_BEAM, OVERFLOW, ALPHA,
                        true, true);
        ImmutableGraphIndex g = builder.getGraph();
        this.graph = g instanceof OnHeapGraphIndex ? (OnHeapGraphIndex) g : null;
    }

    /**
     * Gives the node an ordinal and makes it visible to {@link #node}; the caller then calls {@link #insert}.
     *
     * @throws IllegalStateException when the index has handed out {@code Integer.MAX_VALUE} ordinals
     */
    int reserve(Node n) {
        int ord = next.getAndIncrement();
        if (ord < 0) {
            throw new IllegalStateException("partition index ran out of ordinals");
        }
        chunk(ord >>> CHUNK_BITS).set(ord & (CHUNK - 1), n);
        return ord;
    }

    /**
     * Puts a node with the same vector in place of the one at {@code ord}, which keeps its place in the graph.
     * Re-storing a question (same text, same embedding) takes this path: inserting a second copy of a vector next
     * to its removed twin would let the graph's diversity pruning leave the new copy without incoming edges.
     */
    void replace(int ord, Node n) {
        chunk(ord >>> CHUNK_BITS).set(ord & (CHUNK - 1), n);
    }

    /**
     * Adds a reserved node to the graph, after writing its int8 codes and, if kept, its one-bit codes: the graph
     * is what makes the ordinal reachable, so a search never finds a node without codes. Runs concurrently with
     * other inserts and with searches.
     */
    void insert(int ord) {
        float[] v = node(ord).vector;
        if (clusters != null) {
            clusters.add(ord, v);
            return;
        }
        codes.set(ord, v);
        if (bits != null) {
            bits.set(ord, v);
        }
        builder.addGraphNode(ord, VTS.createFloatVector(v));
    }

    /** Ordinals handed out so far (live and removed). */
    int reserved() {
        return next.get();
    }

    /** The node at an ordinal, or null if the ordinal is not (yet) visible. */
    Node node(int ord) {
        AtomicReferenceArray<Node>[] cs = chunks;
        int c = ord >>> CHUNK_BITS;
        return c < cs.length ? cs[c].get(ord & (CHUNK - 1)) : null;
    }

    /** A number no other index in this JVM has, by which nodes record their ordinals here. */
    long id() {
        return id;
    }

    /** Whether this is a {@link AnnIndex#CLUSTERS} index, searched with {@link #searchClusters}. */
    boolean clustered() {
        return clusters != null;
    }

    /**
     * Trains a {@link AnnIndex#CLUSTERS} index's centroids on the vectors of {@code nodes} (removed ones skipped), and
     * moves what was inserted so far into their lists. Only for an index no lookup uses yet (the cache's background
     * build calls it before inserting the snapshot).
     */
    void train(Node[] nodes) {
        float[][] vectors = new float[nodes.length][];
        for (int i = 0; i < nodes.length; i++) {
            vectors[i] = nodes[i].removed ? null : nodes[i].vector;
        }
        clusters.train(vectors, nodes.length);
    }

    /** Vectors a {@link AnnIndex#CLUSTERS} index trained its centroids on (0 untrained, or for a graph). */
    int trainedOn() {
        return clusters == null ? 0 : clusters.trainedOn();
    }

    /**
     * The {@code k} best accepted nodes by int8 score in the lists of the {@code probes} centroids nearest to the
     * query, opening {@code groupProbes} groups of centroids ({@link ClusterLists#search}); the caller re-scores them
     * exactly. Only for a {@link AnnIndex#CLUSTERS}
     * index.
     */
    Hits searchClusters(float[] query, int k, int probes, int groupProbes, int hitProbes, float hitBar, Bits accept) {
        return clusters.search(query, k, probes, groupProbes, hitProbes, hitBar, accept, ord -> {
            Node n = node(ord);
            return n == null ? null : n.vector;
        });
    }

    /**
     * The {@code k} best accepted nodes of an approximate search that keeps {@code beam} candidates, with the
     * search's count of scored nodes, with the default one-bit re-rank depth and no prefetching.
     */
    Hits search(float[] query, int k, int beam, GraphScoring scoring, GraphWalk walk, Bits accept) {
        return search(query, k, beam, scoring, walk, accept, new Options(BIT_RERANK, BIT_MARGIN, false));
    }

    /**
     * The {@code k} best accepted nodes of an approximate search that keeps {@code beam} candidates, with the
     * search's count of scored nodes. With {@link GraphScoring#EXACT} the walk scores full vectors; with
     * {@link GraphScoring#INT8} it scores the int8 codes, and the caller re-scores the nodes returned exactly
     * (ask for more than you need: they are ranked by the approximate score); with {@link GraphScoring#BIT} it
     * scores the one-bit codes, re-scores its best {@code bitRerank} (at least {@code k}) with the int8 codes and
     * returns the best {@code k} of those; with {@link GraphScoring#BIT_INT8} one-bit scores decide which nodes
     * get an int8 score ({@link Options#bitMargin}); an index without one-bit codes walks int8 for both.
     * {@link GraphWalk} picks the loop.
     */
    Hits search(float[] query, int k, int beam, GraphScoring requested, GraphWalk walk, Bits accept, Options options) {
        GraphScoring scoring = bits == null && requested != GraphScoring.EXACT ? GraphScoring.INT8 : requested;
        int keep = scoring == GraphScoring.BIT ? Math.max(k, options.bitRerank()) : k;
        int ef = Math.max(keep, beam);
        Hits hits = walk == GraphWalk.JVECTOR || graph == null
                ? jvectorSearch(query, keep, ef, scoring == GraphScoring.BIT_INT8 ? GraphScoring.INT8 : scoring, accept)
                : directSearch(query, keep, ef, scoring, accept, options);
        return scoring == GraphScoring.BIT ? rerankInt8(query, hits, k) : hits;
    }

    /**
     * Settings of a search besides its beam and scoring.
     *
     * @param bitRerank candidates of a {@link GraphScoring#BIT} walk re-scored with the int8 codes
     * @param bitMargin how far below the beam's worst int8 score a {@link GraphScoring#BIT_INT8} walk's one-bit
     *                  score may be and still earn an int8 score
     * @param prefetch  whether the direct walk reads a batch's codes once before scoring them
     * @param patience  expansions without a change in the best {@code k} after which the direct walk's layer-0
     *                  search stops, for {@link GraphScoring#EXACT}, {@link GraphScoring#INT8} and
     *                  {@link GraphScoring#BIT} walks (a {@link GraphScoring#BIT_INT8} walk and jvector's walk ignore
     *                  it); 0: off
     * @param hitPatience  the patience of a direct walk that holds a hit, an accepted node whose exact score is at
     *                     least {@code hitThreshold} ({@link GraphWalker.HitGate}), for {@link GraphScoring#EXACT}
     *                     and {@link GraphScoring#INT8} walks (the others ignore it); 0: off
     * @param hitThreshold the exact score a hit must reach: the lookup's similarity threshold
     * @param entrySeeds   nodes the direct walk's descent through the upper layers keeps, the entry points of layer 0
     *                     ({@link GraphWalker#entrySeeds(int)}); 1 is HNSW's greedy descent; jvector's walk ignores it
     */
    record Options(int bitRerank, float bitMargin, boolean prefetch, int patience, int hitPatience, float hitThreshold,
                   int entrySeeds) {
        /** Validates the entry seeds. */
        Options {
            GraphWalker.checkEntrySeeds("entry seeds", entrySeeds);
        }

        /** Options with HNSW's greedy descent (one entry seed). */
        Options(int bitRerank, float bitMargin, boolean prefetch, int patience, int hitPatience, float hitThreshold) {
            this(bitRerank, bitMargin, prefetch, patience, hitPatience, hitThreshold, 1);
        }

        /** Options without patience. */
        Options(int bitRerank, float bitMargin, boolean prefetch) {
            this(bitRerank, bitMargin, prefetch, 0);
        }

        /** Options without hit patience. */
        Options(int bitRerank, float bitMargin, boolean prefetch, int patience) {
            this(bitRerank, bitMargin, prefetch, patience, 0, Float.POSITIVE_INFINITY);
        }
    }

    private Hits directSearch(float[] query, int k, int ef, GraphScoring scoring, Bits accept, Options options) {
        GraphWalker w = walkers.poll();
        if (w == null) {
            w = new GraphWalker(next.get());
        } else {
            pooledWalkers.decrementAndGet();
        }
        try {
            boolean prefetch = options.prefetch();
            w.entrySeeds(options.entrySeeds());
            int visited = scoring == GraphScoring.BIT_INT8
                    ? w.search(graph, scorer(query, GraphScoring.BIT, prefetch), scorer(query, GraphScoring.INT8, prefetch),
                            query, ef, accept, options.bitMargin())
                    : w.search(graph, scorer(query, scoring, prefetch), query, ef, accept, k, options.patience(),
                            hitGate(scoring, options));
            w.keepBest(k);
            int[] ords = new int[w.resultCount()];
            for (int i = 0; i < ords.length; i++) {
                ords[i] = w.resultOrd(i);
            }
            return new Hits(ords, visited, w.fineScored(), w.settled(), w.hitChecks());
        } finally {
            if (pooledWalkers.incrementAndGet() <= POOLED_WALKERS) {
                walkers.offer(w);
            } else {
                pooledWalkers.decrementAndGet();
            }
        }
    }

    /** The hit gate of an exact or int8 walk with a hit patience; none for the others. */
    private GraphWalker.HitGate hitGate(GraphScoring scoring, Options options) {
        if (options.hitPatience() == 0 || scoring == GraphScoring.BIT || scoring == GraphScoring.BIT_INT8) {
            return GraphWalker.HitGate.NONE;
        }
        boolean exact = scoring == GraphScoring.EXACT;
        return new GraphWalker.HitGate(options.hitPatience(), options.hitThreshold(), exact ? 0f : HIT_MARGIN,
                exact ? null : exactScorer);
    }

    private GraphWalker.BatchScorer scorer(float[] query, GraphScoring scoring, boolean prefetch) {
        switch (scoring) {
            case EXACT:
                return exactScorer;
            case INT8:
            case BIT_INT8:
                return prefetch ? int8PrefetchScorer : int8Scorer;
            default:
                BitCodes.Query bq = bits.prepare(query);
                return prefetch ? (q, ords, n, out) -> {
                    prefetchSink = bits.touch(ords, n);
                    bits.dot(bq, ords, n, out);
                } : (q, ords, n, out) -> bits.dot(bq, ords, n, out);
        }
    }

    /** The best {@code k} of a one-bit search's candidates by their int8 scores. */
    private Hits rerankInt8(float[] query, Hits hits, int k) {
        int[] ords = hits.ords();
        if (ords.length <= k) {
            return hits;
        }
        long[] keys = new long[ords.length];
        for (int i = 0; i < ords.length; i++) {
            keys[i] = GraphWalker.pack(codes.dot(query, ords[i]), ords[i]);
        }
        java.util.Arrays.sort(keys);
        int[] best = new int[k];
        for (int i = 0; i < k; i++) {
            best[i] = GraphWalker.ord(keys[keys.length - 1 - i]);
        }
        return new Hits(best, hits.visited(), hits.fine(), hits.settled(), hits.hitChecks());
    }

    private Hits jvectorSearch(float[] query, int k, int ef, GraphScoring scoring, Bits accept) {
        DefaultSearchScoreProvider ssp;
        if (scoring == GraphScoring.BIT) {
            BitCodes.Query bq = bits.prepare(query);
            ScoreFunction.ApproximateScoreFunction sf = ord -> (1 + bits.dot(bq, ord)) / 2; // jvector's DOT_PRODUCT scale
            ssp = new DefaultSearchScoreProvider(sf);
        } else if (scoring == GraphScoring.INT8) {
            ScoreFunction.ApproximateScoreFunction sf = ord -> (1 + codes.dot(query, ord)) / 2; // jvector's DOT_PRODUCT scale
            ssp = new DefaultSearchScoreProvider(sf);
        } else {
            ssp = DefaultSearchScoreProvider.exact(VTS.createFloatVector(query), VectorSimilarityFunction.DOT_PRODUCT, vectors);
        }
        GraphSearcher searcher = searchers.poll();
        if (searcher == null) {
            searcher = new GraphSearcher(builder.getGraph());
        } else {
            searcher.setView(builder.getGraph().getView());
        }
        try {
            SearchResult r = searcher.search(ssp, k, ef, 0f, 0f, accept);
            SearchResult.NodeScore[] nodes = r.getNodes();
            int[] ords = new int[nodes.length];
            for (int i = 0; i < ords.length; i++) {
                ords[i] = nodes[i].node;
            }
            return new Hits(ords, r.getVisitedCount());
        } finally {
            searchers.offer(searcher);
        }
    }

    /** The direct walk's exact scores: the full vectors of the nodes. */
    private void exactScores(float[] query, int[] ords, int n, float[] out) {
        for (int i = 0; i < n; i++) {
            out[i] = (float) VectorMath.dot(query, 0, node(ords[i]).vector, 0, dimension);
        }
    }

    /** Heap bytes of the direct walk's pooled visited arrays (4 bytes per ordinal per pooled walker). */
    long walkerBytes() {
        long total = 0;
        for (GraphWalker w : walkers) {
            total += w.stampBytes();
        }
        return total;
    }

    /**
     * What a search hands back: the ordinals of the best nodes it found (unsorted; the caller re-checks and
     * re-scores each), how many nodes it reached (scored), how many of those it scored with its finer codes
     * (all of them, except in a {@link GraphScoring#BIT_INT8} walk), and whether patience ended it
     * ({@link Options#patience}), and how many nodes it scored exactly to check for a hit
     * ({@link Options#hitPatience}).
     */
    record Hits(int[] ords, int visited, int fine, boolean settled, int hitChecks) {
        /** Hits of a search that scored every node it reached with one kind of score and ran to its beam's end. */
        Hits(int[] ords, int visited) {
            this(ords, visited, visited, false, 0);
        }
    }

    /**
     * Heap bytes of the graph structure (neighbour lists), not counting the vectors; for {@link AnnIndex#CLUSTERS},
     * of the lists (int8 codes and ordinals) and centroids.
     */
    long graphBytes() {
        return clusters != null ? clusters.bytes() : builder.getGraph().ramBytesUsed();
    }

    private AtomicReferenceArray<Node> chunk(int c) {
        AtomicReferenceArray<Node>[] cs = chunks;
        if (c < cs.length) {
            return cs[c];
        }
        synchronized (this) {
            cs = chunks;
            if (c >= cs.length) {
                AtomicReferenceArray<Node>[] grown = java.util.Arrays.copyOf(cs, Math.max(c + 1, cs.length * 2));
                for (int i = cs.length; i < grown.length; i++) {
                    grown[i] = new AtomicReferenceArray<>(CHUNK);
                }
                chunks = grown;
                cs = grown;
            }
            return cs[c];
        }
    }

    /** The partition's vectors by ordinal, as jvector reads them. */
    private final class Vectors implements RandomAccessVectorValues {
        @Override
        public int size() {
            return next.get();
        }

        @Override
        public int dimension() {
            return dimension;
        }

        @Override
        public VectorFloat<?> getVector(int ord) {
            return VTS.createFloatVector(node(ord).vector); // a wrapper around the node's array, no copy on Java 17
        }

        @Override
        public boolean isValueShared() {
            return false;
        }

        @Override
        public RandomAccessVectorValues copy() {
            return this;
        }
    }
}
