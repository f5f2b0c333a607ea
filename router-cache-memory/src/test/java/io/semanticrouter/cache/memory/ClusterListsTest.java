package io.semanticrouter.cache.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.semanticrouter.VectorMath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ClusterListsTest {

    static final int DIM = 32;

    static float[][] vectors(int n, long seed) {
        Random r = new Random(seed);
        float[][] v = new float[n][DIM];
        for (float[] x : v) {
            for (int d = 0; d < DIM; d++) {
                x[d] = (float) r.nextGaussian();
            }
            VectorMath.normalize(x);
        }
        return v;
    }

    static int exactBest(float[][] v, float[] q) {
        int best = -1;
        double bs = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            double s = VectorMath.dot(q, 0, v[i], 0, DIM);
            if (s > bs) {
                bs = s;
                best = i;
            }
        }
        return best;
    }

    static PartitionIndex.Hits search(ClusterLists c, float[][] v, float[] q, int k, int probes) {
        return search(c, v, q, k, probes, ClusterLists.GROUP_PROBES);
    }

    static PartitionIndex.Hits search(ClusterLists c, float[][] v, float[] q, int k, int probes, int groups) {
        return c.search(q, k, probes, groups, probes, Float.POSITIVE_INFINITY, ord -> true, ord -> v[ord]);
    }

    /** A search that may stop on a hit at {@code bar} after {@code hitProbes} lists. */
    static PartitionIndex.Hits hitSearch(ClusterLists c, float[][] v, float[] q, int probes, int hitProbes, float bar) {
        return c.search(q, 4, probes, ClusterLists.GROUP_PROBES, hitProbes, bar, ord -> true, ord -> v[ord]);
    }

    @Test
    void untrainedListIsScannedWhole() {
        float[][] v = vectors(300, 1);
        ClusterLists c = new ClusterLists(DIM);
        for (int i = 0; i < v.length; i++) {
            c.add(i, v[i]);
        }
        assertThat(c.centroids()).isZero();
        PartitionIndex.Hits h = search(c, v, v[123], 1, 1);
        assertThat(h.ords()).containsExactly(123);
        assertThat(h.fine()).isEqualTo(300);
    }

    @Test
    void trainingKeepsEveryVectorAndAllProbesGiveTheExactNearest() {
        float[][] v = vectors(5000, 2); // more than one 4,096-entry chunk if a list is long
        ClusterLists c = new ClusterLists(DIM);
        for (int i = 0; i < 2000; i++) {
            c.add(i, v[i]);
        }
        c.train(v, 7);
        for (int i = 2000; i < v.length; i++) {
            c.add(i, v[i]);
        }
        assertThat(c.centroids()).isEqualTo(ClusterLists.centroidsFor(5000));
        assertThat(c.trainedOn()).isEqualTo(5000);
        PartitionIndex.Hits all = search(c, v, v[0], 5000, c.centroids());
        assertThat(all.fine()).isEqualTo(5000);
        Set<Integer> seen = new HashSet<>();
        for (int ord : all.ords()) {
            seen.add(ord);
        }
        assertThat(seen).hasSize(5000); // each vector once: none lost or doubled by the move into the lists
        float[][] queries = vectors(50, 3);
        for (float[] q : queries) {
            PartitionIndex.Hits h = search(c, v, q, 16, c.centroids());
            assertThat(h.ords()).contains(exactBest(v, q));
        }
    }

    @Test
    void fewProbesScanFewerVectorsAndStillFindAStoredVector() {
        float[][] v = vectors(4000, 4);
        ClusterLists c = new ClusterLists(DIM);
        c.train(v, 7);
        for (int i = 0; i < v.length; i++) {
            c.add(i, v[i]);
        }
        PartitionIndex.Hits h = search(c, v, v[42], 4, 2);
        assertThat(h.ords()[0]).isEqualTo(42);
        assertThat(h.fine()).isLessThan(4000 / 4);
    }

    @Test
    void rejectedOrdinalsAreNeverReturned() {
        float[][] v = vectors(1000, 5);
        ClusterLists c = new ClusterLists(DIM);
        c.train(v, 7);
        for (int i = 0; i < v.length; i++) {
            c.add(i, v[i]);
        }
        PartitionIndex.Hits h = c.search(v[10], 8, c.centroids(), ClusterLists.GROUP_PROBES, c.centroids(),
                Float.POSITIVE_INFINITY,
                ord -> ord % 2 == 1, ord -> v[ord]);
        assertThat(h.ords()).hasSize(8).doesNotContain(10);
        assertThat(java.util.Arrays.stream(h.ords()).allMatch(o -> o % 2 == 1)).isTrue();
    }

    @Test
    void aHitStopsTheScanAfterTheHitProbes() {
        float[][] v = vectors(4000, 6);
        ClusterLists c = new ClusterLists(DIM);
        c.train(v, 7);
        for (int i = 0; i < v.length; i++) {
            c.add(i, v[i]);
        }
        int probes = 32;
        PartitionIndex.Hits stopped = hitSearch(c, v, v[7], probes, 2, 0.99f);
        PartitionIndex.Hits full = hitSearch(c, v, v[7], probes, probes, 0.99f);
        assertThat(stopped.settled()).isTrue();
        assertThat(stopped.hitChecks()).isPositive();
        assertThat(stopped.ords()[0]).isEqualTo(7);
        assertThat(stopped.fine()).isLessThan(full.fine());
        assertThat(full.settled()).isFalse();
        // a query below the bar scans every probed list
        PartitionIndex.Hits miss = hitSearch(c, v, vectors(1, 8)[0], probes, 2, 0.99f);
        assertThat(miss.settled()).isFalse();
        assertThat(miss.fine()).isGreaterThan(stopped.fine());
    }

    @Test
    void trainingTwiceIsRefusedAndNoVectorsMeansNoTraining() {
        ClusterLists c = new ClusterLists(DIM);
        c.train(new float[][] {null}, 1);
        assertThat(c.centroids()).isZero();
        c.train(vectors(100, 9), 1);
        assertThatThrownBy(() -> c.train(vectors(100, 9), 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("trained already");
    }

    @Test
    void addsDuringTrainingAreNeitherLostNorDoubled() throws Exception {
        float[][] v = vectors(6000, 10);
        ClusterLists c = new ClusterLists(DIM);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int from = t;
                fs.add(pool.submit(() -> {
                    for (int i = from; i < v.length; i += 2) {
                        c.add(i, v[i]);
                    }
                }));
            }
            c.train(java.util.Arrays.copyOf(v, 3000), 11);
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        PartitionIndex.Hits all = search(c, v, v[0], v.length, c.centroids());
        Set<Integer> seen = new HashSet<>();
        for (int ord : all.ords()) {
            seen.add(ord);
        }
        assertThat(all.fine()).isEqualTo(v.length);
        assertThat(seen).hasSize(v.length);
    }

    @Test
    void groupedCentroidsScoreFewerCentroidsAndStillFindStoredVectors() {
        float[][] v = vectors(5000, 12);
        ClusterLists flat = new ClusterLists(DIM, Integer.MAX_VALUE, 4);
        ClusterLists grouped = new ClusterLists(DIM, 16, 4); // 283 centroids in 17 groups; 4 groups opened
        for (ClusterLists c : List.of(flat, grouped)) {
            c.train(v, 7);
            for (int i = 0; i < v.length; i++) {
                c.add(i, v[i]);
            }
        }
        int found = 0;
        long flatVisited = 0;
        long groupedVisited = 0;
        for (int i = 0; i < 200; i++) {
            PartitionIndex.Hits f = search(flat, v, v[i], 1, 4);
            PartitionIndex.Hits g = search(grouped, v, v[i], 1, 4, 4);
            assertThat(f.ords()).containsExactly(i);
            found += g.ords().length == 1 && g.ords()[0] == i ? 1 : 0;
            flatVisited += f.visited() - f.fine();
            groupedVisited += g.visited() - g.fine();
        }
        assertThat(found).as("stored vectors found through 4 of 17 groups").isGreaterThanOrEqualTo(190);
        assertThat(groupedVisited).as("centroids scored").isLessThan(flatVisited / 2);
        // asking for half the lists or more scores every centroid, so all lists give the exact nearest
        float[] q = vectors(1, 13)[0];
        assertThat(search(grouped, v, q, 16, grouped.centroids()).ords()).contains(exactBest(v, q));
    }

    @Test
    void centroidsFollowFourTimesTheSquareRoot() {
        assertThat(ClusterLists.centroidsFor(0)).isEqualTo(1);
        assertThat(ClusterLists.centroidsFor(10_000)).isEqualTo(400);
        assertThat(ClusterLists.centroidsFor(1_000_000)).isEqualTo(4000);
        assertThat(ClusterLists.centroidsFor(Integer.MAX_VALUE)).isEqualTo(ClusterLists.MAX_CENTROIDS);
    }
}
