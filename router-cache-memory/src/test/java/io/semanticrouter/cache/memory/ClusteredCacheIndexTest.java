package io.semanticrouter.cache.memory;

import static io.semanticrouter.cache.memory.InMemorySemanticCacheIndexTest.top;
import static io.semanticrouter.cache.memory.InMemorySemanticCacheIndexTest.vectors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.semanticrouter.CacheEntry;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.CacheResult;
import io.semanticrouter.Embedding;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The clusters index inside the cache: training as the partition grows, and what it never serves. */
class ClusteredCacheIndexTest {

    private final AtomicLong now = new AtomicLong();

    /** Waits for background builds; the deadline is wide because the machine may be busy. */
    private static void awaitBuilt(InMemorySemanticCache cache, String partition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while ((!cache.isIndexed(partition) || cache.isIndexBuilding(partition)) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(cache.isIndexBuilding(partition)).as("build of " + partition + " done").isFalse();
    }

    /** The vector with a little noise, re-normalised: a cosine of about 0.998 to it. */
    private static Embedding nudged(Embedding e, Random rnd) {
        float[] x = e.vector().clone();
        for (int d = 0; d < x.length; d++) {
            x[d] += (float) (0.01 * rnd.nextGaussian());
        }
        io.semanticrouter.VectorMath.normalize(x);
        return Embedding.of(x);
    }

    private InMemorySemanticCache.Builder builder() {
        return InMemorySemanticCache.builder().ticker(now::get).similarityThreshold(0.95).annIndex(AnnIndex.CLUSTERS);
    }

    @Test
    void theIndexTrainsAtTheThresholdAndAgainAsThePartitionDoubles() throws Exception {
        List<Embedding> v = vectors(2000, 48, 1);
        try (InMemorySemanticCache cache = builder().indexThreshold(300).build()) {
            for (int i = 0; i < 400; i++) {
                cache.store(new CacheEntry("big", "t" + i, v.get(i), "a" + i, "m", null));
            }
            awaitBuilt(cache, "big");
            int first = cache.clusterTrainedOn("big");
            assertThat(first).isBetween(300, 400);
            for (int i = 400; i < 2000; i++) {
                cache.store(new CacheEntry("big", "t" + i, v.get(i), "a" + i, "m", null));
            }
            cache.store(new CacheEntry("small", "t0", v.get(0), "s0", "m", null));
            awaitBuilt(cache, "big");
            assertThat(cache.clusterTrainedOn("big")).as("trained again as it grew").isGreaterThanOrEqualTo(3 * first / 2);
            assertThat(cache.isIndexed("small")).isFalse();
            long scored = cache.graphNodesVisited();
            for (int i = 0; i < 2000; i++) {
                assertThat(top(cache, "big", v.get(i)).entry().orElseThrow().response()).isEqualTo("a" + i);
            }
            assertThat(cache.graphNodesVisited() - scored).as("scored through the lists").isGreaterThanOrEqualTo(2000);
            assertThat(cache.graphBytes()).as("codes of 2,000 vectors").isGreaterThan(2000L * 52);
            assertThat(top(cache, "small", v.get(0)).entry().orElseThrow().response()).isEqualTo("s0");
        }
    }

    @Test
    void expiredReplacedAndEvictedEntriesAreNeverServed() {
        List<Embedding> v = vectors(300, 32, 2);
        try (InMemorySemanticCache cache = builder().indexThreshold(0).maxEntries(200).evictionPolicy(EvictionPolicy.FIFO)
                .build()) {
            for (int i = 0; i < 300; i++) { // ttl 1000 + i seconds; the first 100 are evicted (FIFO) when 200..299 arrive
                cache.store(new CacheEntry("p", "t" + i, v.get(i), "old" + i, "m", null, Duration.ofSeconds(1000 + i)));
            }
            for (int i = 250; i < 300; i++) {
                cache.store(new CacheEntry("p", "t" + i, v.get(i), "new" + i, "m", null, Duration.ofSeconds(1000 + i)));
            }
            now.set(Duration.ofMillis(1_199_500).toNanos()); // 100..199 have expired
            for (int i = 0; i < 300; i++) {
                String expected = i < 200 ? null : (i < 250 ? "old" : "new") + i;
                assertThat(top(cache, "p", v.get(i)).entry().map(CacheEntry::response).orElse(null)).as("entry " + i)
                        .isEqualTo(expected);
            }
            assertThat(cache.stats().evictions()).isEqualTo(100);
        }
    }

    @Test
    void manyReplacementsRebuildTheListsAndOnlyTheLatestVersionIsServed() throws Exception {
        List<Embedding> v = vectors(100, 32, 3);
        try (InMemorySemanticCache cache = builder().indexThreshold(0).build()) {
            Random noise = new Random(4);
            for (int round = 0; round < 40; round++) { // 4,000 list entries for 100 live ones: a rebuild is due
                for (int i = 0; i < 100; i++) { // a slightly different vector each time, so each gets a new ordinal
                    cache.store(new CacheEntry("p", "t" + i, nudged(v.get(i), noise), i + "@" + round, "m", null));
                }
            }
            awaitBuilt(cache, "p");
            assertThat(cache.indexBuilds()).as("rebuilt to drop the replaced entries").isGreaterThanOrEqualTo(2);
            // trained on the entries live at the last build (replacements racing with it are left out)
            assertThat(cache.clusterTrainedOn("p")).isBetween(64, 100);
            for (int i = 0; i < 100; i++) {
                assertThat(top(cache, "p", v.get(i)).entry().orElseThrow().response()).isEqualTo(i + "@39");
            }
            assertThat(cache.search(new CacheQuery("p", "q", v.get(0)), 10))
                    .filteredOn(CacheResult::isHit).hasSize(1); // no stale copy of the same question
        }
    }

    @Test
    void probesAreValidatedAndHaveDefaults() {
        InMemorySemanticCache cache = InMemorySemanticCache.builder().build();
        assertThat(cache.annIndex()).isEqualTo(AnnIndex.GRAPH);
        assertThat(cache.clusterProbes()).isEqualTo(InMemorySemanticCache.DEFAULT_CLUSTER_PROBES);
        assertThat(cache.clusterHitProbes()).isEqualTo(InMemorySemanticCache.DEFAULT_CLUSTER_HIT_PROBES);
        assertThatThrownBy(() -> cache.clusterProbes(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clusterProbes").hasMessageContaining("0");
        assertThatThrownBy(() -> cache.clusterHitProbes(65_537)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("65537");
        assertThat(cache.clusterGroupProbes()).isEqualTo(ClusterLists.GROUP_PROBES);
        assertThatThrownBy(() -> cache.clusterGroupProbes(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clusterGroupProbes");
        assertThatThrownBy(() -> InMemorySemanticCache.builder().annIndex(null)).isInstanceOf(NullPointerException.class);
        cache.clusterProbes(3);
        assertThat(cache.clusterProbes()).isEqualTo(3);
    }
}
