package io.semanticrouter.cache.memory;

import io.github.jbellis.jvector.graph.OnHeapGraphIndex;
import io.github.jbellis.jvector.util.Bits;
import io.semanticrouter.CacheEntry;
import io.semanticrouter.Embedding;
import io.semanticrouter.VectorMath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache's own graph walk ({@link GraphWalk#DIRECT}) on a {@link PartitionIndex}: recall against an exact
 * scan on random and clustered vectors, next to jvector's walk of the same graph; the accept test; concurrent
 * inserts; the visited stamps' growth and wrap-around; the packed keys and the heap.
 */
class GraphWalkerTest {

    private static final Bits ALL = ord -> true;

    private static float[] unit(Random rnd, int dim) {
        float[] v = new float[dim];
        for (int i = 0; i < dim; i++) {
            v[i] = (float) rnd.nextGaussian();
        }
        VectorMath.normalize(v);
        return v;
    }

    /** n vectors: random, or copies of n/25 random centres with noise (the hard case for a graph). */
    private static float[][] vectors(int n, int dim, boolean clustered, long seed) {
        Random rnd = new Random(seed);
        int centres = Math.max(1, n / 25);
        float[][] c = new float[centres][];
        for (int i = 0; i < centres; i++) {
            c[i] = unit(rnd, dim);
        }
        float[][] v = new float[n][];
        for (int i = 0; i < n; i++) {
            if (!clustered) {
                v[i] = unit(rnd, dim);
                continue;
            }
            float[] x = c[i % centres].clone();
            for (int d = 0; d < dim; d++) {
                x[d] += (float) (rnd.nextGaussian() * 0.05);
            }
            VectorMath.normalize(x);
            v[i] = x;
        }
        return v;
    }

    private static PartitionIndex.Options opts(int bitRerank, boolean prefetch) {
        return new PartitionIndex.Options(bitRerank, PartitionIndex.BIT_MARGIN, prefetch);
    }

    private static Node node(float[] v, int i) {
        return new Node(new CacheEntry("p", "t" + i, Embedding.of(v), "a" + i, "m", null), v, Long.MAX_VALUE, i);
    }

    private static PartitionIndex index(float[][] v) {
        PartitionIndex index = new PartitionIndex(v[0].length, true);
        for (int i = 0; i < v.length; i++) {
            assertThat(index.reserve(node(v[i], i))).isEqualTo(i);
        }
        IntStream.range(0, v.length).parallel().forEach(index::insert);
        return index;
    }

    private static int exactBest(float[][] v, float[] q, Bits accept) {
        int best = -1;
        double bestSim = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            double s = VectorMath.dot(q, 0, v[i], 0, q.length);
            if (accept.get(i) && s > bestSim) {
                bestSim = s;
                best = i;
            }
        }
        return best;
    }

    /** The ordinal with the best exact score among those the search returned. */
    private static int bestOf(float[][] v, float[] q, int[] ords) {
        int best = -1;
        double bestSim = Double.NEGATIVE_INFINITY;
        for (int o : ords) {
            double s = VectorMath.dot(q, 0, v[o], 0, q.length);
            if (s > bestSim) {
                bestSim = s;
                best = o;
            }
        }
        return best;
    }

    private static float[] near(float[] v, Random rnd, double sigma) {
        float[] q = v.clone();
        for (int d = 0; d < q.length; d++) {
            q[d] += (float) (rnd.nextGaussian() * sigma);
        }
        VectorMath.normalize(q);
        return q;
    }

    /**
     * recall@1 of every walk (at its ordinal) and their mean nodes scored (at the walk count plus the ordinal),
     * over queries near random stored vectors.
     */
    private static double[] recall(PartitionIndex index, float[][] v, GraphScoring scoring, int beam, long seed) {
        Random rnd = new Random(seed);
        int walks = GraphWalk.values().length;
        double[] out = new double[2 * walks];
        int queries = 200;
        for (int i = 0; i < queries; i++) {
            float[] q = near(v[rnd.nextInt(v.length)], rnd, 0.08);
            int truth = exactBest(v, q, ALL);
            for (GraphWalk walk : GraphWalk.values()) {
                PartitionIndex.Hits h = index.search(q, 16, beam, scoring, walk, ALL, opts(beam, false)); // BIT: re-rank the beam
                int w = walk.ordinal();
                out[w] += bestOf(v, q, h.ords()) == truth ? 1.0 / queries : 0;
                out[walks + w] += (double) h.visited() / queries;
            }
        }
        return out;
    }

    @Test
    void theDirectWalkFindsTheExactNearestAsOftenAsJvectorsOnRandomAndClusteredVectors() {
        for (boolean clustered : new boolean[] {false, true}) {
            float[][] v = vectors(3000, 48, clustered, clustered ? 11 : 12);
            PartitionIndex index = index(v);
            for (GraphScoring scoring : GraphScoring.values()) {
                double[] r = recall(index, v, scoring, 64, 13);
                String what = (clustered ? "clustered" : "random") + ", " + scoring;
                assertThat(r[0]).as("direct recall@1, " + what).isGreaterThanOrEqualTo(0.9);
                assertThat(r[0]).as("direct against jvector recall@1, " + what).isGreaterThanOrEqualTo(r[1] - 0.02);
                int w = GraphWalk.values().length;
                assertThat(r[w]).as("direct nodes scored against jvector's, " + what).isBetween(0.9 * r[w + 1], 1.1 * r[w + 1]);
                assertThat(r[w]).as("a graph search scores far fewer nodes than a scan, " + what).isLessThan(v.length / 2.0);

            }
        }
    }

    @Test
    void rejectedNodesAreNeverReturnedAndTheBestAcceptedOneIs() {
        float[][] v = vectors(2000, 32, true, 21);
        PartitionIndex index = index(v);
        Bits evenOnly = ord -> ord % 2 == 0; // half the nodes are removed or expired: stepping stones only
        for (GraphScoring scoring : new GraphScoring[] {GraphScoring.INT8, GraphScoring.BIT, GraphScoring.BIT_INT8}) {
            for (int variant = 0; variant < 4; variant++) {
                boolean prefetch = variant % 2 == 1;
                GraphWalk walk = variant < 2 ? GraphWalk.DIRECT : GraphWalk.JVECTOR;
                String what = scoring + ", " + walk + ", prefetch " + prefetch;
                Random rnd = new Random(22);
                int found = 0;
                for (int i = 0; i < 200; i++) {
                    float[] q = near(v[rnd.nextInt(v.length)], rnd, 0.05);
                    PartitionIndex.Hits h = index.search(q, 8, 64, scoring, walk, evenOnly, opts(64, prefetch));
                    assertThat(h.ords()).as(what).hasSize(8);
                    assertThat(Arrays.stream(h.ords()).boxed().toList()).as(what).allMatch(o -> o % 2 == 0);
                    assertThat(new HashSet<>(Arrays.stream(h.ords()).boxed().toList())).as("distinct, " + what).hasSize(8);
                    found += bestOf(v, q, h.ords()) == exactBest(v, q, evenOnly) ? 1 : 0;
                }
                assertThat(found).as("queries whose best accepted node was found, " + what).isGreaterThanOrEqualTo(180);
                Bits none = ord -> false;
                assertThat(index.search(v[0], 8, 64, scoring, walk, none, opts(64, prefetch)).ords()).isEmpty();
            }
        }
    }

    @Test
    void patienceOffOrNeverRunningOutWalksExactlyAsWithoutItAndASmallOneStopsEarlierOnTheSamePath() {
        float[][] v = vectors(4000, 64, true, 50);
        PartitionIndex index = index(v);
        Random rnd = new Random(51);
        long fullScored = 0;
        long patientScored = 0;
        int settled = 0;
        int foundFull = 0;
        int foundPatient = 0;
        int queries = 200;
        for (int i = 0; i < queries; i++) {
            float[] q = near(v[rnd.nextInt(v.length)], rnd, 0.05);
            for (GraphScoring scoring : new GraphScoring[] {GraphScoring.EXACT, GraphScoring.INT8, GraphScoring.BIT}) {
                PartitionIndex.Hits before = index.search(q, 16, 256, scoring, GraphWalk.DIRECT, ALL,
                        new PartitionIndex.Options(64, PartitionIndex.BIT_MARGIN, false));
                for (int patience : new int[] {0, 100_000}) {
                    PartitionIndex.Hits h = index.search(q, 16, 256, scoring, GraphWalk.DIRECT, ALL,
                            new PartitionIndex.Options(64, PartitionIndex.BIT_MARGIN, false, patience));
                    String what = scoring + ", patience " + patience;
                    assertThat(h.visited()).as(what).isEqualTo(before.visited());
                    assertThat(Arrays.stream(h.ords()).sorted().toArray()).as(what)
                            .isEqualTo(Arrays.stream(before.ords()).sorted().toArray());
                    assertThat(h.settled()).as(what).isFalse();
                }
            }
            PartitionIndex.Hits full = index.search(q, 16, 256, GraphScoring.INT8, GraphWalk.DIRECT, ALL);
            PartitionIndex.Hits patient = index.search(q, 16, 256, GraphScoring.INT8, GraphWalk.DIRECT, ALL,
                    new PartitionIndex.Options(64, PartitionIndex.BIT_MARGIN, true, 4));
            assertThat(patient.visited()).as("a patient walk is a prefix of the full one").isLessThanOrEqualTo(full.visited());
            assertThat(patient.ords()).hasSize(16);
            fullScored += full.visited();
            patientScored += patient.visited();
            settled += patient.settled() ? 1 : 0;
            int truth = exactBest(v, q, ALL);
            foundFull += bestOf(v, q, full.ords()) == truth ? 1 : 0;
            foundPatient += bestOf(v, q, patient.ords()) == truth ? 1 : 0;
        }
        assertThat(settled).as("searches patience ended").isGreaterThan(queries / 2);
        assertThat(patientScored).as("nodes scored with patience 4").isLessThan(fullScored * 3 / 4);
        assertThat(foundPatient).as("recall@1 of 200 with patience 4").isGreaterThanOrEqualTo(180);
    }

    private static PartitionIndex.Options seeds(int entrySeeds) {
        return new PartitionIndex.Options(64, PartitionIndex.BIT_MARGIN, false, 0, 0, Float.POSITIVE_INFINITY, entrySeeds);
    }

    @Test
    void oneEntrySeedWalksExactlyAsTheDefaultAndMoreSeedsStartElsewhereWithoutServingARejectedNode() {
        float[][] v = vectors(6000, 32, true, 52);
        PartitionIndex index = index(v);
        Bits evenOnly = ord -> ord % 2 == 0;
        Random rnd = new Random(53);
        int differ = 0;
        int foundDefault = 0;
        int foundSeeded = 0;
        for (int i = 0; i < 200; i++) {
            float[] q = near(v[rnd.nextInt(v.length)], rnd, 0.05);
            for (GraphScoring scoring : new GraphScoring[] {GraphScoring.EXACT, GraphScoring.INT8, GraphScoring.BIT_INT8}) {
                PartitionIndex.Hits before = index.search(q, 16, 64, scoring, GraphWalk.DIRECT, evenOnly, opts(64, false));
                PartitionIndex.Hits one = index.search(q, 16, 64, scoring, GraphWalk.DIRECT, evenOnly, seeds(1));
                assertThat(one.visited()).as(scoring + ", one seed").isEqualTo(before.visited());
                assertThat(Arrays.stream(one.ords()).sorted().toArray()).as(scoring + ", one seed")
                        .isEqualTo(Arrays.stream(before.ords()).sorted().toArray());
            }
            PartitionIndex.Hits plain = index.search(q, 16, 32, GraphScoring.INT8, GraphWalk.DIRECT, evenOnly, seeds(1));
            PartitionIndex.Hits seeded = index.search(q, 16, 32, GraphScoring.INT8, GraphWalk.DIRECT, evenOnly, seeds(16));
            assertThat(seeded.ords()).hasSize(16);
            assertThat(Arrays.stream(seeded.ords()).boxed().toList()).as("only accepted nodes").allMatch(o -> o % 2 == 0);
            differ += seeded.visited() != plain.visited() ? 1 : 0;
            int truth = exactBest(v, q, evenOnly);
            foundDefault += bestOf(v, q, plain.ords()) == truth ? 1 : 0;
            foundSeeded += bestOf(v, q, seeded.ords()) == truth ? 1 : 0;
        }
        assertThat(differ).as("searches whose nodes scored changed with 16 seeds").isGreaterThan(100);
        assertThat(foundSeeded).as("recall@1 of 200 with 16 seeds against one").isGreaterThanOrEqualTo(foundDefault - 4);
        assertThat(index.search(v[0], 4, 16, GraphScoring.INT8, GraphWalk.DIRECT, ord -> false, seeds(8)).ords()).isEmpty();
        assertThat(new PartitionIndex(8).search(new float[8], 4, 16, GraphScoring.INT8, GraphWalk.DIRECT, ALL, seeds(8))
                .visited()).as("an empty graph").isZero();
    }

    @Test
    void entrySeedsOutsideTheirRangeAreRefusedWithTheValue() {
        for (int bad : new int[] {0, -1, GraphWalker.MAX_ENTRY_SEEDS + 1}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> seeds(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("entry seeds must be in [1, " + GraphWalker.MAX_ENTRY_SEEDS + "], was " + bad);
        }
        assertThat(seeds(GraphWalker.MAX_ENTRY_SEEDS).entrySeeds()).isEqualTo(GraphWalker.MAX_ENTRY_SEEDS);
        assertThat(opts(64, false).entrySeeds()).as("the default").isEqualTo(1);
    }

    @Test
    void prefetchingChangesNoResult() {
        float[][] v = vectors(3000, 64, true, 23);
        PartitionIndex index = index(v);
        Random rnd = new Random(24);
        for (int i = 0; i < 100; i++) {
            float[] q = near(v[rnd.nextInt(v.length)], rnd, 0.05);
            for (GraphScoring scoring : GraphScoring.values()) {
                PartitionIndex.Hits off = index.search(q, 8, 64, scoring, GraphWalk.DIRECT, ALL, opts(32, false));
                PartitionIndex.Hits on = index.search(q, 8, 64, scoring, GraphWalk.DIRECT, ALL, opts(32, true));
                assertThat(on.visited()).as(scoring.toString()).isEqualTo(off.visited());
                assertThat(Arrays.stream(on.ords()).sorted().toArray()).as(scoring.toString())
                        .isEqualTo(Arrays.stream(off.ords()).sorted().toArray());
            }
        }
    }

    @Test
    void aBitWalkWithAnInt8ReRankFindsTheExactNearestAtRealDimensions() {
        for (boolean clustered : new boolean[] {false, true}) {
            float[][] v = vectors(3000, 384, clustered, clustered ? 25 : 26);
            PartitionIndex index = index(v);
            Random rnd = new Random(27);
            int found = 0;
            int queries = 200;
            for (int i = 0; i < queries; i++) {
                float[] q = near(v[rnd.nextInt(v.length)], rnd, 0.05);
                PartitionIndex.Hits h = index.search(q, 16, 64, GraphScoring.BIT, GraphWalk.DIRECT, ALL, opts(64, false));
                assertThat(h.ords()).hasSize(16);
                found += bestOf(v, q, h.ords()) == exactBest(v, q, ALL) ? 1 : 0;
            }
            assertThat(found).as("recall@1 of 200, " + (clustered ? "clustered" : "random")).isGreaterThanOrEqualTo(190);
        }
    }

    @Test
    void aBitScreenWithAWideMarginWalksLikeInt8AndANarrowOneScoresFewerNodesWithInt8() {
        float[][] v = vectors(3000, 384, true, 28);
        PartitionIndex index = index(v);
        Random rnd = new Random(29);
        int foundInt8 = 0;
        int foundScreened = 0;
        long reached = 0;
        long fine = 0;
        for (int i = 0; i < 200; i++) {
            float[] q = near(v[rnd.nextInt(v.length)], rnd, 0.05);
            PartitionIndex.Hits int8 = index.search(q, 16, 64, GraphScoring.INT8, GraphWalk.DIRECT, ALL);
            PartitionIndex.Hits wide = index.search(q, 16, 64, GraphScoring.BIT_INT8, GraphWalk.DIRECT, ALL,
                    new PartitionIndex.Options(1, 4f, false)); // no one-bit score is 4 below a cosine
            assertThat(wide.visited()).isEqualTo(int8.visited());
            assertThat(wide.fine()).isEqualTo(int8.visited());
            assertThat(Arrays.stream(wide.ords()).sorted().toArray()).isEqualTo(Arrays.stream(int8.ords()).sorted().toArray());
            PartitionIndex.Hits screened = index.search(q, 16, 64, GraphScoring.BIT_INT8, GraphWalk.DIRECT, ALL,
                    new PartitionIndex.Options(1, 0.1f, false));
            reached += screened.visited();
            fine += screened.fine();
            int truth = exactBest(v, q, ALL);
            foundInt8 += bestOf(v, q, int8.ords()) == truth ? 1 : 0;
            foundScreened += bestOf(v, q, screened.ords()) == truth ? 1 : 0;
        }
        assertThat(fine).as("int8 scores of the screened walk").isLessThan(reached);
        assertThat(foundScreened).as("recall of the screened walk against int8's").isGreaterThanOrEqualTo(foundInt8 - 6);
        assertThat(foundScreened).isGreaterThanOrEqualTo(180);
    }

    @Test
    void anIndexWithoutOneBitCodesWalksInt8WhenAskedForThem() {
        float[][] v = vectors(1000, 64, true, 30);
        PartitionIndex index = new PartitionIndex(64);
        for (int i = 0; i < v.length; i++) {
            index.reserve(node(v[i], i));
            index.insert(i);
        }
        float[] q = near(v[5], new Random(31), 0.05);
        PartitionIndex.Hits int8 = index.search(q, 8, 64, GraphScoring.INT8, GraphWalk.DIRECT, ALL);
        for (GraphScoring scoring : new GraphScoring[] {GraphScoring.BIT, GraphScoring.BIT_INT8}) {
            PartitionIndex.Hits h = index.search(q, 8, 64, scoring, GraphWalk.DIRECT, ALL);
            assertThat(h.visited()).isEqualTo(int8.visited());
            assertThat(Arrays.stream(h.ords()).sorted().toArray()).isEqualTo(Arrays.stream(int8.ords()).sorted().toArray());
        }
    }

    @Test
    void anEmptyGraphReturnsNothing() {
        PartitionIndex index = new PartitionIndex(8, true);
        PartitionIndex.Hits h = index.search(new float[8], 4, 16, GraphScoring.INT8, GraphWalk.DIRECT, ALL);
        assertThat(h.ords()).isEmpty();
        assertThat(h.visited()).isZero();
    }

    @Test
    void searchesRunWhileInsertsHandOutOrdinalsBeyondTheVisitedArray() throws Exception {
        int dim = 16;
        float[][] v = vectors(6_000, dim, true, 31);
        PartitionIndex index = new PartitionIndex(dim, true);
        for (int i = 0; i < 200; i++) {
            index.reserve(node(v[i], i));
            index.insert(i);
        }
        AtomicInteger inserted = new AtomicInteger(200);
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 200; i < v.length; i++) {
                    index.reserve(node(v[i], i));
                    index.insert(i);
                    inserted.set(i + 1);
                }
                done.set(true);
                return null;
            });
            List<Future<Integer>> readers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                long seed = 40 + t;
                GraphScoring scoring = t == 0 ? GraphScoring.INT8 : GraphScoring.BIT;
                readers.add(pool.submit(() -> searchUntil(index, v, done, inserted, seed, scoring)));
            }
            writer.get();
            for (Future<Integer> r : readers) {
                assertThat(r.get()).as("searches made during the inserts").isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(index.walkerBytes()).as("a pooled walker grew its visited array past its first chunk")
                .isGreaterThan(4L * GraphWalker.STAMP_CHUNK);
        for (GraphScoring scoring : GraphScoring.values()) {
            double[] r = recall(index, v, scoring, 64, 33);
            assertThat(r[0]).as("recall@1 once the inserts are done, " + scoring).isGreaterThanOrEqualTo(0.9);
        }
    }

    /** Searches until the writer is done; every ordinal returned must be one the writer had reserved. */
    private static int searchUntil(PartitionIndex index, float[][] v, AtomicBoolean done, AtomicInteger inserted, long seed,
                                   GraphScoring scoring) {
        Random rnd = new Random(seed);
        int searches = 0;
        while (!done.get() || searches == 0) {
            float[] q = near(v[rnd.nextInt(v.length)], rnd, 0.05);
            GraphScoring s = searches % 2 == 0 ? scoring : GraphScoring.BIT_INT8;
            PartitionIndex.Hits h = index.search(q, 4, 32, s, GraphWalk.DIRECT, ALL, opts(16, seed % 2 == 1));
            int bound = index.reserved();
            assertThat(Arrays.stream(h.ords()).boxed().toList()).allMatch(o -> o >= 0 && o < bound && index.node(o) != null);
            assertThat(inserted.get()).isPositive();
            searches++;
        }
        return searches;
    }

    @Test
    void theVisitedArrayGrowsAndTheGenerationWrapsWithoutLosingTheVisitedSet() throws Exception {
        float[][] v = vectors(2 * GraphWalker.STAMP_CHUNK, 16, false, 51);
        PartitionIndex index = index(v);
        java.lang.reflect.Field f = PartitionIndex.class.getDeclaredField("graph");
        f.setAccessible(true);
        OnHeapGraphIndex graph = (OnHeapGraphIndex) f.get(index);
        GraphWalker walker = new GraphWalker(1); // far too small: the search grows it
        assertThat(walker.stampBytes()).isEqualTo(4L * GraphWalker.STAMP_CHUNK);
        GraphWalker.BatchScorer exact = (q, ords, n, out) -> {
            for (int i = 0; i < n; i++) {
                out[i] = (float) VectorMath.dot(q, 0, v[ords[i]], 0, q.length);
            }
        };
        Random rnd = new Random(52);
        int found = 0;
        for (int round = 0; round < 3; round++) {
            if (round == 1) {
                walker.generation(Integer.MAX_VALUE - 1); // the next search uses MAX_VALUE, the one after wraps
            }
            for (int i = 0; i < 20; i++) {
                float[] q = near(v[rnd.nextInt(v.length)], rnd, 0.05);
                int scored = walker.search(graph, exact, q, 64, ALL);
                assertThat(scored).isBetween(1, v.length);
                walker.keepBest(1);
                assertThat(walker.resultCount()).isEqualTo(1);
                found += walker.resultOrd(0) == exactBest(v, q, ALL) ? 1 : 0;
                assertThat(walker.resultScore(0)).isEqualTo((float) VectorMath.dot(q, 0, v[walker.resultOrd(0)], 0, q.length));
            }
            assertThat(found).as("exact nearest found, through round " + round).isGreaterThanOrEqualTo(18 * (round + 1));
        }
        assertThat(walker.stampBytes()).as("grown to cover every ordinal").isGreaterThanOrEqualTo(4L * v.length);
        Set<Integer> seen = new HashSet<>();
        float[] q = v[7];
        int scored = walker.search(graph, (qq, ords, n, out) -> {
            for (int i = 0; i < n; i++) {
                assertThat(seen.add(ords[i])).as("ordinal " + ords[i] + " scored twice in one search").isTrue();
                out[i] = (float) VectorMath.dot(qq, 0, v[ords[i]], 0, qq.length);
            }
        }, q, 200, ALL);
        assertThat(seen).hasSize(scored);
    }

    @Test
    void packedKeysSortLikeTheirScoresAndKeepTheOrdinal() {
        Random rnd = new Random(61);
        float[] special = {0f, -0f, 1f, -1f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE};
        for (int i = 0; i < 10_000; i++) {
            float a = i < special.length ? special[i] : (float) rnd.nextGaussian();
            float b = i < special.length ? special[(i + 3) % special.length] : (float) rnd.nextGaussian();
            int oa = rnd.nextInt(Integer.MAX_VALUE);
            int ob = rnd.nextInt(Integer.MAX_VALUE);
            long ka = GraphWalker.pack(a, oa);
            long kb = GraphWalker.pack(b, ob);
            assertThat(GraphWalker.score(ka)).isEqualTo(a);
            assertThat(GraphWalker.ord(ka)).isEqualTo(oa);
            if (Float.compare(a, b) != 0 && a != b) {
                assertThat(Long.compare(ka, kb)).as(a + " vs " + b).isEqualTo(Float.compare(a, b));
            }
        }
    }

    @Test
    void theLongHeapPollsInOrder() {
        Random rnd = new Random(71);
        LongMinHeap heap = new LongMinHeap(2);
        PriorityQueue<Long> reference = new PriorityQueue<>();
        for (int i = 0; i < 20_000; i++) {
            int op = rnd.nextInt(5);
            if (op < 3 || heap.size() == 0) {
                long k = rnd.nextLong();
                heap.push(k);
                reference.add(k);
            } else if (op == 3) {
                assertThat(heap.poll()).isEqualTo(reference.poll());
            } else {
                long k = rnd.nextLong();
                reference.poll();
                reference.add(k);
                heap.replaceTop(k);
            }
            assertThat(heap.size()).isEqualTo(reference.size());
            if (heap.size() > 0) {
                assertThat(heap.peek()).isEqualTo(reference.peek());
            }
        }
        heap.clear();
        assertThat(heap.size()).isZero();
    }
}
