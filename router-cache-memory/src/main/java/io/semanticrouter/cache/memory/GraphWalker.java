package io.semanticrouter.cache.memory;

import io.github.jbellis.jvector.graph.ImmutableGraphIndex.NodeAtLevel;
import io.github.jbellis.jvector.graph.NodesIterator;
import io.github.jbellis.jvector.graph.OnHeapGraphIndex;
import io.github.jbellis.jvector.util.Bits;

import java.util.Arrays;

/**
 * The cache's own search over a jvector HNSW graph ({@link GraphWalk#DIRECT}): a greedy descent through the
 * upper layers, then a best-first search on layer 0 that keeps the {@code ef} best accepted nodes. It reads the
 * neighbour lists straight from jvector's {@link OnHeapGraphIndex} and keeps all its own state in primitive
 * arrays, which it reuses from one search to the next:
 * <ul>
 *   <li>the visited set is an {@code int[]} of generation stamps indexed by ordinal: a node is visited in this
 *       search when its stamp equals the search's generation, so nothing is hashed and nothing is cleared
 *       between searches (the array is wiped once every 2<sup>31</sup> searches, when the generation wraps);
 *       it grows when a concurrent insert hands out an ordinal beyond it;</li>
 *   <li>the candidates and the results are binary heaps of {@code long}s, each a score and an ordinal packed
 *       so that the order of the longs is the order of the scores;</li>
 *   <li>the unvisited neighbours of an expanded node are gathered first and scored in one pass.</li>
 * </ul>
 *
 * <p>With one entry seed ({@link #entrySeeds(int)}, the walker's default; the cache passes its own, 32 by default),
 * the search visits the nodes jvector's own {@code GraphSearcher} visits: the upper layers with a beam of one,
 * carrying every node it scored there into the layer-0 candidates; a node enters the results when it is
 * expanded, if it is better than the worst result and accepted; the search stops when the best candidate is
 * worse than the worst of {@code ef} results. The accept test (liveness and expiry) runs only for an expanded
 * node that would enter the results. Unlike jvector's concurrent view, it does not hide nodes whose insert is
 * still in progress: such a node is reachable only once its vector and codes are written, and its neighbour
 * list may be partial, which only shortens the walk through it.
 *
 * <p>Optionally the layer-0 search stops early by patience: always ({@code patience}), or only once it holds a hit,
 * an accepted node whose exact score reaches the lookup's threshold ({@link HitGate}), so that a query that misses
 * walks to the beam's end as before.
 *
 * <p>Not thread-safe: a {@link PartitionIndex} lends each walker to one search at a time.
 */
final class GraphWalker {

    /** Scores a batch of ordinals against a query, in place into {@code out}. */
    interface BatchScorer {
        void score(float[] query, int[] ords, int n, float[] out);
    }

    /** The visited array grows in steps of at least this many ordinals. */
    static final int STAMP_CHUNK = 1 << 12;

    private int[] stamps;
    private int generation;
    private final LongMinHeap candidates = new LongMinHeap(1024); // complemented keys: a max-heap
    private final LongMinHeap results = new LongMinHeap(1024);
    private final LongMinHeap bound = new LongMinHeap(1024);
    /** The best results of a patient search (the caller's re-rank depth of them), whose changes it counts. */
    private final LongMinHeap head = new LongMinHeap(64);
    /** The upper layers' beam (complemented keys) and its best {@link #entrySeeds} nodes, when that is above 1. */
    private final LongMinHeap upperCandidates = new LongMinHeap(64);
    private final LongMinHeap upperBest = new LongMinHeap(64);
    private int entrySeeds = 1;
    private boolean settled;
    private HitGate gate = HitGate.NONE;
    /** Whether the current walk holds a hit (an accepted node scored exactly at or above the gate's threshold). */
    private boolean hit;
    private int hitChecks;
    private final int[] checkOrd = new int[1];
    private final float[] checkScore = new float[1];
    private int fineScored;
    private int[] batch = new int[64];
    private float[] batchScores = new float[64];
    private int scored;

    /** A walker whose visited array already covers {@code ordinals} ordinals. */
    GraphWalker(int ordinals) {
        stamps = new int[roundUp(Math.max(1, ordinals))];
    }

    /** Heap bytes of the visited array, which is the part of a walker that grows with the graph. */
    long stampBytes() {
        return 4L * stamps.length;
    }

    /**
     * Searches {@code graph} for the {@code ef} best accepted nodes; read them with {@link #resultCount} and
     * {@link #resultOrd} after {@link #keepBest}.
     *
     * @return nodes scored (the entry point included)
     */
    int search(OnHeapGraphIndex graph, BatchScorer scorer, float[] query, int ef, Bits accept) {
        return search(graph, scorer, query, ef, accept, 1, 0);
    }

    /**
     * As {@link #search(OnHeapGraphIndex, BatchScorer, float[], int, Bits)}, but with patience: once {@code topK}
     * nodes have entered the results, the layer-0 search also stops when {@code patience} expansions in a row have
     * not changed the best {@code topK} results (each expansion scores the unvisited neighbours of one node). A
     * patience of 0 turns this off, and the search is exactly the one without it. Stopping early can only cost
     * recall: every result is still an accepted node, ranked by its score.
     *
     * @param topK     how many of the best results must have settled (the caller's re-rank depth), at least 1
     * @param patience expansions without a change in the best {@code topK} after which the search stops; 0: never
     * @return nodes scored (the entry point included)
     */
    int search(OnHeapGraphIndex graph, BatchScorer scorer, float[] query, int ef, Bits accept, int topK, int patience) {
        return search(graph, scorer, query, ef, accept, topK, patience, HitGate.NONE);
    }

    /**
     * As {@link #search(OnHeapGraphIndex, BatchScorer, float[], int, Bits, int, int)}, with a second patience that
     * applies only once the walk holds a hit: an accepted node whose exact score is at least the gate's threshold.
     * A node that enters the results with a walk score of at least {@code threshold - margin} is scored exactly
     * (with the gate's exact scorer, or its walk score taken as exact when the gate has none) until one reaches the
     * threshold; from then on the search uses the gate's patience instead of {@code patience}. A query without any
     * accepted node at or above the threshold therefore walks exactly as it would without the gate.
     *
     * @return nodes scored (the entry point included; the exact re-checks are not counted)
     */
    int search(OnHeapGraphIndex graph, BatchScorer scorer, float[] query, int ef, Bits accept, int topK, int patience,
               HitGate gate) {
        if (!descend(graph, scorer, query)) {
            return 0;
        }
        this.gate = gate;
        searchLayer0(graph, scorer, query, ef, accept, Math.max(1, topK), patience);
        fineScored = scored;
        return scored;
    }

    /**
     * When a walk counts as holding a hit, and its patience from then on.
     *
     * @param patience  expansions without a change in the best results after which a walk that holds a hit stops;
     *                  0: the gate is off
     * @param threshold the exact score a hit must reach (the lookup's similarity threshold)
     * @param margin    how far below the threshold a walk score may be and still be checked exactly (the walk
     *                  score's error), >= 0
     * @param exact     scores nodes exactly, or null when the walk's own scores are exact
     */
    record HitGate(int patience, float threshold, float margin, BatchScorer exact) {
        /** No hit patience. */
        static final HitGate NONE = new HitGate(0, Float.POSITIVE_INFINITY, 0f, null);
    }

    /**
     * As {@link #search(OnHeapGraphIndex, BatchScorer, float[], int, Bits)}, scoring with {@code fine}, except
     * that once {@code ef} nodes have been scored, a batch of neighbours is first scored with {@code coarse}, and
     * only those whose coarse score is at least the {@code ef}-th best fine score so far minus {@code margin} are
     * scored with {@code fine}; the others are dropped as if they had scored too low to be pushed. With a margin
     * wider than the coarse score's error this walks the nodes the fine walk walks, for fewer fine scores. The
     * number of fine scores is {@link #fineScored()}.
     *
     * @return nodes reached (scored coarsely or finely, the entry point included)
     */
    int search(OnHeapGraphIndex graph, BatchScorer coarse, BatchScorer fine, float[] query, int ef, Bits accept,
               float margin) {
        if (!descend(graph, fine, query)) {
            return 0;
        }
        searchLayer0Filtered(graph, coarse, fine, query, ef, accept, margin);
        return scored;
    }

    /**
     * Sets how many nodes the descent through the upper layers keeps, for the searches that follow: 1 (the
     * default) is HNSW's greedy descent with a beam of one; above 1, each upper layer is searched best-first with a
     * beam of that many nodes, seeded with the best nodes of the layer above, so that layer 0 starts from several
     * entry points (every node scored on the way is a layer-0 candidate either way).
     *
     * @throws IllegalArgumentException unless in [1, {@link #MAX_ENTRY_SEEDS}]
     */
    void entrySeeds(int seeds) {
        this.entrySeeds = checkEntrySeeds("entry seeds", seeds);
    }

    /** The most entry seeds a walk takes. */
    static final int MAX_ENTRY_SEEDS = 1024;

    /** Returns {@code seeds} if it is a valid number of entry seeds, else throws naming {@code name} and the value. */
    static int checkEntrySeeds(String name, int seeds) {
        if (seeds < 1 || seeds > MAX_ENTRY_SEEDS) {
            throw new IllegalArgumentException(name + " must be in [1, " + MAX_ENTRY_SEEDS + "], was " + seeds);
        }
        return seeds;
    }

    /** Fine scores of the last filtered search (all scores for an unfiltered one). */
    int fineScored() {
        return fineScored;
    }

    /** Clears the state, marks and scores the entry point and descends greedily to layer 0; false if the graph is empty. */
    private boolean descend(OnHeapGraphIndex graph, BatchScorer scorer, float[] query) {
        candidates.clear();
        results.clear();
        settled = false;
        hit = false;
        hitChecks = 0;
        gate = HitGate.NONE;
        scored = 0;
        fineScored = 0;
        NodeAtLevel entry = graph.entryNode();
        if (entry == null) {
            return false;
        }
        nextGeneration();
        int ep = entry.node;
        mark(ep);
        batch[0] = ep;
        scorer.score(query, batch, 1, batchScores);
        scored = 1;
        float epScore = batchScores[0];
        candidates.push(~pack(epScore, ep));
        if (entrySeeds > 1) {
            descendBeam(graph, scorer, query, pack(epScore, ep), entry.level);
            fineScored = scored;
            return true;
        }
        for (int level = entry.level; level > 0; level--) {
            boolean improved = true;
            while (improved) { // greedy: move to the best neighbour while it beats the best node so far
                improved = false;
                int m = unvisitedNeighbours(graph, level, ep);
                scorer.score(query, batch, m, batchScores);
                scored += m;
                for (int i = 0; i < m; i++) {
                    float s = batchScores[i];
                    candidates.push(~pack(s, batch[i])); // every node scored up here is a layer-0 candidate
                    if (s > epScore) {
                        epScore = s;
                        ep = batch[i];
                        improved = true;
                    }
                }
            }
        }
        fineScored = scored;
        return true;
    }

    /**
     * The upper layers with a beam of {@link #entrySeeds} nodes: on each layer from {@code top} down to 1, a
     * best-first search seeded with the best nodes found on the layer above (a node of a layer is on every layer
     * below it), which stops when its best candidate is worse than the worst of its best nodes. Every node it
     * scores is pushed to the layer-0 candidates.
     */
    private void descendBeam(OnHeapGraphIndex graph, BatchScorer scorer, float[] query, long entryKey, int top) {
        LongMinHeap cand = upperCandidates;
        LongMinHeap best = upperBest;
        cand.clear();
        best.clear();
        best.push(entryKey);
        int ef = entrySeeds;
        for (int level = top; level > 0; level--) {
            cand.clear();
            for (int i = 0; i < best.size(); i++) {
                cand.push(~best.at(i));
            }
            while (cand.size() > 0) {
                long c = ~cand.poll();
                if (best.size() >= ef && c < best.peek()) {
                    break; // the best candidate is worse than the worst of the ef best: this layer is done
                }
                int m = unvisitedNeighbours(graph, level, ord(c));
                scorer.score(query, batch, m, batchScores);
                scored += m;
                for (int i = 0; i < m; i++) {
                    long key = pack(batchScores[i], batch[i]);
                    candidates.push(~key); // every node scored up here is a layer-0 candidate
                    if (keepBound(best, key, ef)) {
                        cand.push(~key);
                    }
                }
            }
        }
    }

    /** Layer 0 of a filtered search: coarse scores decide which neighbours get a fine score. */
    private void searchLayer0Filtered(OnHeapGraphIndex graph, BatchScorer coarse, BatchScorer fine, float[] query,
                                      int ef, Bits accept, float margin) {
        LongMinHeap cand = candidates;
        LongMinHeap res = results;
        LongMinHeap best = bound; // the ef best fine scores so far, accepted or not: the bar a neighbour must near
        best.clear();
        for (int i = 0; i < cand.size(); i++) {
            keepBound(best, ~cand.at(i), ef);
        }
        while (cand.size() > 0) {
            long top = ~cand.peek();
            boolean full = res.size() >= ef;
            if (full && top < res.peek()) {
                break; // the best candidate is worse than the worst of ef results
            }
            cand.poll();
            int node = ord(top);
            if ((!full || top > res.peek()) && accept.get(node)) {
                if (full) {
                    res.replaceTop(top);
                } else {
                    res.push(top);
                }
            }
            int m = unvisitedNeighbours(graph, 0, node);
            scored += m;
            if (best.size() >= ef && m > 0) {
                m = keepPromising(coarse, query, m, score(best.peek()) - margin);
            }
            fine.score(query, batch, m, batchScores);
            fineScored += m;
            boolean prune = res.size() >= ef;
            float worst = prune ? score(res.peek()) : 0f;
            for (int i = 0; i < m; i++) {
                long key = pack(batchScores[i], batch[i]);
                keepBound(best, key, ef);
                if (!prune || batchScores[i] >= worst) {
                    cand.push(~key);
                }
            }
        }
    }

    /** Scores the batch coarsely and keeps, in place and in order, the ordinals scoring at least {@code cut}. */
    private int keepPromising(BatchScorer coarse, float[] query, int m, float cut) {
        coarse.score(query, batch, m, batchScores);
        int j = 0;
        for (int i = 0; i < m; i++) {
            if (batchScores[i] >= cut) {
                batch[j++] = batch[i];
            }
        }
        return j;
    }

    /**
     * Offers a key to a bounded min-heap of the best {@code ef} keys: true if it entered, which it does while the
     * heap is not full or when it beats the heap's worst (which it then replaces).
     */
    private static boolean keepBound(LongMinHeap best, long key, int ef) {
        if (best.size() < ef) {
            best.push(key);
            return true;
        }
        if (key > best.peek()) {
            best.replaceTop(key);
            return true;
        }
        return false;
    }

    /**
     * The best-first search on layer 0. With a patience above 0 it also keeps the best {@code topK} accepted
     * results in {@link #head} and counts the expansions since a node last entered them; it stops before the
     * expansion that would make that count exceed the patience.
     */
    private void searchLayer0(OnHeapGraphIndex graph, BatchScorer scorer, float[] query, int ef, Bits accept, int topK,
                              int patience) {
        LongMinHeap cand = candidates;
        LongMinHeap res = results;
        LongMinHeap best = head;
        best.clear();
        HitGate g = gate;
        boolean tracking = patience > 0 || g.patience() > 0;
        int unchanged = 0; // expansions in a row, with the head full, that left it as it was
        while (cand.size() > 0) {
            long top = ~cand.peek();
            boolean full = res.size() >= ef;
            if (full && top < res.peek()) {
                break; // the best candidate is worse than the worst of ef results
            }
            cand.poll();
            int node = ord(top);
            boolean entered = false;
            if ((!full || top > res.peek()) && accept.get(node)) {
                if (full) {
                    res.replaceTop(top);
                } else {
                    res.push(top);
                }
                entered = tracking && keepBound(best, top, topK); // into the head, the best topK
                if (!hit && g.patience() > 0 && score(top) >= g.threshold() - g.margin()) {
                    hit = isHit(query, node, score(top));
                }
            }
            int p = hit ? g.patience() : patience;
            if (p > 0 && best.size() >= topK) {
                unchanged = entered ? 0 : unchanged + 1;
                if (unchanged > p) {
                    settled = true;
                    break; // the best topK have not changed for `patience` expansions: the answer has settled
                }
            }
            int m = unvisitedNeighbours(graph, 0, node);
            scorer.score(query, batch, m, batchScores);
            scored += m;
            boolean prune = res.size() >= ef;
            float worst = prune ? score(res.peek()) : 0f;
            for (int i = 0; i < m; i++) {
                float s = batchScores[i];
                if (!prune || s >= worst) { // a node below the worst result can never be expanded before the end
                    cand.push(~pack(s, batch[i]));
                }
            }
        }
    }

    /** Whether an accepted node's exact score reaches the gate's threshold (its walk score, if that is exact). */
    private boolean isHit(float[] query, int node, float walkScore) {
        BatchScorer exact = gate.exact();
        if (exact == null) {
            return walkScore >= gate.threshold();
        }
        hitChecks++;
        checkOrd[0] = node;
        exact.score(query, checkOrd, 1, checkScore);
        return checkScore[0] >= gate.threshold();
    }

    /** Whether the last search found a hit ({@link HitGate}); always false without a gate. */
    boolean hit() {
        return hit;
    }

    /** Exact re-checks the last search made for its {@link HitGate}. */
    int hitChecks() {
        return hitChecks;
    }

    /** Whether the last search ended by patience (its best results had settled) rather than by its beam. */
    boolean settled() {
        return settled;
    }

    /** Drops all but the best {@code k} results. */
    void keepBest(int k) {
        while (results.size() > k) {
            results.poll();
        }
    }

    int resultCount() {
        return results.size();
    }

    /** The ordinal of result {@code i} (in heap order, not sorted). */
    int resultOrd(int i) {
        return ord(results.at(i));
    }

    /** The walk's score of result {@code i}. */
    float resultScore(int i) {
        return score(results.at(i));
    }

    /** Gathers the neighbours of {@code node} on {@code level} not yet visited, marking them, into {@link #batch}. */
    private int unvisitedNeighbours(OnHeapGraphIndex graph, int level, int node) {
        NodesIterator it = graph.getNeighborsIterator(level, node);
        int n = it.size();
        if (n > batch.length) {
            batch = new int[n];
            batchScores = new float[n];
        }
        int[] st = stamps;
        int g = generation;
        int[] b = batch;
        int m = 0;
        while (it.hasNext() && m < b.length) {
            int o = it.nextInt();
            if (o >= st.length) { // an ordinal a concurrent insert handed out after this array was sized
                st = grow(o);
            }
            if (st[o] != g) {
                st[o] = g;
                b[m++] = o;
            }
        }
        return m;
    }

    private void mark(int ord) {
        if (ord >= stamps.length) {
            grow(ord);
        }
        stamps[ord] = generation;
    }

    private int[] grow(int ord) {
        long wanted = Math.max(ord + 1L, stamps.length + (long) stamps.length / 4);
        stamps = Arrays.copyOf(stamps, (int) Math.min(Integer.MAX_VALUE - 8L, roundUp(wanted)));
        return stamps;
    }

    /** Sets the generation the next search counts up from; tests use it to reach the wrap-around. */
    void generation(int g) {
        generation = g;
    }

    private void nextGeneration() {
        if (generation == Integer.MAX_VALUE) {
            Arrays.fill(stamps, 0);
            generation = 0;
        }
        generation++;
    }

    private static int roundUp(long n) {
        return (int) Math.min(Integer.MAX_VALUE - 8L, (n + STAMP_CHUNK - 1) / STAMP_CHUNK * STAMP_CHUNK);
    }

    /**
     * Packs a score and a non-negative ordinal into a long whose signed order is the order of the scores (ties
     * broken by ordinal): the float's bits are made monotonic as a signed int and put in the upper half.
     */
    static long pack(float score, int ord) {
        int bits = Float.floatToRawIntBits(score);
        bits ^= (bits >> 31) & 0x7fffffff;
        return ((long) bits << 32) | (ord & 0xffffffffL);
    }

    static float score(long key) {
        int bits = (int) (key >>> 32);
        bits ^= (bits >> 31) & 0x7fffffff;
        return Float.intBitsToFloat(bits);
    }

    static int ord(long key) {
        return (int) key;
    }
}
