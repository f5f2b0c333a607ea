package io.semanticrouter.cache.memory;

import io.semanticrouter.CacheEntry;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.CacheResult;
import io.semanticrouter.Embedding;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import static io.semanticrouter.cache.memory.InMemorySemanticCacheTest.random;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ANN index of the in-memory cache: when it takes over, what it never serves, and the memory check. */
class InMemorySemanticCacheIndexTest {

    private final AtomicLong now = new AtomicLong();

    static List<Embedding> vectors(int n, int dim, long seed) {
        Random rnd = new Random(seed);
        List<Embedding> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(random(rnd, dim));
        }
        return out;
    }

    static CacheResult top(InMemorySemanticCache cache, String partition, Embedding e) {
        return cache.search(new CacheQuery(partition, "q", e), 1).get(0);
    }

    /** Waits for the background build; the deadline is wide because the machine may be busy. */
    private static void awaitIndexed(InMemorySemanticCache cache, String partition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!cache.isIndexed(partition) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(cache.isIndexed(partition)).as("graph of " + partition + " built").isTrue();
    }

    @Test
    void theIndexTakesOverAboveTheThresholdAndSmallPartitionsStayScanned() throws Exception {
        List<Embedding> v = vectors(400, 48, 1);
        try (InMemorySemanticCache cache = InMemorySemanticCache.builder().ticker(now::get).similarityThreshold(0.95)
                .indexThreshold(150).build()) {
            for (int i = 0; i < 400; i++) {
                cache.store(new CacheEntry("big", "t" + i, v.get(i), "a" + i, "m", null));
            }
            for (int i = 0; i < 5; i++) {
                cache.store(new CacheEntry("small", "t" + i, v.get(i), "s" + i, "m", null));
            }
            awaitIndexed(cache, "big");
            assertThat(cache.isIndexed("small")).isFalse();
            long visited = cache.graphNodesVisited();
            for (int i = 0; i < 400; i++) {
                assertThat(top(cache, "big", v.get(i)).entry().orElseThrow().response()).isEqualTo("a" + i);
            }
            long afterGraph = cache.graphNodesVisited();
            assertThat(afterGraph - visited).as("the graph lookups scored nodes").isGreaterThanOrEqualTo(400);
            assertThat(top(cache, "small", v.get(3)).entry().orElseThrow().response()).isEqualTo("s3");
            assertThat(top(cache, "small", v.get(7)).isHit()).isFalse(); // stored only in "big"
            assertThat(cache.graphNodesVisited()).as("a scanned partition visits no graph").isEqualTo(afterGraph);
        }
    }

    @Test
    void expiredReplacedAndEvictedEntriesAreNeverServedThroughTheGraph() {
        for (int variant = 0; variant < 2 * GraphScoring.values().length; variant++) {
            GraphScoring scoring = GraphScoring.values()[variant / 2];
            GraphWalk walk = variant % 2 == 0 ? GraphWalk.DIRECT : GraphWalk.JVECTOR;
            now.set(0);
            List<Embedding> v = vectors(300, 32, 2);
            try (InMemorySemanticCache cache = InMemorySemanticCache.builder().ticker(now::get).similarityThreshold(0.95)
                    .indexThreshold(0).maxEntries(200).evictionPolicy(EvictionPolicy.FIFO).graphBitCodes(true).build()) {
                cache.graphScoring(scoring);
                cache.graphWalk(walk);
                cache.graphPrefetch(scoring == GraphScoring.BIT);
                cache.graphBitMargin(0f); // the narrowest screen: most nodes are dropped on their one-bit score
                for (int i = 0; i < 300; i++) { // ttl i seconds; the first 100 are evicted (FIFO) when 200..299 arrive
                    cache.store(new CacheEntry("p", "t" + i, v.get(i), "old" + i, "m", null, Duration.ofSeconds(1000 + i)));
                }
                assertThat(cache.isIndexed("p")).isTrue();
                for (int i = 250; i < 300; i++) {
                    cache.store(new CacheEntry("p", "t" + i, v.get(i), "new" + i, "m", null, Duration.ofSeconds(1000 + i)));
                }
                now.set(Duration.ofMillis(1_199_500).toNanos()); // 100..199 have expired
                for (int i = 0; i < 300; i++) {
                    CacheResult r = top(cache, "p", v.get(i));
                    String expected = i < 200 ? null : (i < 250 ? "old" : "new") + i;
                    assertThat(r.entry().map(CacheEntry::response).orElse(null)).as(scoring + ", " + walk + ", entry " + i).isEqualTo(expected);
                }
                assertThat(cache.stats().evictions()).isEqualTo(100);
            }
        }
    }

    @Test
    void withPatienceNearDuplicatesAreStillFoundAndRemovedEntriesAreNeverServed() {
        int n = 1200;
        List<Embedding> v = vectors(n, 48, 6);
        try (InMemorySemanticCache cache = InMemorySemanticCache.builder().ticker(now::get).similarityThreshold(0.95)
                .indexThreshold(0).maxEntries(1000).evictionPolicy(EvictionPolicy.FIFO).graphPatience(8)
                .graphHitPatience(0).build()) {
            cache.searchBeam(1024); // wider than the graph: without patience a search walks all of it
            assertThat(cache.graphPatience()).isEqualTo(8);
            for (int i = 0; i < n; i++) { // 0..199 are evicted when 1000..1199 arrive; 200..399 expire
                Duration ttl = i >= 200 && i < 400 ? Duration.ofSeconds(10) : null;
                cache.store(new CacheEntry("p", "t" + i, v.get(i), "old" + i, "m", null, ttl));
            }
            for (int i = 400; i < 500; i++) {
                cache.store(new CacheEntry("p", "t" + i, v.get(i), "new" + i, "m", null));
            }
            now.set(Duration.ofSeconds(20).toNanos());
            Random rnd = new Random(7);
            List<Embedding> queries = new ArrayList<>();
            for (int i = 0; i < n; i++) { // a reworded question: near entry i, not equal to it (cosine about 0.99)
                float[] q = v.get(i).vector();
                for (int d = 0; d < q.length; d++) {
                    q[d] += (float) (rnd.nextGaussian() * 0.015);
                }
                io.semanticrouter.VectorMath.normalize(q);
                queries.add(Embedding.of(q));
            }
            long visits0 = cache.graphNodesVisited();
            for (int i = 0; i < n; i++) {
                String expected = i < 400 ? null : (i < 500 ? "new" : "old") + i;
                assertThat(top(cache, "p", queries.get(i)).entry().map(CacheEntry::response).orElse(null))
                        .as("entry " + i).isEqualTo(expected);
            }
            long patientVisits = cache.graphNodesVisited() - visits0;
            assertThat(cache.graphSearchesSettled()).as("lookups patience ended").isGreaterThan(n / 2);
            cache.graphPatience(0);
            long visits1 = cache.graphNodesVisited();
            for (int i = 0; i < n; i += 10) {
                top(cache, "p", queries.get(i));
            }
            assertThat(patientVisits / n).as("nodes per lookup, patience 8 against off")
                    .isLessThan((cache.graphNodesVisited() - visits1) / (n / 10) * 3 / 4);
            assertThatThrownBy(() -> cache.graphPatience(-1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("graphPatience must be in [0, 100000], was -1");
        }
        assertThatThrownBy(() -> InMemorySemanticCache.builder().graphPatience(100_001))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("graphPatience must be in [0, 100000], was 100001");
        assertThat(InMemorySemanticCache.builder().build().graphPatience()).as("off by default").isZero();
        assertThat(InMemorySemanticCache.builder().build().graphHitPatience()).as("hit patience by default").isEqualTo(50);
    }

    /** A reworded question: near the vector, not equal to it (cosine about 0.99 at 48 dimensions). */
    private static Embedding near(Embedding e, Random rnd) {
        float[] q = e.vector();
        for (int d = 0; d < q.length; d++) {
            q[d] += (float) (rnd.nextGaussian() * 0.015);
        }
        io.semanticrouter.VectorMath.normalize(q);
        return Embedding.of(q);
    }

    @Test
    void hitPatienceWalksAMissExactlyAsWithoutIt() {
        List<Embedding> v = vectors(1500, 48, 8);
        List<Embedding> far = vectors(200, 48, 9); // random queries: no entry comes near 0.95
        try (InMemorySemanticCache cache = InMemorySemanticCache.builder().ticker(now::get).similarityThreshold(0.95)
                .indexThreshold(0).build()) {
            cache.searchBeam(256);
            for (int i = 0; i < v.size(); i++) {
                cache.store(new CacheEntry("p", "t" + i, v.get(i), "a" + i, "m", null));
            }
            for (GraphScoring scoring : new GraphScoring[] {GraphScoring.INT8, GraphScoring.EXACT}) {
                cache.graphScoring(scoring);
                for (Embedding q : far) {
                    cache.graphHitPatience(0);
                    long v0 = cache.graphNodesVisited();
                    CacheResult off = top(cache, "p", q);
                    long nodesOff = cache.graphNodesVisited() - v0;
                    cache.graphHitPatience(2);
                    long settled = cache.graphSearchesSettled();
                    long v1 = cache.graphNodesVisited();
                    CacheResult on = top(cache, "p", q);
                    assertThat(off.isHit()).as("a query far from every entry misses").isFalse();
                    assertThat(on.isHit()).isFalse();
                    assertThat(on.similarity()).as(scoring + ": nearest similarity seen").isEqualTo(off.similarity());
                    assertThat(cache.graphNodesVisited() - v1).as(scoring + ": nodes scored").isEqualTo(nodesOff);
                    assertThat(cache.graphSearchesSettled()).as("no miss is ended by hit patience").isEqualTo(settled);
                }
            }
            // the same queries at a threshold they reach: now hit patience applies and ends searches
            cache.graphScoring(GraphScoring.INT8);
            long settled = cache.graphSearchesSettled();
            for (Embedding q : far) {
                assertThat(cache.search(new CacheQuery("p", "q", q, 0.01), 1).get(0).isHit()).isTrue();
            }
            assertThat(cache.graphSearchesSettled() - settled).as("hits ended by hit patience").isGreaterThan(100);
        }
    }

    @Test
    void withHitPatienceNearDuplicatesAreFoundWithFewerNodesAndRemovedEntriesAreNeverServed() {
        int n = 1200;
        List<Embedding> v = vectors(n, 48, 6);
        try (InMemorySemanticCache cache = InMemorySemanticCache.builder().ticker(now::get).similarityThreshold(0.95)
                .indexThreshold(0).maxEntries(1000).evictionPolicy(EvictionPolicy.FIFO).graphHitPatience(8).build()) {
            cache.searchBeam(1024); // wider than the graph: without patience a search walks all of it
            assertThat(cache.graphHitPatience()).isEqualTo(8);
            for (int i = 0; i < n; i++) { // 0..199 are evicted when 1000..1199 arrive; 200..399 expire
                Duration ttl = i >= 200 && i < 400 ? Duration.ofSeconds(10) : null;
                cache.store(new CacheEntry("p", "t" + i, v.get(i), "old" + i, "m", null, ttl));
            }
            for (int i = 400; i < 500; i++) { // replaced: the same question with a new answer
                cache.store(new CacheEntry("p", "t" + i, v.get(i), "new" + i, "m", null));
            }
            now.set(Duration.ofSeconds(20).toNanos());
            Random rnd = new Random(7);
            List<Embedding> queries = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                queries.add(near(v.get(i), rnd));
            }
            long visits0 = cache.graphNodesVisited();
            for (int i = 400; i < n; i++) {
                assertThat(top(cache, "p", queries.get(i)).entry().map(CacheEntry::response).orElse(null))
                        .as("entry " + i).isEqualTo((i < 500 ? "new" : "old") + i);
            }
            long patientVisits = cache.graphNodesVisited() - visits0;
            assertThat(cache.graphSearchesSettled()).as("hits hit patience ended").isGreaterThan((n - 400) / 2);
            assertThat(cache.graphHitChecks()).as("exact checks for a hit").isGreaterThanOrEqualTo(n - 400);
            for (int i = 0; i < 400; i++) { // evicted or expired: only removed entries come near, so every lookup misses
                assertThat(top(cache, "p", queries.get(i)).isHit()).as("removed entry " + i).isFalse();
            }
            cache.graphHitPatience(0);
            long visits1 = cache.graphNodesVisited();
            for (int i = 400; i < n; i += 10) {
                top(cache, "p", queries.get(i));
            }
            assertThat(patientVisits / (n - 400)).as("nodes per hit, hit patience 8 against off")
                    .isLessThan((cache.graphNodesVisited() - visits1) / ((n - 400) / 10) * 3 / 4);
            assertThatThrownBy(() -> cache.graphHitPatience(-1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("graphHitPatience must be in [0, 100000], was -1");
        }
        assertThatThrownBy(() -> InMemorySemanticCache.builder().graphHitPatience(100_001))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("graphHitPatience must be in [0, 100000], was 100001");
    }

    @Test
    void entrySeedsAreValidatedAndNearDuplicatesAreFoundWithThem() {
        List<Embedding> v = vectors(1500, 48, 10);
        try (InMemorySemanticCache cache = InMemorySemanticCache.builder().ticker(now::get).similarityThreshold(0.95)
                .indexThreshold(0).graphEntrySeeds(8).build()) {
            assertThat(cache.graphEntrySeeds()).isEqualTo(8);
            for (int i = 0; i < v.size(); i++) {
                cache.store(new CacheEntry("p", "t" + i, v.get(i), "a" + i, "m", null));
            }
            Random rnd = new Random(11);
            int found = 0;
            for (int i = 0; i < v.size(); i += 5) {
                found += ("a" + i).equals(top(cache, "p", near(v.get(i), rnd)).entry().map(CacheEntry::response).orElse(null))
                        ? 1 : 0;
            }
            assertThat(found).as("near duplicates found of 300, 8 entry seeds").isGreaterThanOrEqualTo(295);
            cache.graphEntrySeeds(1);
            assertThat(cache.graphEntrySeeds()).isEqualTo(1);
            assertThatThrownBy(() -> cache.graphEntrySeeds(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("graphEntrySeeds must be in [1, 1024], was 0");
        }
        assertThatThrownBy(() -> InMemorySemanticCache.builder().graphEntrySeeds(1025))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("graphEntrySeeds must be in [1, 1024], was 1025");
        assertThat(InMemorySemanticCache.builder().build().graphEntrySeeds()).as("the default").isEqualTo(1);
    }

    @Test
    void manyReplacementsRebuildTheGraphAndOnlyTheLatestVersionIsServed() throws Exception {
        List<Embedding> v = vectors(50, 32, 3);
        try (InMemorySemanticCache cache = InMemorySemanticCache.builder().ticker(now::get).similarityThreshold(0.95)
                .indexThreshold(0).build()) {
            for (int round = 0; round < 60; round++) { // 3,000 graph nodes for 50 live entries: a rebuild is due
                for (int i = 0; i < 50; i++) {
                    cache.store(new CacheEntry("p", "t" + i, v.get(i), i + "@" + round, "m", null));
                }
            }
            assertThat(cache.size()).isEqualTo(50);
            awaitIndexed(cache, "p");
            for (int i = 0; i < 50; i++) {
                assertThat(top(cache, "p", v.get(i)).entry().orElseThrow().response()).isEqualTo(i + "@59");
            }
            assertThat(cache.search(new CacheQuery("p", "q", v.get(0)), 10))
                    .filteredOn(CacheResult::isHit).hasSize(1); // no stale copy of the same question
        }
    }

    @Test
    void everyGraphScoringAndWalkServesTheExactScoreOfTheRightEntry() {
        List<Embedding> v = vectors(600, 64, 4);
        try (InMemorySemanticCache cache = InMemorySemanticCache.builder().ticker(now::get).similarityThreshold(0.5)
                .indexThreshold(0).graphBitCodes(true).build()) {
            assertThat(cache.graphScoring()).isEqualTo(GraphScoring.INT8);
            assertThat(cache.graphWalk()).isEqualTo(GraphWalk.DIRECT);
            for (int i = 0; i < 600; i++) {
                cache.store(new CacheEntry("p", "t" + i, v.get(i), "a" + i, "m", null));
            }
            Random rnd = new Random(5);
            int scorings = GraphScoring.values().length;
            int walks = GraphWalk.values().length;
            for (int variant = 0; variant < 2 * walks * scorings; variant++) {
                GraphScoring scoring = GraphScoring.values()[variant % scorings];
                GraphWalk walk = GraphWalk.values()[variant / scorings % walks];
                boolean prefetch = variant >= walks * scorings;
                cache.graphScoring(scoring);
                cache.graphWalk(walk);
                cache.graphPrefetch(prefetch);
                for (int i = 0; i < 600; i += 7) {
                    float[] q = v.get(i).vector();
                    for (int d = 0; d < q.length; d++) { // a query near entry i, not equal to it
                        q[d] += (float) (rnd.nextGaussian() * 0.02);
                    }
                    io.semanticrouter.VectorMath.normalize(q);
                    List<CacheResult> hits = cache.search(new CacheQuery("p", "q", Embedding.of(q)), 3);
                    CacheEntry best = hits.get(0).entry().orElseThrow();
                    assertThat(best.response()).as(scoring + ", " + walk + ", prefetch " + prefetch + ", entry " + i).isEqualTo("a" + i);
                    double exact = io.semanticrouter.VectorMath.dot(q, 0, v.get(i).vector(), 0, q.length);
                    assertThat(hits.get(0).similarity()).as("re-scored exactly").isCloseTo(Math.min(1.0, exact),
                            org.assertj.core.api.Assertions.within(1e-6));
                }
            }
            cache.graphRerank(1);
            assertThat(cache.graphRerank()).isEqualTo(1);
            assertThat(top(cache, "p", v.get(10)).entry().orElseThrow().response()).isEqualTo("a10");
            assertThatThrownBy(() -> cache.graphRerank(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("graphRerank must be in [1, 10000], was 0");
            cache.graphScoring(GraphScoring.BIT);
            cache.graphBitRerank(1); // fewer than the lookup re-scores: the search still keeps enough
            assertThat(cache.graphBitRerank()).isEqualTo(1);
            assertThat(top(cache, "p", v.get(20)).entry().orElseThrow().response()).isEqualTo("a20");
            cache.graphBitMargin(0.25f);
            assertThat(cache.graphBitMargin()).isEqualTo(0.25f);
            assertThatThrownBy(() -> cache.graphBitMargin(Float.NaN)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> cache.graphBitRerank(10_001)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("graphBitRerank must be in [1, 10000], was 10001");
            assertThatThrownBy(() -> cache.graphScoring(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> cache.graphWalk(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void maxEntriesThatCannotFitInTheHeapAreRefusedWithTheNumbers() {
        assertThatThrownBy(() -> InMemorySemanticCache.builder().dimension(384).maxEntries(Integer.MAX_VALUE).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("maxEntries 2147483647").hasMessageContaining("bytes per entry")
                .hasMessageContaining("-Xmx");
        InMemorySemanticCache lazy = InMemorySemanticCache.builder().maxEntries(Integer.MAX_VALUE).build();
        float[] big = new float[384];
        big[0] = 1;
        assertThatThrownBy(() -> lazy.store(new CacheEntry("p", "t", Embedding.of(big), "a", "m", null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MiB");
        assertThat(lazy.size()).isZero();
        assertThatThrownBy(() -> InMemorySemanticCache.builder().indexThreshold(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("indexThreshold must be >= 0, was -1");
        assertThat(InMemorySemanticCache.estimatedBytesPerEntry(384)).as("float vector and int8 copy")
                .isGreaterThan(4L * 384 + 384);
        assertThatThrownBy(() -> InMemorySemanticCache.estimatedBytesPerEntry(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(InMemorySemanticCache.estimatedBytesPerEntry(384, true) - InMemorySemanticCache.estimatedBytesPerEntry(384))
                .as("the one-bit copy").isEqualTo(56);
        try (InMemorySemanticCache plain = InMemorySemanticCache.builder().build()) {
            assertThatThrownBy(() -> plain.graphScoring(GraphScoring.BIT)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("graphBitCodes(true)");
            assertThat(plain.graphScoring()).isEqualTo(GraphScoring.INT8);
        }
    }
}
